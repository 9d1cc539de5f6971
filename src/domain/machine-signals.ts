// SPEC §2: machine-readable refusals (GPC, IETF AIPREF Content-Usage) mapped onto purposes.
import type { Purpose } from '../schema/purposes.js';

/** The denials a GPC signal (`Sec-GPC: 1`, "do not sell or share") stands for. */
export const GPC_DENIALS: readonly Purpose[] = ['share-affiliates', 'train-ai'];

/** True when a `Sec-GPC` header value is the GPC signal (exactly "1", per the GPC spec). */
export function isGpcSignal(headerValue: string | undefined): boolean {
  return headerValue?.trim() === '1';
}

/**
 * The purposes an AIPREF usage preference denies, e.g. `train-ai=n` → [train-ai]. Labels follow
 * draft-ietf-aipref-vocab-03; a denial of `train-ai` (or of the broader `all`) is recorded as a
 * denial of `train-ai`, which denies `train-genai` too — the most restrictive reading. A `y` grants
 * nothing: a machine signal may take consent away, never give it.
 */
export function contentUsageDenials(headerValue: string | undefined): Purpose[] {
  if (headerValue === undefined) return [];
  const denied = new Set<Purpose>();
  for (const member of headerValue.split(',')) {
    const [rawKey, rawValue] = member.split(';')[0]?.split('=') ?? [];
    const key = rawKey?.trim().toLowerCase();
    const value = rawValue?.trim().toLowerCase().replace(/^"|"$/g, '');
    if (value !== 'n') continue;
    if (key === 'train-ai' || key === 'all') denied.add('train-ai');
    else if (key === 'train-genai') denied.add('train-genai');
  }
  return [...denied];
}
