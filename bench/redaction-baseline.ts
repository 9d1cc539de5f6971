// The baseline: npm's redact-pii (SyncRedactor with its defaults). It returns only redacted text, so spans
// are recovered by aligning its placeholders with the original; adjacent placeholders share out the text
// between them approximately, which can only flatter the baseline's span counts slightly.
import { SyncRedactor } from 'redact-pii';
import type { EntitySpan, EntityType } from '../src/domain/redaction/entity-types.js';

/** redact-pii's placeholder for each of its detectors, and our type for it (null: not one of ours). */
const PLACEHOLDERS: Readonly<Record<string, EntityType | null>> = {
  PERSON_NAME: 'PERSON',
  EMAIL_ADDRESS: 'EMAIL_ADDRESS',
  PHONE_NUMBER: 'PHONE_NUMBER',
  STREET_ADDRESS: 'STREET_ADDRESS',
  ZIPCODE: 'STREET_ADDRESS',
  CREDIT_CARD_NUMBER: 'CREDIT_CARD',
  US_SOCIAL_SECURITY_NUMBER: 'US_SSN',
  IP_ADDRESS: 'IP_ADDRESS',
  URL: 'URL',
  USERNAME: 'PERSON',
  PASSWORD: null,
  CREDENTIALS: null,
  DIGITS: null,
};
const PLACEHOLDER = new RegExp(Object.keys(PLACEHOLDERS).sort((a, b) => b.length - a.length).join('|'), 'g');

/** A redact-pii instance that reports spans; untyped detections (DIGITS, PASSWORD) come back as type null. */
export function createBaseline(): { redact(text: string): string; detect(text: string): (Omit<EntitySpan, 'type'> & { type: EntityType | null })[] } {
  const redactor = new SyncRedactor();
  return {
    redact: (text) => redactor.redact(text),
    detect(text) {
      const out = redactor.redact(text);
      const spans: (Omit<EntitySpan, 'type'> & { type: EntityType | null })[] = [];
      const marks = [...out.matchAll(PLACEHOLDER)].filter((m) => !isLiteral(text, m[0]));
      let outCursor = 0;
      let inCursor = 0;
      for (const [k, m] of marks.entries()) {
        const literal = out.slice(outCursor, m.index);
        const at = text.indexOf(literal, inCursor);
        if (at === -1) break;
        const start = at + literal.length;
        const nextMark = marks[k + 1];
        const following = out.slice(m.index + m[0].length, nextMark?.index ?? out.length);
        let end = following === '' ? (nextMark === undefined ? text.length : start) : text.indexOf(following, start);
        if (end === -1) end = text.length;
        if (end > start) spans.push({ type: PLACEHOLDERS[m[0]] ?? null, start, end });
        outCursor = m.index + m[0].length;
        inCursor = Math.max(start, end);
      }
      return spans;
    },
  };
}

function isLiteral(text: string, placeholder: string): boolean {
  return text.includes(placeholder);
}
