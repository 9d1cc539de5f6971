// Identifiers Consentry mints itself: a type prefix, then time-ordered random characters.
import { randomBytes } from 'node:crypto';

export type IdPrefix = 'ds' | 'imp' | 'evt' | 'obj' | 'run' | 'req' | 'sup' | 'acct' | 'sig';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A new id such as `ds_01jd3k…`: prefix, 10 characters of millisecond time, 12 random characters. */
export function newId(prefix: IdPrefix, now: number = Date.now()): string {
  let time = '';
  for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = (ALPHABET[t % 32] ?? '0') + time;
  const random = [...randomBytes(12)].map((b) => ALPHABET[b % 32] ?? '0').join('');
  return `${prefix}_${time}${random}`;
}
