// Age in whole years as SPEC §4 defines it, on UTC calendar dates.
import { digitsAt, type Instant } from '../schema/time.js';

/**
 * Whole years from `birthDate` (YYYY-MM-DD) to the UTC calendar date of `moment`. A year is complete
 * when (month, day) of the moment ≥ (month, day) of birth, so a 29 February birthday completes a year
 * on 1 March in common years.
 */
export function ageAt(birthDate: string, moment: Instant): number {
  // Read by character codes at fixed positions (both are canonical): builds and batch decisions ask this
  // for every item and every answer.
  const birthYear = digitsAt(birthDate, 0, 4);
  const birthMonthDay = digitsAt(birthDate, 5, 2) * 100 + digitsAt(birthDate, 8, 2);
  const year = digitsAt(moment, 0, 4);
  const monthDay = digitsAt(moment, 5, 2) * 100 + digitsAt(moment, 8, 2);
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}
