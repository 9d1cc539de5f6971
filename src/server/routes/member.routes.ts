// /api/v1/members/{id}/…: everything the member pages do — settings, usage, objections, report, receipts.
import type { FastifyInstance } from 'fastify';
import { changeSettings } from '../../pipeline/member/change-settings.command.js';
import { consentReceipts } from '../../pipeline/member/consent-receipts.query.js';
import { fileObjection } from '../../pipeline/member/file-objection.command.js';
import { memberReport, reportEvents } from '../../pipeline/member/member-report.query.js';
import { memberUsageView } from '../../pipeline/member/member-usage-view.query.js';
import { loadMemberFacts, memberSettings, settingsView } from '../../pipeline/member/member-settings.query.js';
import { actorOf } from '../../pipeline/member/viewer.js';
import { isPurpose } from '../../schema/purposes.js';
import type { AppServices } from '../app-services.js';
import { registerRoute } from '../route-contract.js';
import {
  memberIdParams,
  objectionBodySchema,
  objectionCreatedSchema,
  objectionListSchema,
  receiptsResponseSchema,
  reportResponseSchema,
  settingsChangeResponseSchema,
  settingsChangeSchema,
  settingsResponseSchema,
  usageResponseSchema,
} from './api-schemas.js';

const WHO_READS = 'The member, their delegate, a privacy officer or an auditor. Members and delegates get 404 for any other member.';
const WHO_WRITES = 'The member or their delegate (a legacy contact may only deny). Staff get 403; members and delegates get 404 for any other member.';

/** Registers the member-scoped API routes. */
export function registerMemberRoutes(app: FastifyInstance, services: AppServices): void {
  const { guard, registry, config } = services;

  registerRoute(
    app,
    registry,
    guard,
    { method: 'GET', url: '/api/v1/members/{id}/settings', summary: 'A member’s purposes: on or off now, and why', description: WHO_READS, tags: ['members'], access: 'signed-in', params: memberIdParams, response: settingsResponseSchema },
    async ({ params, caller }) => {
      const viewer = await guard.memberAccess(caller, params.id, 'read');
      return memberSettings({ db: services.store.db, memberId: params.id, policy: services.policy, at: services.clock.now(), viewer });
    },
  );

  for (const method of ['PUT', 'POST'] as const) {
    registerRoute(
      app,
      registry,
      guard,
      {
        method,
        url: '/api/v1/members/{id}/settings',
        summary: method === 'PUT' ? 'Turn purposes on or off (a consent event each, in force at once)' : 'Same as PUT, for clients that cannot send PUT',
        description: WHO_WRITES,
        tags: ['members'],
        access: 'signed-in',
        params: memberIdParams,
        body: settingsChangeSchema,
        response: settingsChangeResponseSchema,
      },
      async ({ params, body, caller }) => {
        const actingAs = await guard.memberAccess(caller, params.id, 'write');
        const changes = Object.entries(body.settings).flatMap(([purpose, value]) => (isPurpose(purpose) ? [{ purpose: purpose, value }] : []));
        const result = await changeSettings({ ctx: services.ctx(actorOf(actingAs, params.id)), memberId: params.id, changes, actingAs });
        const settings = await memberSettings({ db: services.store.db, memberId: params.id, policy: services.policy, at: services.clock.now(), viewer: actingAs });
        return { recorded: [...result.recorded], unchanged: [...result.unchanged], settings };
      },
    );
  }

  registerRoute(
    app,
    registry,
    guard,
    { method: 'GET', url: '/api/v1/members/{id}/usage', summary: 'Datasets holding the member’s content, recipients, the removal queue, and what an opt-out would do', description: WHO_READS, tags: ['members'], access: 'signed-in', params: memberIdParams, response: usageResponseSchema },
    async ({ params, caller }) => {
      const viewer = await guard.memberAccess(caller, params.id, 'read');
      const at = services.clock.now();
      const facts = await loadMemberFacts(services.store.db, params.id, at);
      const settings = settingsView(facts, services.policy, at, viewer);
      return memberUsageView({ db: services.store.db, memberId: params.id, at, unlearningDays: config.CONSENTRY_UNLEARNING_DAYS, settings });
    },
  );

  registerRoute(
    app,
    registry,
    guard,
    { method: 'GET', url: '/api/v1/members/{id}/objections', summary: 'The member’s objections, with who filed them', description: WHO_READS, tags: ['members'], access: 'signed-in', params: memberIdParams, response: objectionListSchema },
    async ({ params, caller }) => {
      const viewer = await guard.memberAccess(caller, params.id, 'read');
      const facts = await loadMemberFacts(services.store.db, params.id, services.clock.now());
      return { objections: reportEvents(facts, viewer).filter((e) => e.kind === 'objection') };
    },
  );

  registerRoute(
    app,
    registry,
    guard,
    {
      method: 'POST',
      url: '/api/v1/members/{id}/objections',
      summary: 'Object to purposes (a restriction in force at once), with a statement',
      description: WHO_WRITES,
      tags: ['members'],
      access: 'signed-in',
      params: memberIdParams,
      body: objectionBodySchema,
      response: objectionCreatedSchema,
      status: 201,
    },
    async ({ params, body, caller }) => {
      const actingAs = await guard.memberAccess(caller, params.id, 'write');
      const { id, at } = await fileObjection({ ctx: services.ctx(actorOf(actingAs, params.id)), memberId: params.id, purposes: body.purposes, statement: body.statement ?? null, actingAs });
      const settings = await memberSettings({ db: services.store.db, memberId: params.id, policy: services.policy, at: services.clock.now(), viewer: actingAs });
      return { id, at, purposes: body.purposes, settings };
    },
  );

  registerRoute(
    app,
    registry,
    guard,
    { method: 'GET', url: '/api/v1/members/{id}/report', summary: 'The usage report: settings, datasets, removal queue and every recorded choice', description: WHO_READS, tags: ['members'], access: 'signed-in', params: memberIdParams, response: reportResponseSchema },
    async ({ params, caller }) => {
      const viewer = await guard.memberAccess(caller, params.id, 'read');
      return memberReport({ db: services.store.db, memberId: params.id, policy: services.policy, at: services.clock.now(), unlearningDays: config.CONSENTRY_UNLEARNING_DAYS, viewer });
    },
  );

  registerRoute(
    app,
    registry,
    guard,
    { method: 'GET', url: '/api/v1/members/{id}/receipts', summary: 'Consent receipts (Kantara v1.1 fields with ISO/IEC TS 27560 elements) for every recorded choice', description: WHO_READS, tags: ['members'], access: 'signed-in', params: memberIdParams, response: receiptsResponseSchema },
    async ({ params, caller }) => {
      const viewer = await guard.memberAccess(caller, params.id, 'read');
      const at = services.clock.now();
      const facts = await loadMemberFacts(services.store.db, params.id, at);
      return { memberId: params.id, generatedAt: at, receipts: consentReceipts(facts, services.controller, viewer) };
    },
  );
}
