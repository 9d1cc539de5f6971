// Age in whole years as SPEC §4 defines it, on UTC calendar dates.
import type { Instant } from '../schema/time.js';

/**
 * Whole years from `birthDate` (YYYY-MM-DD) to the UTC calendar date of `moment`. A year is complete
 * when (month, day) of the moment ≥ (month, day) of birth, so a 29 February birthday completes a year
 * on 1 March in common years.
 */
export function ageAt(birthDate: string, moment: Instant): number {
  const birthYear = Number(birthDate.slice(0, 4));
  const birthMonthDay = Number(birthDate.slice(5, 7)) * 100 + Number(birthDate.slice(8, 10));
  const year = Number(moment.slice(0, 4));
  const monthDay = Number(moment.slice(5, 7)) * 100 + Number(moment.slice(8, 10));
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}
