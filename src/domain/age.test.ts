// Age in whole years on UTC calendar dates, including 29 February birthdays.
import { describe, expect, it } from 'vitest';
import { ageAt } from './age.js';
import { t } from './test-support/history-factory.js';

describe('ageAt', () => {
  it('completes a year on the birthday, not the day before', () => {
    expect(ageAt('2000-06-15', t('2018-06-14T23:59:59Z'))).toBe(17);
    expect(ageAt('2000-06-15', t('2018-06-15T00:00:00Z'))).toBe(18);
  });

  it('counts a 29 February birthday on 1 March in common years', () => {
    expect(ageAt('2000-02-29', t('2018-02-28T12:00:00Z'))).toBe(17);
    expect(ageAt('2000-02-29', t('2018-03-01T00:00:00Z'))).toBe(18);
  });

  it('counts a 29 February birthday on the day in leap years', () => {
    expect(ageAt('2000-02-29', t('2020-02-28T23:59:59Z'))).toBe(19);
    expect(ageAt('2000-02-29', t('2020-02-29T00:00:00Z'))).toBe(20);
  });

  it('uses the UTC calendar date of the moment', () => {
    expect(ageAt('2007-12-31', t('2025-12-31T00:00:00Z'))).toBe(18);
    expect(ageAt('2007-12-31', t('2025-12-30T23:59:59.999Z'))).toBe(17);
  });
});
