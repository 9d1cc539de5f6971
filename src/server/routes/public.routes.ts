// Routes anyone may call: health, the OpenAPI document, the GPC well-known resource, the non-member objection, and "who am I".
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { fileNonMemberObjection } from '../../pipeline/member/non-member-objection.command.js';
import { delegationsOfAccount } from '../../store/delegation-records.js';
import type { AppServices } from '../app-services.js';
import { csrfTokenFor } from '../auth/csrf.js';
import { openApiDocument } from '../openapi-document.js';
import { publicObjectionSchema } from '../pages/form-schemas.js';
import { registerRoute } from '../route-contract.js';
import { meResponseSchema, requestCreatedSchema } from './api-schemas.js';

/** The date our GPC support was last changed, for /.well-known/gpc.json. */
const GPC_LAST_UPDATE = '2026-01-15';

/** Registers the public routes. */
export function registerPublicRoutes(app: FastifyInstance, services: AppServices): void {
  const { guard, registry } = services;

  registerRoute(
    app,
    registry,
    guard,
    { method: 'GET', url: '/api/v1/health', summary: 'Liveness and database check', tags: ['system'], access: 'public', response: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), now: z.string() }) },
    async () => {
      await services.store.db.selectFrom('counters').select('value').limit(1).execute();
      return { status: 'ok' as const, database: services.store.dialect, now: services.clock.now() };
    },
  );

  app.get('/api/v1/openapi.json', (_request, reply) => reply.send(openApiDocument(registry)));

  // https://privacycg.github.io/gpc-spec/#gpc-support-resource
  app.get('/.well-known/gpc.json', (_request, reply) => reply.header('cache-control', 'public, max-age=86400').send({ gpc: true, lastUpdate: GPC_LAST_UPDATE }));

  registerRoute(
    app,
    registry,
    guard,
    { method: 'GET', url: '/api/v1/me', summary: 'Who is signed in, and which members they may act for', tags: ['accounts'], access: 'signed-in', response: meResponseSchema },
    async ({ caller }) => {
      if (caller.kind === 'anonymous') throw new Error('unreachable: the route requires an account');
      const { account } = caller;
      const delegations = await delegationsOfAccount(services.store.db, account.id);
      return {
        account: { id: account.id, email: account.email, name: account.name, role: account.role, memberId: account.memberId },
        actsFor: delegations.map((d) => ({ memberId: d.memberId, name: d.memberName, kind: d.kind })),
        csrfToken: caller.via === 'session' ? csrfTokenFor(caller.sessionToken) : null,
      };
    },
  );

  registerRoute(
    app,
    registry,
    guard,
    {
      method: 'POST',
      url: '/api/v1/requests',
      summary: 'Object as a non-member: suppression list (redacted from every later dataset) and the privacy officer’s queue',
      tags: ['requests'],
      access: 'public',
      body: publicObjectionSchema.meta({ id: 'NonMemberObjection' }),
      response: requestCreatedSchema,
      status: 201,
      rateLimit: { max: services.config.CONSENTRY_FORM_LIMIT, timeWindow: '1 hour' },
    },
    async ({ body }) => {
      const { statement, ...rest } = body;
      return fileNonMemberObjection({ ctx: services.ctx('api'), objection: { ...rest, statement: statement === undefined || statement === '' ? null : statement } });
    },
  );
}
