// The HTTP application: secure headers, one error format, and the routes of the API and web pages.
import helmet from '@fastify/helmet';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../domain/clock.js';
import { ConsentryError, ERROR_CATALOGUE, isConsentryError, type ErrorCode } from '../domain/errors.js';
import type { Store } from '../store/store.js';
import { openApiDocument } from './openapi-document.js';
import { registerRoute, type AccessCheck, type ContractRegistry } from './route-contract.js';
import type { ServerConfig } from './server-config.js';

/** What the HTTP application is built from. */
export interface AppContext {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: ServerConfig;
}

/** The body of every error response. */
export interface ErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: readonly string[];
}

function fromFastifyError(error: FastifyError): ConsentryError {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new ConsentryError('E_PAYLOAD_TOO_LARGE', 'the request body is larger than 1 MB');
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new ConsentryError('E_INVALID_ARGUMENT', 'unsupported content type; send application/json');
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.statusCode === 400) return new ConsentryError('E_INVALID_ARGUMENT', `malformed request: ${error.message}`);
  if (error.statusCode === 429) return new ConsentryError('E_RATE_LIMITED', error.message);
  return new ConsentryError('E_INTERNAL', 'internal error');
}

/** Denies everything but public routes until sign-in is wired in. */
const denyUnlessPublic: AccessCheck = (_request, access) =>
  access === 'public' ? Promise.resolve() : Promise.reject(new ConsentryError('E_UNAUTHENTICATED', 'sign in, or send a bearer token'));

/** Creates the app (not listening). Tests use it in-process; `serve` listens on HOST:PORT. */
export async function createApp(ctx: AppContext, options: { checkAccess?: AccessCheck } = {}): Promise<{ app: FastifyInstance; registry: ContractRegistry }> {
  const app = Fastify({ logger: ctx.config.CONSENTRY_LOG === 'silent' ? false : { level: ctx.config.CONSENTRY_LOG }, bodyLimit: 1_048_576 });
  const registry: ContractRegistry = [];
  const checkAccess = options.checkAccess ?? denyUnlessPublic;

  await app.register(helmet, {
    contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], formAction: ["'self'"], frameAncestors: ["'none'"], upgradeInsecureRequests: null } },
    crossOriginEmbedderPolicy: false,
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = isConsentryError(error) ? error : fromFastifyError(error);
    if (known.code === 'E_INTERNAL') request.log.error(error);
    const body: ErrorBody = { code: known.code, message: known.message, ...(known.details.length > 0 ? { details: known.details } : {}) };
    void reply.code(ERROR_CATALOGUE[known.code].status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({ code: 'E_NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0] ?? ''}` } satisfies ErrorBody);
  });

  registerRoute(
    app,
    registry,
    checkAccess,
    { method: 'GET', url: '/api/v1/health', summary: 'Liveness and database check', tags: ['system'], access: 'public', response: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), now: z.string() }) },
    async () => {
      await ctx.store.db.selectFrom('counters').select('value').limit(1).execute();
      return { status: 'ok' as const, database: ctx.store.dialect, now: ctx.clock.now() };
    },
  );
  app.get('/api/v1/openapi.json', (_request, reply) => reply.send(openApiDocument(registry)));
  return { app, registry };
}
