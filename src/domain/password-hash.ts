// Password hashing with scrypt (a memory-hard KDF from node:crypto): per-password salt, parameters stored with the hash.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost parameters: N = 2^ln, block size r, parallelism p. */
export interface ScryptParams {
  readonly ln: number;
  readonly r: number;
  readonly p: number;
}

/**
 * OWASP's scrypt setting N=2^15, r=8, p=3 (32 MiB per hash, roughly 0.1–0.3 s): slow enough that a
 * stolen database is expensive to guess through, cheap enough for a sign-in under the rate limit.
 */
export const CURRENT_PARAMS: ScryptParams = { ln: 15, r: 8, p: 3 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.ln;
  // maxmem must exceed 128·N·r bytes, or node refuses the parameters.
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 256 * N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** Hashes a password into the self-describing form `$scrypt$ln=15,r=8,p=3$<salt>$<hash>`. */
export async function hashPassword(password: string, params: ScryptParams = CURRENT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** True when the password matches the stored hash (constant-time comparison); false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = FORMAT.exec(stored);
  if (m === null) return false;
  const params: ScryptParams = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (params.ln < 1 || params.ln > 22 || params.r < 1 || params.p < 1) return false;
  const expected = Buffer.from(m[5] ?? '', 'base64');
  const key = await derive(password, Buffer.from(m[4] ?? '', 'base64'), params);
  return expected.length === key.length && timingSafeEqual(expected, key);
}

/**
 * A hash to verify against when the account does not exist, so that "no such account" and "wrong
 * password" take the same time and sign-in does not reveal which e-mail addresses have accounts.
 * It is the hash of a random password nobody kept, with the current parameters.
 */
export const DECOY_HASH = '$scrypt$ln=15,r=8,p=3$1ln03KssRNJUSytQgYHiew==$GkhW+V1urrBYVOs8eUI4aatBVe17cPAaEkujBuM2NWQ=';
