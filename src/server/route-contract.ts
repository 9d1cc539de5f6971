// One zod schema per route is the contract: it validates requests, types handlers and writes OpenAPI.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ConsentryError } from '../domain/errors.js';
import { formatIssues } from '../schema/issues.js';

/** Who may call a route; checked before the handler runs (the handler then checks the resource). */
export type RouteAccess = 'public' | 'signed-in' | 'staff';

/** The declaration of one API route. */
export interface RouteContract<Params extends z.ZodType, Query extends z.ZodType, Body extends z.ZodType, Response extends z.ZodType> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly access: RouteAccess;
  readonly params?: Params;
  readonly query?: Query;
  readonly body?: Body;
  readonly response: Response;
  readonly status?: number;
}

/** The validated input a handler receives. */
export interface RouteInput<Params, Query, Body> {
  readonly params: Params;
  readonly query: Query;
  readonly body: Body;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/** Every registered contract, for the OpenAPI document. */
export type ContractRegistry = RouteContract<z.ZodType, z.ZodType, z.ZodType, z.ZodType>[];

/** Checks the caller against the contract's access level; the app decorates requests with this. */
export type AccessCheck = (request: FastifyRequest, access: RouteAccess) => Promise<void>;

function validate<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.infer<T> {
  if (schema === undefined) return undefined as z.infer<T>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = formatIssues(parsed.error);
    throw new ConsentryError('E_INVALID_ARGUMENT', `invalid ${where}: ${problems.join('; ')}`, problems);
  }
  return parsed.data;
}

/**
 * Registers a route as a pipeline: validate → authorise (by access level) → handler (which runs the
 * command and checks the resource) → present (the response is validated against its schema too).
 */
export function registerRoute<Params extends z.ZodType, Query extends z.ZodType, Body extends z.ZodType, Response extends z.ZodType>(
  app: FastifyInstance,
  registry: ContractRegistry,
  checkAccess: AccessCheck,
  contract: RouteContract<Params, Query, Body, Response>,
  handler: (input: RouteInput<z.infer<Params>, z.infer<Query>, z.infer<Body>>) => Promise<z.input<Response>>,
): void {
  registry.push(contract);
  app.route({
    method: contract.method,
    url: contract.url.replace(/\{(\w+)\}/g, ':$1'),
    handler: async (request, reply) => {
      const params = validate(contract.params, request.params, 'path parameters');
      const query = validate(contract.query, request.query, 'query');
      const body = validate(contract.body, request.body, 'request body');
      await checkAccess(request, contract.access);
      const result = await handler({ params, query, body, request, reply });
      const presented = contract.response.parse(result);
      return reply.code(contract.status ?? 200).send(presented);
    },
  });
}
