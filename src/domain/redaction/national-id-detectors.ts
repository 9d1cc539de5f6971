// National identity numbers: US Social Security numbers (valid ranges) and UK National Insurance numbers.
import type { EntitySpan } from './entity-types.js';
import { firstMatch } from './match-loop.js';

const SSN = /(?<![\d-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\d]|-\d)/g;
const SSN_CONTEXT = /\b(?:ssn|ss#|social security|soc\.? ?sec|taxpayer|tin|itin)\b/i;
/** Numbers the SSA never issued or that were published as samples. */
const NEVER_ISSUED = new Set(['078051120', '219099999', '123456789', '111111111', '987654320']);

/** True when the nine digits are in the ranges the SSA issues: no 000, 666 or 9xx area, no 00 group, no 0000 serial. */
export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || NEVER_ISSUED.has(digits)) return false;
  const area = Number(digits.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/** Appends US_SSN spans; undashed numbers count only next to words about social security. */
export function findUsSsns(text: string, out: EntitySpan[]): void {
  for (let m = firstMatch(SSN, text); m !== null; m = SSN.exec(text)) {
    const digits = `${m[1] ?? ''}${m[3] ?? ''}${m[4] ?? ''}`;
    if (!ssnValid(digits)) continue;
    if (m[2] !== '-' && !SSN_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ type: 'US_SSN', start: m.index, end: m.index + m[0].length });
  }
}

const NINO = /(?<![\p{L}\p{N}])([A-Za-z]{2})( ?)(\d{2})\2(\d{2})\2(\d{2})\2([A-Da-d])(?![\p{L}\p{N}])/gu;
const NINO_FIRST = /^[A-CEGHJ-PR-TW-Z]$/;
const NINO_SECOND = /^[A-CEGHJ-NPR-TW-Z]$/;
const NINO_NEVER = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** True when the compact upper-case value is a well-formed National Insurance number. */
export function ninoValid(nino: string): boolean {
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(nino)) return false;
  const prefix = nino.slice(0, 2);
  return NINO_FIRST.test(prefix.charAt(0)) && NINO_SECOND.test(prefix.charAt(1)) && !NINO_NEVER.has(prefix);
}

/** Appends UK_NINO spans. */
export function findUkNinos(text: string, out: EntitySpan[]): void {
  for (let m = firstMatch(NINO, text); m !== null; m = NINO.exec(text)) {
    const compact = m[0].replace(/ /g, '').toUpperCase();
    if (ninoValid(compact)) out.push({ type: 'UK_NINO', start: m.index, end: m.index + m[0].length });
  }
}
