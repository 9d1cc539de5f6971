// The HTTP application: secure headers, cookies, rate limits, one error format, the API and the web pages.
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Clock } from '../domain/clock.js';
import { ConsentryError, ERROR_CATALOGUE, isConsentryError, type ErrorCode } from '../domain/errors.js';
import { createHistoryCache } from '../pipeline/member/history-cache.js';
import { recordPolicyUse, resolvePolicy } from '../pipeline/resolve-policy.js';
import type { Store } from '../store/store.js';
import { assetDirectory } from '../web/asset-directory.js';
import { errorPage, errorTitle } from '../web/views/error.view.js';
import type { AppServices } from './app-services.js';
import { ANONYMOUS } from './auth/caller.js';
import { createRequestGuard } from './auth/request-guard.js';
import { registerDataPrivacyPages } from './pages/data-privacy.pages.js';
import { registerDataUsagePages } from './pages/data-usage.pages.js';
import { registerDelegatePages } from './pages/delegate.pages.js';
import { registerApiDocsPages } from './pages/api-docs.pages.js';
import { registerObjectionPages } from './pages/objection.pages.js';
import { pageFrame } from './pages/page-route.js';
import { registerPublicObjectionPages } from './pages/public-objection.pages.js';
import { registerSignInPages } from './pages/sign-in.pages.js';
import type { ContractRegistry } from './route-contract.js';
import { registerMemberRoutes } from './routes/member.routes.js';
import { registerPublicRoutes } from './routes/public.routes.js';
import { registerStaffRoutes } from './routes/staff.routes.js';
import type { ServerConfig } from './server-config.js';

/** What the HTTP application is built from. */
export interface AppContext {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: ServerConfig;
  /** Where a CONSENTRY_POLICY file path is resolved from (default: the process's working directory). */
  readonly cwd?: string;
}

/** The body of every error response. */
export interface ErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: readonly string[];
}

/** Largest request body accepted: a full decisions batch is about 100 KB. */
const BODY_LIMIT = 1_048_576;

function fromFastifyError(error: FastifyError): ConsentryError {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new ConsentryError('E_PAYLOAD_TOO_LARGE', 'the request body is larger than 1 MB');
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new ConsentryError('E_INVALID_ARGUMENT', 'unsupported content type; send application/json');
  const status = error.statusCode ?? 500;
  // Errors the framework and its plugins raise for the request itself (a refused asset path, a range past
  // the end of a file, a URL too long) are the caller's, and answered as such, never as internal errors.
  if (status === 403) return new ConsentryError('E_FORBIDDEN', 'this path may not be read');
  if (status === 404) return new ConsentryError('E_NOT_FOUND', error.message);
  if (status === 413) return new ConsentryError('E_PAYLOAD_TOO_LARGE', error.message);
  if (status === 416) return new ConsentryError('E_RANGE_NOT_SATISFIABLE', 'the requested range lies outside the file');
  if (status === 429) return new ConsentryError('E_RATE_LIMITED', error.message);
  if (status >= 400 && status < 500) return new ConsentryError('E_INVALID_ARGUMENT', `malformed request: ${error.message}`);
  return new ConsentryError('E_INTERNAL', 'internal error');
}

// Headers for answers the framework gives before any hook runs (a URL it cannot decode): helmet's hooks never see them.
const BARE_ERROR_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

/** Answers an error the framework raised before routing, in the error format and with the headers every answer has. */
function sendBareError(reply: FastifyReply, error: ConsentryError): void {
  const body: ErrorBody = { code: error.code, message: error.message };
  void reply.code(ERROR_CATALOGUE[error.code].status).headers(BARE_ERROR_HEADERS).send(body);
}

/** API and machine-readable paths answer errors in JSON; everything else is a page and gets an HTML error page. */
function wantsJson(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return path.startsWith('/api/v1/') || path.startsWith('/.well-known/') || path.endsWith('.json');
}

async function sendError(services: AppServices, request: FastifyRequest, reply: FastifyReply, error: ConsentryError): Promise<FastifyReply> {
  const status = ERROR_CATALOGUE[error.code].status;
  if (wantsJson(request)) {
    const body: ErrorBody = { code: error.code, message: error.message, ...(error.details.length > 0 ? { details: error.details } : {}) };
    return reply.code(status).header('cache-control', 'no-store').send(body);
  }
  // The sign-in page itself never redirects to sign in: a header it cannot use would loop.
  if (error.code === 'E_UNAUTHENTICATED' && !request.url.startsWith('/login')) return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
  const caller = await services.guard.caller(request).catch(() => ANONYMOUS);
  const frame = pageFrame(services, { request, reply, caller }, { title: errorTitle(status), nav: null });
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(errorPage(frame, { status, message: error.message, code: error.code }).markup);
}

/** Creates the app (not listening). Tests use it in-process; `serve` listens on HOST:PORT. */
export async function createApp(ctx: AppContext): Promise<{ app: FastifyInstance; registry: ContractRegistry; services: AppServices }> {
  const { store, clock, config } = ctx;
  const app = Fastify({
    logger: config.CONSENTRY_LOG === 'silent' ? false : { level: config.CONSENTRY_LOG },
    bodyLimit: BODY_LIMIT,
    frameworkErrors: (error, _request, reply) => { sendBareError(reply, fromFastifyError(error)); },
  });
  const registry: ContractRegistry = [];
  const policy = await resolvePolicy(config.CONSENTRY_POLICY, ctx.cwd ?? process.cwd());
  // The pack the app decides by is in force from now: recorded (and audited) once, like a build's, so a
  // different pack under the same id and version is refused here rather than decided by silently.
  await store.write((tx) => recordPolicyUse(tx, { store, clock, actor: 'server' }, policy));
  const services: AppServices = {
    store,
    clock,
    config,
    policy,
    registry,
    guard: createRequestGuard({ store, clock, config }),
    controller: { name: config.CONSENTRY_CONTROLLER_NAME, email: config.CONSENTRY_CONTROLLER_EMAIL, address: config.CONSENTRY_CONTROLLER_ADDRESS, policyUrl: config.CONSENTRY_POLICY_URL },
    historyCache: createHistoryCache(config.CONSENTRY_HISTORY_CACHE),
    ctx: (actor) => ({ store, clock, actor }),
  };

  await app.register(helmet, {
    contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], formAction: ["'self'"], frameAncestors: ["'none'"], upgradeInsecureRequests: null } },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: BODY_LIMIT });
  await app.register(rateLimit, {
    global: config.CONSENTRY_RATE_LIMIT > 0,
    max: config.CONSENTRY_RATE_LIMIT > 0 ? config.CONSENTRY_RATE_LIMIT : 1_000_000,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => new ConsentryError('E_RATE_LIMITED', `too many requests; try again in ${context.after}`),
  });
  await app.register(fastifyStatic, { root: assetDirectory(), prefix: '/assets/', index: false, maxAge: '1h' });

  app.addHook('onSend', (_request, reply, payload, done) => {
    // Pages and API answers carry personal data: nothing is cached unless a route says otherwise.
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    done(null, payload);
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const known = isConsentryError(error) ? error : fromFastifyError(error);
    if (known.code === 'E_INTERNAL') request.log.error(error);
    return sendError(services, request, reply, known);
  });
  // Unknown paths count against the same limit as every route, so probing them is throttled too.
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, async (request, reply) => sendError(services, request, reply, new ConsentryError('E_NOT_FOUND', `no page or route ${request.method} ${request.url.split('?')[0] ?? ''}`)));

  registerPublicRoutes(app, services);
  registerMemberRoutes(app, services);
  registerStaffRoutes(app, services);
  registerSignInPages(app, services);
  registerDataPrivacyPages(app, services);
  registerDataUsagePages(app, services);
  registerObjectionPages(app, services);
  registerPublicObjectionPages(app, services);
  registerDelegatePages(app, services);
  registerApiDocsPages(app, services);
  return { app, registry, services };
}
