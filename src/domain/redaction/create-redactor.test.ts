// The redactor's gates: number detectors run only on texts whose words can hold their entity, and still find it.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

describe('createRedactor gates', () => {
  it.each([
    ['UK_NINO', 'My NINO is AB123456C.', 'AB123456C'],
    ['UK_NINO', 'NINO: AB 12 34 56 C please', 'AB 12 34 56 C'],
    ['IP_ADDRESS', 'Ping 10.0.0.1 now', '10.0.0.1'],
    ['IP_ADDRESS', 'IPv6 fe80::1ff:fe23:4567:890a only', 'fe80::1ff:fe23:4567:890a'],
    ['CREDIT_CARD', 'card 4111-1111-1111-1111', '4111-1111-1111-1111'],
    ['US_SSN', 'SSN 123-45-6780', '123-45-6780'],
    ['PHONE_NUMBER', 'call +1 (415) 555-2671', '+1 (415) 555-2671'],
    ['DATE_OF_BIRTH', 'I was born on 14 March 1988 in Accra', '14 March 1988'],
  ] as const)('still finds %s in %j', (type, text, value) => {
    expect(foundOf(type, text)).toEqual([value]);
  });
});
