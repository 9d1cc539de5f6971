// Payment cards: Luhn-valid numbers of 12–19 digits, grouped consistently; near misses stay.
import { describe, expect, it } from 'vitest';
import { findPaymentCards, luhnValid } from './payment-card-detector.js';
import type { EntitySpan } from './entity-types.js';

function cards(text: string): string[] {
  const out: EntitySpan[] = [];
  findPaymentCards(text, out);
  return out.map((s) => text.slice(s.start, s.end));
}

describe('payment card detector', () => {
  it.each([
    ['4111 1111 1111 1111', 'Visa, spaced'],
    ['5500-0000-0000-0004', 'Mastercard, dashed'],
    ['378282246310005', 'Amex, 15 digits'],
    ['3782 822463 10005', 'Amex grouping 4-6-5'],
    ['492977777779', '12 digits'],
    ['6304777777777777776', '19 digits'],
    ['2223 0031 2200 3222', 'Mastercard 2-series'],
  ])('finds %s (%s)', (card) => {
    expect(cards(`paid with ${card} yesterday`)).toEqual([card]);
  });

  it.each([
    ['4111 1111 1111 1112', 'bad Luhn'],
    ['4111-1111 1111-1111', 'mixed separators'],
    ['41111111111', 'eleven digits'],
    ['41111111111111111111', 'twenty digits'],
    ['0000 0000 0000 0000', 'all zeros'],
    ['9111 1111 1111 1111', 'no issuer starts with 9 without card context'],
    ['+447700677662', 'an international phone number that passes Luhn'],
  ])('leaves %s (%s)', (value) => {
    expect(cards(`reference ${value} here`)).toEqual([]);
  });

  it('accepts an unusual issuer digit next to words about cards', () => {
    expect(cards('my card number is 1234 5678 9012 3452')).toEqual(['1234 5678 9012 3452']);
  });

  it('cuts a run of groups back to the longest valid card, and retries from the next group', () => {
    expect(cards('paid 4111 1111 1111 1111 2024 ok')).toEqual(['4111 1111 1111 1111']);
    expect(cards('ref 0958 4000 0000 0000 0002 ok')).toEqual(['4000 0000 0000 0002']);
    expect(cards('card 4111 1111 1111-1111 z')).toEqual([]);
  });

  it('checks Luhn', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});
