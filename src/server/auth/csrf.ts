// CSRF tokens: an HMAC of the secret a browser already holds in an HttpOnly cookie (the session id, or an anonymous form secret).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Cookie holding the form secret of visitors who are not signed in (sign-in form, public objection form). */
export const ANONYMOUS_CSRF_COOKIE = 'consentry_csrf';

/** The form field and header a token is sent in. */
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The token for a cookie secret: HMAC-SHA256(secret, purpose label). Another site can neither read
 * the HttpOnly secret nor the pages that carry the token, so it cannot forge a request with both —
 * OWASP's "signed double-submit cookie", keyed by the session itself, so no server-wide key is needed.
 */
export function csrfTokenFor(secret: string): string {
  return createHmac('sha256', secret).update('consentry-csrf-v1').digest('base64url');
}

/** True when the submitted token belongs to the secret (constant-time). */
export function csrfTokenMatches(secret: string, submitted: string | undefined): boolean {
  if (submitted === undefined || submitted.length === 0 || submitted.length > 200) return false;
  const expected = Buffer.from(csrfTokenFor(secret));
  const given = Buffer.from(submitted);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A new anonymous form secret. */
export function newFormSecret(): string {
  return randomBytes(32).toString('base64url');
}
