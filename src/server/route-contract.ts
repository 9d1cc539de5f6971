// One zod schema per route is the contract: it validates requests, types handlers and writes OpenAPI.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ConsentryError } from '../domain/errors.js';
import { formatIssues } from '../schema/issues.js';
import type { Caller } from './auth/caller.js';
import { CSRF_HEADER } from './auth/csrf.js';
import type { RequestGuard, RouteAccess } from './auth/request-guard.js';

export type { RouteAccess } from './auth/request-guard.js';

/** The declaration of one API route. */
export interface RouteContract<Params extends z.ZodType, Query extends z.ZodType, Body extends z.ZodType, Response extends z.ZodType> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly summary: string;
  /** Longer text for the reference: who may call it, what it changes. */
  readonly description?: string;
  readonly tags: readonly string[];
  readonly access: RouteAccess;
  readonly params?: Params;
  readonly query?: Query;
  readonly body?: Body;
  readonly response: Response;
  readonly status?: number;
  /** Per-route rate limit (requests per time window per key), on top of the global one. */
  readonly rateLimit?: { readonly max: number; readonly timeWindow: string; readonly keyGenerator?: (request: FastifyRequest) => string };
}

/** The validated input a handler receives. */
export interface RouteInput<Params, Query, Body> {
  readonly params: Params;
  readonly query: Query;
  readonly body: Body;
  readonly caller: Caller;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/** A value with every nested array and property read-only, so handlers may return their read-only views as they are. */
export type ReadonlyDeep<T> = T extends readonly (infer U)[] ? readonly ReadonlyDeep<U>[] : T extends object ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> } : T;

/** Every registered contract, for the OpenAPI document. */
export type ContractRegistry = RouteContract<z.ZodType, z.ZodType, z.ZodType, z.ZodType>[];

/** Validates one part of a request. @throws ConsentryError E_INVALID_ARGUMENT listing every problem */
export function validatePart<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.infer<T> {
  if (schema === undefined) return undefined as z.infer<T>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = formatIssues(parsed.error);
    throw new ConsentryError('E_INVALID_ARGUMENT', `invalid ${where}: ${problems.join('; ')}`, problems);
  }
  return parsed.data;
}

function csrfHeader(request: FastifyRequest): string | undefined {
  const value = request.headers[CSRF_HEADER];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Registers a route as a pipeline: authenticate → authorise by access level (401/403 before
 * anything about the input is revealed) → CSRF for state-changing calls of cookie sessions →
 * validate (400, nothing changed) → handler (runs the command and checks the resource) → present
 * (the response is validated against its schema too).
 */
export function registerRoute<Params extends z.ZodType, Query extends z.ZodType, Body extends z.ZodType, Response extends z.ZodType>(
  app: FastifyInstance,
  registry: ContractRegistry,
  guard: RequestGuard,
  contract: RouteContract<Params, Query, Body, Response>,
  handler: (input: RouteInput<z.infer<Params>, z.infer<Query>, z.infer<Body>>) => Promise<ReadonlyDeep<z.input<Response>>>,
): void {
  registry.push(contract);
  app.route({
    method: contract.method,
    url: contract.url.replace(/\{(\w+)\}/g, ':$1'),
    ...(contract.rateLimit === undefined ? {} : { config: { rateLimit: { ...contract.rateLimit, hook: 'preHandler' } } }),
    handler: async (request, reply) => {
      const caller = await guard.caller(request);
      guard.authorise(caller, contract.access);
      if (contract.method !== 'GET') guard.verifyCsrf(request, caller, csrfHeader(request), false);
      const params = validatePart(contract.params, request.params, 'path parameters');
      const query = validatePart(contract.query, request.query, 'query');
      const body = validatePart(contract.body, request.body, 'request body');
      const result = await handler({ params, query, body, caller, request, reply });
      const presented = contract.response.parse(result);
      return reply.code(contract.status ?? 200).send(presented);
    },
  });
}
