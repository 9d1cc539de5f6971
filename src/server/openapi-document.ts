// The OpenAPI 3.1 document, generated from the same zod contracts the server validates with.
import { z } from 'zod';
import { ERROR_CATALOGUE } from '../domain/errors.js';
import { ROLE_LABEL, STAFF_ROLES } from '../schema/accounts.js';
import type { ContractRegistry, RouteAccess } from './route-contract.js';

const errorBody = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', enum: Object.keys(ERROR_CATALOGUE), description: 'Stable error code (docs/errors.md).' },
    message: { type: 'string' },
    details: { type: 'array', items: { type: 'string' } },
  },
} as const;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (schema === undefined) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
    ...(typeof property['description'] === 'string' ? { description: property['description'] } : {}),
  }));
}

/** Who may call a route, in words (the `x-access` extension of each operation). */
export function describeAccess(access: RouteAccess): string {
  if (access === 'public') return 'anyone, without signing in';
  if (access === 'signed-in') return 'any signed-in account (members and delegates only for the members they may act for)';
  const roles = access === 'staff' ? STAFF_ROLES : access;
  return roles.map((r) => ROLE_LABEL[r]).join(', ');
}

/** Builds the OpenAPI document for every registered route. */
export function openApiDocument(registry: ContractRegistry): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of registry) {
    const operation = {
      summary: route.summary,
      ...(route.description === undefined ? {} : { description: route.description }),
      tags: route.tags,
      'x-access': describeAccess(route.access),
      ...(route.access === 'public' ? { security: [] } : route.method === 'GET' ? {} : { security: [{ session: [], csrf: [] }, { bearer: [] }] }),
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body === undefined ? {} : { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } }),
      responses: {
        [String(route.status ?? 200)]: { description: 'Success', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } },
        default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
    paths[route.url] = { ...(paths[route.url] ?? {}), [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Consentry API', version: '1.0.0', description: 'Consent-governed AI training on members’ content. Errors carry stable codes (docs/errors.md).' },
    servers: [{ url: '/' }],
    components: {
      schemas: { Error: errorBody },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'consentry_session' },
        bearer: { type: 'http', scheme: 'bearer', description: 'A staff token from `consentry staff token --email E`.' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'With the session cookie, state-changing calls also send the page’s CSRF token.' },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
    paths,
  };
}
