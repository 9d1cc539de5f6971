// Authentication, authorisation and CSRF for every route: who is calling, may they call this, may they act on this member.
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../domain/clock.js';
import { ConsentryError } from '../../domain/errors.js';
import { signalsFromHeaders } from '../../domain/received-signal.js';
import { hashSecretToken } from '../../domain/secret-token.js';
import { recordSignalOnce } from '../../pipeline/member/record-signal.command.js';
import type { ActingAs } from '../../pipeline/member/viewer.js';
import { isStaffRole, ROLE_LABEL, STAFF_ROLES, type Role } from '../../schema/accounts.js';
import { findDelegation } from '../../store/delegation-records.js';
import { findMemberProfile } from '../../store/member-profile-reads.js';
import { findApiToken, findSession, touchSession, type Credential } from '../../store/session-records.js';
import type { Store } from '../../store/store.js';
import type { ServerConfig } from '../server-config.js';
import { ANONYMOUS, type Caller } from './caller.js';
import { SESSION_COOKIE, setCookie } from './cookies.js';
import { ANONYMOUS_CSRF_COOKIE, csrfTokenFor, csrfTokenMatches, newFormSecret } from './csrf.js';

/** Who may call a route: anyone, any signed-in account, or accounts with one of these roles. */
export type RouteAccess = 'public' | 'signed-in' | 'staff' | readonly Role[];

/** Whether a member-scoped request reads or changes the member's data. */
export type AccessMode = 'read' | 'write';

/** The checks every route runs, bound to one app's store, clock and settings. */
export interface RequestGuard {
  /** The caller of a request (resolved once per request); records new privacy signals of members. */
  caller(request: FastifyRequest): Promise<Caller>;
  /** Throws E_UNAUTHENTICATED (401) or E_FORBIDDEN (403) unless the caller meets the access level. */
  authorise(caller: Caller, access: RouteAccess): void;
  /**
   * Throws E_CSRF unless the request carries the token of its cookie secret. Bearer calls need none;
   * API calls with no cookie at all need none either (nothing ambient to abuse), but a form always
   * does (`form: true`) — that is what stops a forged sign-in into someone else's account.
   */
  verifyCsrf(request: FastifyRequest, caller: Caller, submitted: string | undefined, form: boolean): void;
  /** The token to embed in a page's forms (sets the anonymous form secret cookie when needed). */
  csrfToken(request: FastifyRequest, reply: FastifyReply, caller: Caller): string;
  /**
   * The capacity in which the caller acts on a member. Members and delegates get 404 for any member
   * they cannot act for — the same answer as for a member who does not exist, so ids cannot be probed.
   * Staff who may read get E_MEMBER_NOT_FOUND for unknown ids and 403 when they try to change data.
   */
  memberAccess(caller: Caller, memberId: string, mode: AccessMode): Promise<ActingAs>;
  /** The set of member|signal keys already known to be recorded, so a signal costs one write ever. */
  readonly knownSignals: Set<string>;
}

/** How often a session's last-seen time is written at most: keeps reads from turning into writes. */
const TOUCH_EVERY_MS = 5 * 60_000;
/** Staff roles that may read members' data (to work requests, to audit). */
const MEMBER_READERS: readonly Role[] = ['privacy-officer', 'auditor'];
const MAX_KNOWN_SIGNALS = 100_000;
/**
 * How long a verified API token is trusted without asking the database again. Staff pipelines call
 * the API at high rates; the cost is that revoking a token or disabling its account takes effect
 * within this many milliseconds rather than at once. Sessions are never cached: a sign-out or a
 * password change ends them immediately.
 */
const TOKEN_TRUST_MS = 5_000;
const MAX_CACHED_TOKENS = 1_000;

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  // Another scheme (Basic from a proxy in front of the app) is not ours to judge: the caller is then anonymous.
  if (header === undefined || !/^Bearer(?:\s|$)/i.test(header)) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (m?.[1] === undefined) throw new ConsentryError('E_UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>" (see `consentry staff token`)');
  return m[1];
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** Creates the guard for one app. */
export function createRequestGuard(deps: { store: Store; clock: Clock; config: ServerConfig }): RequestGuard {
  const { store, clock, config } = deps;
  const resolved = new WeakMap<FastifyRequest, Promise<Caller>>();
  const knownSignals = new Set<string>();
  const trustedTokens = new Map<string, { credential: Credential; until: number }>();

  const live = (credential: Credential | null, now: string, idle: boolean): credential is Credential => {
    if (credential === null || credential.account.disabled || credential.expiresAt <= now) return false;
    if (idle && credential.lastSeenAt !== null) {
      const idleEnd = new Date(Date.parse(credential.lastSeenAt) + config.CONSENTRY_SESSION_IDLE_MINUTES * 60_000).toISOString();
      if (idleEnd <= now) return false;
    }
    return true;
  };

  const recordSignals = async (request: FastifyRequest, memberId: string): Promise<void> => {
    const signals = signalsFromHeaders(header(request, 'sec-gpc'), header(request, 'content-usage'));
    for (const signal of signals) {
      const key = `${memberId}|${signal.key}`;
      if (knownSignals.has(key)) continue;
      await recordSignalOnce({ ctx: { store, clock, actor: `member:${memberId}` }, memberId, signal });
      if (knownSignals.size >= MAX_KNOWN_SIGNALS) knownSignals.clear();
      knownSignals.add(key);
    }
  };

  const resolve = async (request: FastifyRequest): Promise<Caller> => {
    const now = clock.now();
    const bearer = bearerToken(request);
    if (bearer !== null) {
      const tokenHash = hashSecretToken(bearer);
      const trusted = trustedTokens.get(tokenHash);
      const credential = trusted !== undefined && trusted.until > Date.now() ? trusted.credential : await findApiToken(store.db, tokenHash);
      if (!live(credential, now, false)) {
        trustedTokens.delete(tokenHash);
        throw new ConsentryError('E_UNAUTHENTICATED', 'the bearer token is not valid (unknown, revoked or expired)');
      }
      if (trusted === undefined || trusted.credential !== credential) {
        if (trustedTokens.size >= MAX_CACHED_TOKENS) trustedTokens.clear();
        trustedTokens.set(tokenHash, { credential, until: Date.now() + TOKEN_TRUST_MS });
      }
      return { kind: 'account', account: credential.account, via: 'bearer' };
    }
    const sessionToken = request.cookies[SESSION_COOKIE];
    if (sessionToken === undefined || sessionToken === '') return ANONYMOUS;
    const tokenHash = hashSecretToken(sessionToken);
    const credential = await findSession(store.db, tokenHash);
    // An unknown or expired session is simply "not signed in": the pages then ask to sign in again.
    if (!live(credential, now, true)) return ANONYMOUS;
    if (credential.lastSeenAt !== null && Date.parse(now) - Date.parse(credential.lastSeenAt) > TOUCH_EVERY_MS) await touchSession(store.db, tokenHash, now);
    const caller: Caller = { kind: 'account', account: credential.account, via: 'session', sessionToken };
    // Privacy signals come from the member's own browser; a delegate's browser speaks for the delegate.
    if (credential.account.role === 'member' && credential.account.memberId !== null) await recordSignals(request, credential.account.memberId);
    return caller;
  };

  return {
    knownSignals,
    caller(request) {
      let caller = resolved.get(request);
      if (caller === undefined) {
        caller = resolve(request);
        resolved.set(request, caller);
      }
      return caller;
    },
    authorise(caller, access) {
      if (access === 'public') return;
      if (caller.kind === 'anonymous') throw new ConsentryError('E_UNAUTHENTICATED', 'sign in, or send a bearer token');
      if (access === 'signed-in') return;
      const roles: readonly Role[] = access === 'staff' ? STAFF_ROLES : access;
      if (!roles.includes(caller.account.role)) {
        throw new ConsentryError('E_FORBIDDEN', `this needs the role ${roles.map((r) => ROLE_LABEL[r]).join(' or ')}; you are signed in as ${ROLE_LABEL[caller.account.role]}`);
      }
    },
    verifyCsrf(request, caller, submitted, form) {
      if (caller.kind === 'account' && caller.via === 'bearer') return;
      const secret = caller.kind === 'account' ? caller.sessionToken : request.cookies[ANONYMOUS_CSRF_COOKIE];
      if (secret === undefined || secret === '') {
        if (!form && request.cookies[SESSION_COOKIE] === undefined) return;
        throw new ConsentryError('E_CSRF', 'the form has expired; reload the page and try again');
      }
      if (!csrfTokenMatches(secret, submitted)) throw new ConsentryError('E_CSRF', 'missing or wrong CSRF token: reload the page and try again (API callers send it in the X-CSRF-Token header)');
    },
    csrfToken(request, reply, caller) {
      if (caller.kind === 'account' && caller.via === 'session') return csrfTokenFor(caller.sessionToken);
      let secret = request.cookies[ANONYMOUS_CSRF_COOKIE];
      if (secret === undefined || secret.length < 32) {
        secret = newFormSecret();
        setCookie(reply, request, config, ANONYMOUS_CSRF_COOKIE, secret, null);
      }
      return csrfTokenFor(secret);
    },
    async memberAccess(caller, memberId, mode) {
      if (caller.kind === 'anonymous') throw new ConsentryError('E_UNAUTHENTICATED', 'sign in, or send a bearer token');
      const { account } = caller;
      if (account.role === 'member' && account.memberId === memberId) return { kind: 'member', accountId: account.id };
      if (account.role === 'member' || account.role === 'delegate') {
        const delegation = await findDelegation(store.db, account.id, memberId);
        if (delegation !== null) return { kind: 'delegate', accountId: account.id, name: account.name, delegation: delegation.kind };
        throw new ConsentryError('E_NOT_FOUND', `no member "${memberId}" that you can act for`);
      }
      if (isStaffRole(account.role) && MEMBER_READERS.includes(account.role)) {
        if (mode === 'write') throw new ConsentryError('E_FORBIDDEN', 'staff can read a member’s data but not change it; only the member or their delegate can');
        if ((await findMemberProfile(store.db, memberId)) === null) throw new ConsentryError('E_MEMBER_NOT_FOUND', `no member with id "${memberId}"`);
        return { kind: 'staff', accountId: account.id, name: account.name };
      }
      throw new ConsentryError('E_FORBIDDEN', `the role ${ROLE_LABEL[account.role]} cannot read members’ data`);
    },
  };
}
