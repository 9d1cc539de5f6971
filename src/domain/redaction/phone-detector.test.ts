// Phone numbers in international and national formats of many countries; numbers that are not phones stay.
import { describe, expect, it } from 'vitest';
import type { EntitySpan } from './entity-types.js';
import { findPhoneNumbers } from './phone-detector.js';

function phones(text: string): string[] {
  const out: EntitySpan[] = [];
  findPhoneNumbers(text, out);
  return out.map((s) => text.slice(s.start, s.end));
}

describe('phone detector', () => {
  it.each([
    ['+1 415 555 2671', 'US international'],
    ['(415) 555-0132', 'US national'],
    ['986.291.2294', 'US dotted'],
    ['+44 20 7946 0958', 'UK international'],
    ['020 7946 0321', 'UK national'],
    ['07700 900461', 'UK mobile'],
    ['+49 30 901820', 'Germany'],
    ['030 12345678', 'Germany national'],
    ['+33 1 42 68 53 00', 'France'],
    ['06 12 34 56 78', 'France mobile'],
    ['+91 98765 43210', 'India'],
    ['+61 2 9374 4000', 'Australia'],
    ['0412 345 678', 'Australia mobile'],
    ['+55 11 91234-5678', 'Brazil'],
    ['+81 3-3224-9999', 'Japan'],
    ['+234 803 123 4567', 'Nigeria'],
    ['0044 20 7946 0958', '00 prefix'],
    ['+1-944-435-4352x04732', 'with an extension'],
    ['01.84.17.61.18', 'France, dotted pairs'],
  ])('finds %s (%s)', (phone) => {
    expect(phones(`call ${phone} today`)).toEqual([phone]);
  });

  it('accepts an unvalidated but phone-shaped number next to words about phones', () => {
    expect(phones('Please have the manager call me at (96) 627-277 tomorrow')).toEqual(['(96) 627-277']);
    expect(phones('Mobile: 041-412-293')).toEqual(['041-412-293']);
  });

  it.each([
    ['+49 1596 89128973', 'an international number of possible length whose range is not allocated'],
    ['(574) 917-4465', 'the North American shape'],
    ['574-917-4465', 'the North American shape, dashed'],
    ['0699482595', 'a whole national number with its trunk 0, no context needed'],
  ])('finds %s (%s) without words about phones', (phone) => {
    expect(phones(`see ${phone} ok`)).toEqual([phone]);
  });

  it.each([
    ['0049 1596 89128973', '"00" prefix: must be valid, not only possible'],
    ['+49 1596', 'too short to be possible'],
    ['1699482595', 'a bare run without a trunk 0'],
    ['069948259', 'a trunk 0 but too short for a national number'],
  ])('leaves %s (%s)', (text) => {
    expect(phones(`see ${text} ok`)).toEqual([]);
  });

  it.each([
    ['2024-05-01', 'a date'],
    ['12/03/2024', 'a date with slashes'],
    ['1998-2024', 'a year range'],
    ['version 124.0.6367.91', 'a version'],
    ['192.168.1.20', 'an IP address'],
    ['Meeting ID 845 2231 9900', 'a meeting id'],
    ['order 20240517-883412', 'an order number'],
    ['1234567890', 'a bare run of digits without context'],
    ['+1 555 0100', 'too short for a valid number'],
    ['2000-04-16 11:34:35', 'a date and time'],
    ['ZIP: 75534-030', 'a Brazilian postcode'],
    ["driver's license 6940579", 'a licence number'],
  ])('leaves %s (%s)', (text) => {
    expect(phones(`see ${text} ok`)).toEqual([]);
  });
});
