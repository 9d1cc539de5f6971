// Unguessable bearer secrets (session ids, API tokens) and the one-way hash under which they are stored.
import { createHash, randomBytes } from 'node:crypto';

/** A new secret: 32 random bytes (256 bits), base64url, with a prefix saying what it is for. */
export function newSecretToken(prefix: 'cs' | 'ct'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** The SHA-256 (hex) a secret is stored and looked up under; a fast hash suffices for 256-bit randomness. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
