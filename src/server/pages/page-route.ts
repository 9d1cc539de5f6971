// Web page routes: the same guard as the API (authenticate, CSRF on every form), answering with HTML, redirects or downloads.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConsentryError } from '../../domain/errors.js';
import type { ActingAs } from '../../pipeline/member/viewer.js';
import { findMemberProfile } from '../../store/member-profile-reads.js';
import type { SafeHtml } from '../../web/html.js';
import type { NavEntry, PageFrame } from '../../web/views/layout.view.js';
import type { AppServices } from '../app-services.js';
import type { Caller } from '../auth/caller.js';
import { CSRF_FIELD } from '../auth/csrf.js';

/** What a page handler answers. */
export type PageResult =
  | { readonly kind: 'html'; readonly body: SafeHtml; readonly status?: number }
  | { readonly kind: 'redirect'; readonly to: string }
  | { readonly kind: 'download'; readonly filename: string; readonly json: unknown };

/** What a page handler gets. */
export interface PageInput {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  readonly caller: Caller;
  /** The submitted form fields (POST) — strings, or arrays of strings for repeated fields. */
  readonly form: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, string | undefined>>;
}

/** A page route's declaration. */
export interface PageRoute {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  /** `signed-in` pages send anonymous visitors to /login and back. */
  readonly access: 'public' | 'signed-in';
  readonly rateLimit?: { readonly max: number; readonly timeWindow: string; readonly keyGenerator?: (request: FastifyRequest) => string };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A local path to return to after signing in; anything else (other hosts, `//evil`) becomes `/`. */
export function safeNext(next: unknown): string {
  // Printable ASCII only: a browser percent-encodes anything else, and a raw one cannot go in a Location header.
  return typeof next === 'string' && /^\/(?![/\\])[\x21-\x7e]*$/.test(next) && next.length < 500 ? next : '/';
}

/**
 * An attachment header for any file name (a member id may hold any character but space): an ASCII
 * fallback without quotes or backslashes, and the exact name percent-encoded (RFC 6266, RFC 8187).
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** Registers a page: authenticate → (sign-in redirect) → CSRF for POST → handler → HTML, redirect or download. */
export function registerPage(app: FastifyInstance, services: AppServices, route: PageRoute, handler: (input: PageInput) => Promise<PageResult>): void {
  app.route({
    method: route.method,
    url: route.url,
    ...(route.rateLimit === undefined ? {} : { config: { rateLimit: { ...route.rateLimit, hook: 'preHandler' } } }),
    handler: async (request, reply) => {
      const caller = await services.guard.caller(request);
      if (route.access === 'signed-in' && caller.kind === 'anonymous') {
        return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
      }
      const form = asRecord(request.body);
      if (route.method === 'POST') {
        const token = form[CSRF_FIELD];
        services.guard.verifyCsrf(request, caller, typeof token === 'string' ? token : undefined, true);
      }
      const query = asRecord(request.query) as Record<string, string | undefined>;
      const result = await handler({ request, reply, caller, form, query });
      switch (result.kind) {
        case 'html':
          return reply.code(result.status ?? 200).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(result.body.markup);
        case 'redirect':
          return reply.redirect(result.to, 303);
        case 'download':
          return reply
            .header('cache-control', 'no-store')
            .header('content-disposition', contentDisposition(result.filename))
            .type('application/json; charset=utf-8')
            .send(JSON.stringify(result.json, null, 2));
        default: {
          const never: never = result;
          throw new Error(`unknown page result ${JSON.stringify(never)}`);
        }
      }
    },
  });
}

/** The frame of a page for this caller. */
export function pageFrame(
  services: AppServices,
  input: Pick<PageInput, 'request' | 'reply' | 'caller'>,
  props: { title: string; nav: NavEntry; actingFor?: PageFrame['actingFor']; memberNav?: boolean },
): PageFrame {
  const { caller } = input;
  const signedIn = caller.kind === 'account' ? { name: caller.account.name, role: caller.account.role } : null;
  return {
    title: props.title,
    csrfToken: services.guard.csrfToken(input.request, input.reply, caller),
    signedIn,
    nav: props.nav,
    actingFor: props.actingFor ?? null,
    memberNav: props.memberNav ?? (caller.kind === 'account' && (caller.account.role === 'member' || (props.actingFor ?? null) !== null)),
  };
}

/** The member a member page is about, and in what capacity the caller acts on them. */
export interface PageMember {
  readonly memberId: string;
  readonly memberName: string;
  readonly actingAs: ActingAs;
  readonly actingFor: PageFrame['actingFor'];
}

/**
 * Resolves the member of a member page: `member` from the query or form (delegates), else the
 * caller's own member. Returns a redirect for accounts that have no member of their own.
 */
export async function pageMember(services: AppServices, caller: Caller, requested: unknown, mode: 'read' | 'write'): Promise<PageMember | { redirect: string }> {
  if (caller.kind === 'anonymous') throw new ConsentryError('E_UNAUTHENTICATED', 'sign in first');
  const own = caller.account.memberId;
  const memberId = typeof requested === 'string' && requested !== '' ? requested : own;
  if (memberId === null) return { redirect: caller.account.role === 'delegate' ? '/delegate' : '/' };
  const actingAs = await services.guard.memberAccess(caller, memberId, mode);
  if (actingAs.kind === 'staff') return { redirect: '/' };
  const profile = await findMemberProfile(services.store.db, memberId);
  if (profile === null) throw new ConsentryError('E_NOT_FOUND', `no member "${memberId}" that you can act for`);
  return {
    memberId,
    memberName: profile.name,
    actingAs,
    actingFor: actingAs.kind === 'delegate' ? { memberId, memberName: profile.name, delegation: actingAs.delegation } : null,
  };
}
