// The session and form-secret cookies: HttpOnly, SameSite=Lax, Secure whenever the connection allows.
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../server-config.js';

/** The session cookie's name (documented in the OpenAPI security scheme). */
export const SESSION_COOKIE = 'consentry_session';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/**
 * Whether cookies get the Secure flag. `auto`: yes over HTTPS and for any non-loopback host — a
 * browser then refuses the cookie over plain HTTP, which is the point; no only for plain HTTP on
 * localhost, where development and the browser tests run.
 */
export function secureCookies(request: FastifyRequest, config: ServerConfig): boolean {
  switch (config.CONSENTRY_SECURE_COOKIES) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'auto':
      return request.protocol === 'https' || !LOOPBACK.test(request.host);
    default: {
      const never: never = config.CONSENTRY_SECURE_COOKIES;
      return Boolean(never);
    }
  }
}

/** Sets an HttpOnly, SameSite=Lax cookie for the whole site; `maxAgeSeconds` null makes it end with the browser. */
export function setCookie(reply: FastifyReply, request: FastifyRequest, config: ServerConfig, name: string, value: string, maxAgeSeconds: number | null): void {
  void reply.setCookie(name, value, {
    path: '/',
    httpOnly: true,
    // Lax, not Strict: a member following a link from an e-mail to their settings arrives signed in,
    // while cross-site POSTs still carry no cookie (and need the CSRF token anyway).
    sameSite: 'lax',
    secure: secureCookies(request, config),
    ...(maxAgeSeconds === null ? {} : { maxAge: maxAgeSeconds }),
  });
}

/** Removes a cookie. */
export function clearCookie(reply: FastifyReply, request: FastifyRequest, config: ServerConfig, name: string): void {
  void reply.clearCookie(name, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(request, config) });
}
