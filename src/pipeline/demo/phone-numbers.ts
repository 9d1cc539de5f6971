// Mobile phone numbers per country, written in the national and international styles people use.
//
// Each plan lists real mobile number ranges (leading digits of the national significant number) and
// the layouts people type them in; in a layout every `x` takes the next digit and everything else is
// kept, so `0xxx xxxxxxxx` gives `0151 23456789`. The tests check every plan against
// libphonenumber's full metadata, so a redactor is faced with numbers that really look valid.
import type { DemoCountry } from './country-profiles.js';
import type { Rng } from './seeded-random.js';

interface PhonePlan {
  /** Leading digits of mobile ranges, with digit classes such as `9[1-3]` expanded. */
  readonly prefixes: readonly string[];
  /** Digits of the national significant number. */
  readonly length: number;
  readonly national: readonly string[];
  readonly international: readonly string[];
  /** North American numbering: the exchange must not start with 0/1 or be N11. */
  readonly nanp?: boolean;
}

const split = (text: string): readonly string[] => text.split('|');

/** Expands digit classes: `9[1-3]` gives 91, 92, 93; `2[1-9][1-9]` gives 81 prefixes. */
function expand(token: string): string[] {
  const open = token.indexOf('[');
  if (open < 0) return [token];
  const close = token.indexOf(']', open);
  const digits: string[] = [];
  const spec = token.slice(open + 1, close);
  for (let i = 0; i < spec.length; i++) {
    const from = Number(spec[i]);
    const to = spec[i + 1] === '-' ? Number(spec[i + 2]) : from;
    for (let d = from; d <= to; d++) digits.push(String(d));
    if (spec[i + 1] === '-') i += 2;
  }
  return digits.flatMap((d) => expand(token.slice(0, open) + d + token.slice(close + 1)));
}

function plan(prefixes: string, length: number, national: string, international: string, nanp = false): PhonePlan {
  return { prefixes: prefixes.split(' ').flatMap(expand), length, national: split(national), international: split(international), ...(nanp ? { nanp } : {}) };
}

const NANP_AREA_CODES = '212 312 415 512 617 646 713 206 305 404';
const BRAZIL_MOBILE = ['11', '21', '31', '41', '51', '61', '71', '81'].flatMap((area) => ['96', '97', '98', '99'].map((start) => `${area}${start}`)).join(' ');

const PLANS: Readonly<Record<DemoCountry, PhonePlan>> = {
  US: plan(NANP_AREA_CODES, 10, '(xxx) xxx-xxxx|xxx-xxx-xxxx|xxx.xxx.xxxx', '+1 xxx xxx xxxx|+1-xxx-xxx-xxxx|+1 (xxx) xxx-xxxx', true),
  CA: plan('416 647 514 604 403 613', 10, '(xxx) xxx-xxxx|xxx-xxx-xxxx', '+1 xxx xxx xxxx|+1-xxx-xxx-xxxx', true),
  MX: plan('55 33 81', 10, 'xx xxxx xxxx', '+52 xx xxxx xxxx'),
  BR: plan(BRAZIL_MOBILE, 11, '(xx) xxxxx-xxxx|xx xxxxx-xxxx', '+55 xx xxxxx-xxxx|+55 (xx) xxxxx-xxxx'),
  GB: plan('74 75 77[1-9] 78 790 791[02-9] 79[2-9]', 10, '0xxxx xxxxxx|0xxxx xxx xxx', '+44 xxxx xxxxxx|+44 (0)xxxx xxxxxx|+44 xxxx xxx xxx'),
  IE: plan('83 85 86 87 89', 9, '0xx xxx xxxx', '+353 xx xxx xxxx'),
  DE: plan('151 152 157 176', 11, '0xxx xxxxxxxx|0xxx/xxxxxxxx|0xxx xxxx xxxx', '+49 xxx xxxxxxxx|+49 (0)xxx xxxxxxxx|+49xxxxxxxxxxx'),
  AT: plan('664 650 676 699 660', 10, '0xxx xxxxxxx|0xxx/xxxxxxx', '+43 xxx xxxxxxx'),
  CH: plan('76 77 78 79', 9, '0xx xxx xx xx', '+41 xx xxx xx xx'),
  FR: plan('6[0-24-8] 7[5-8]', 9, '0x xx xx xx xx|0x.xx.xx.xx.xx', '+33 x xx xx xx xx|+33 (0)x xx xx xx xx'),
  BE: plan('46 47 48 49', 9, '0xxx xx xx xx|0xxx/xx.xx.xx', '+32 xxx xx xx xx'),
  NL: plan('61 62 63 64 65', 9, '0x-xxxxxxxx|0x xxxx xxxx', '+31 x xxxx xxxx|+31 (0)x xxxxxxxx'),
  LU: plan('621 628 661 671 691', 9, 'xxx xxx xxx', '+352 xxx xxx xxx'),
  ES: plan('6 6 6 71 72 73 74', 9, 'xxx xx xx xx|xxx xxx xxx', '+34 xxx xxx xxx|+34 xxx xx xx xx'),
  PT: plan('91 92 93 96', 9, 'xxx xxx xxx', '+351 xxx xxx xxx'),
  IT: plan('32 33 34 35 36 38 39', 10, 'xxx xxx xxxx|xxx xxxxxxx', '+39 xxx xxx xxxx'),
  SE: plan('70 72 73 76 79', 9, '0xx-xxx xx xx|0xx xxx xx xx', '+46 xx xxx xx xx'),
  DK: plan('2[1-9][1-9] 4[1-9][1-9] 5[0-9][1-9]', 8, 'xx xx xx xx', '+45 xx xx xx xx'),
  NO: plan('4[01678] 9', 8, 'xxx xx xxx', '+47 xxx xx xxx'),
  FI: plan('40 41 44 45 46 50', 9, '0xx xxx xxxx', '+358 xx xxx xxxx'),
  PL: plan('50 51 53 57 60 66 69 72 73 78 79 88', 9, 'xxx xxx xxx|xxx-xxx-xxx', '+48 xxx xxx xxx'),
  CZ: plan('601 602 603 604 605 606 607 608 72 73 77 79', 9, 'xxx xxx xxx', '+420 xxx xxx xxx'),
  SK: plan('90[1-8] 91[0-24-9] 9[5-8]', 9, '0xxx xxx xxx', '+421 xxx xxx xxx'),
  HU: plan('20 30 31 50 70', 9, '06 xx xxx xxxx|06-xx-xxx-xxxx', '+36 xx xxx xxxx'),
  RO: plan('7[2-7]', 9, '0xxx xxx xxx', '+40 xxx xxx xxx'),
  BG: plan('87 88 89', 9, '0xxx xxx xxx', '+359 xx xxx xxxx'),
  GR: plan('690 693 694 695 697 698 699', 10, 'xxx xxx xxxx', '+30 xxx xxx xxxx'),
  HR: plan('9[1258] 99', 9, '0xx xxx xxxx', '+385 xx xxx xxxx'),
  SI: plan('30 31 40 41 51 64 68 70 71', 8, '0xx xxx xxx', '+386 xx xxx xxx'),
  EE: plan('5', 8, 'xxxx xxxx', '+372 xxxx xxxx'),
  LV: plan('2[0-24-9]', 8, 'xxxx xxxx|xx xxx xxx', '+371 xxxx xxxx'),
  LT: plan('6', 8, '8 xxx xxxxx', '+370 xxx xxxxx'),
  MT: plan('77 79 99', 8, 'xxxx xxxx', '+356 xxxx xxxx'),
  CY: plan('94 95 96 97 99', 8, 'xx xxxxxx|xxxx xxxx', '+357 xx xxxxxx'),
  TR: plan('50 53 54 55', 10, '0xxx xxx xx xx', '+90 xxx xxx xx xx'),
  IN: plan('6 7 8 9', 10, 'xxxxx xxxxx|0xxxxx xxxxx|xxxxxxxxxx', '+91 xxxxx xxxxx|+91-xxxxxxxxxx|+91 xxxxxxxxxx'),
  NG: plan('803 806 813 816 703 706 810 805 807 815 905 908 909 802 808 812 701 902 907', 10, '0xxx xxx xxxx', '+234 xxx xxx xxxx'),
  ZA: plan('60 61 62 63 71 72 73 74 76 78 79 81 82 83 84', 9, '0xx xxx xxxx', '+27 xx xxx xxxx'),
  EG: plan('10 11 12 15', 10, '0xxx xxx xxxx|0xx xxxx xxxx', '+20 xx xxxx xxxx'),
  AU: plan('4[0-36]', 9, '0xxx xxx xxx', '+61 xxx xxx xxx'),
  CN: plan('13 15[0-35-9] 18', 11, 'xxx xxxx xxxx|xxx-xxxx-xxxx', '+86 xxx xxxx xxxx'),
  JP: plan('70[1-9] 80 90[1-9]', 10, '0xx-xxxx-xxxx', '+81 xx-xxxx-xxxx|+81 xx xxxx xxxx'),
  KR: plan('10[0-46-9] 105[0-8]', 10, '0xx-xxxx-xxxx', '+82 xx-xxxx-xxxx|+82 xx xxxx xxxx'),
};

/** Fills a layout with the digits of a number. */
function layout(template: string, digits: string): string {
  let out = '';
  let next = 0;
  for (const ch of template) out += ch === 'x' ? (digits[next++] ?? '') : ch;
  return out;
}

/** A national significant number from a plan; `areaCodes` narrows North American numbers to a place. */
function nationalNumber(rng: Rng, phone: PhonePlan, areaCodes: readonly string[] | undefined): string {
  const prefix = phone.nanp === true && areaCodes !== undefined && areaCodes.length > 0 ? rng.pick(areaCodes) : rng.pick(phone.prefixes);
  let rest = rng.digits(phone.length - prefix.length);
  if (phone.nanp === true) {
    // Exchange codes start with 2–9, are never N11, and 555 is reserved for fiction.
    const exchange = `${String(rng.between(2, 9))}${rest.slice(1, 3)}`;
    const fixed = exchange.endsWith('11') || exchange === '555' ? `${exchange.slice(0, 2)}4` : exchange;
    rest = fixed + rest.slice(3);
  }
  return prefix + rest;
}

/** A mobile number of the country, in a national or international layout. */
export function phoneNumber(rng: Rng, country: DemoCountry, areaCodes?: readonly string[]): string {
  const phone = PLANS[country];
  const digits = nationalNumber(rng, phone, areaCodes);
  const layouts = rng.chance(0.55) ? phone.national : phone.international;
  return layout(rng.pick(layouts), digits);
}

/** Every layout of every country with how many digits it must take (for the tests). */
export function phoneLayouts(): readonly { country: DemoCountry; layout: string; length: number }[] {
  return (Object.entries(PLANS) as [DemoCountry, PhonePlan][]).flatMap(([country, phone]) =>
    [...phone.national, ...phone.international].map((template) => ({ country, layout: template, length: phone.length })),
  );
}
