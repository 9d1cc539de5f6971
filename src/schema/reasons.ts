// Exclusion reasons of SPEC §4, in the order the rules are applied.
import { z } from 'zod';

/** The exclusion reasons, first-applicable-wins in exactly this order. */
export const EXCLUSION_REASONS = [
  'before-effective',
  'message',
  'not-public',
  'deleted',
  'deceased',
  'deactivated',
  'age-unknown',
  'minor',
  'minor-at-creation',
  'region-excluded',
  'opted-out',
  'not-consented',
  'legacy-content',
  'not-shared',
] as const;

export const exclusionReasonSchema = z.enum(EXCLUSION_REASONS);
export type ExclusionReason = z.infer<typeof exclusionReasonSchema>;

/** An item's verdict: included, or excluded for exactly one reason. */
export type Verdict = 'included' | ExclusionReason;

/** Plain-language explanation of each reason, for members, auditors and reports. */
export const REASON_TEXT: Readonly<Record<ExclusionReason, string>> = {
  'before-effective': 'the purpose was not yet in effect under the policy at the snapshot time',
  message: 'private messages are never used',
  'not-public': 'the item is not of a kind or visibility the policy allows',
  deleted: 'the item had been deleted',
  deceased: 'the author had died',
  deactivated: 'the author had deactivated their account',
  'age-unknown': 'the author’s age is unknown and the policy excludes unknown ages',
  minor: 'the author was under the minimum age',
  'minor-at-creation': 'the author was under the minimum age when they wrote it',
  'region-excluded': 'the law or policy of the author’s region excludes this use',
  'opted-out': 'the author said no (setting, objection or privacy signal)',
  'not-consented': 'the region requires opt-in and the author had not opted in',
  'legacy-content': 'written before the policy took effect, and only an explicit grant allows that',
  'not-shared': 'the author has not allowed sharing with affiliates',
};
