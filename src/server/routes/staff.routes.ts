// Staff API: batch decisions, datasets, the unlearning queue and the request queue.
import type { FastifyInstance } from 'fastify';
import { ConsentryError } from '../../domain/errors.js';
import { decideBatch } from '../../pipeline/member/decide-batch.query.js';
import { resolvePolicy } from '../../pipeline/resolve-policy.js';
import { unlearningQueue } from '../../pipeline/unlearning-queue.query.js';
import { formatInstant } from '../../schema/time.js';
import { listDatasets } from '../../store/dataset-records.js';
import { listRequests } from '../../store/request-records.js';
import type { AppServices } from '../app-services.js';
import { registerRoute } from '../route-contract.js';
import {
  datasetsResponseSchema,
  decisionMoments,
  decisionsBodySchema,
  decisionsResponseSchema,
  MAX_DECISIONS,
  requestListQuerySchema,
  requestListSchema,
  unlearningQuerySchema,
  unlearningResponseSchema,
} from './api-schemas.js';

/** Registers the staff routes (and decisions, which members may ask about themselves). */
export function registerStaffRoutes(app: FastifyInstance, services: AppServices): void {
  const { guard, registry } = services;

  registerRoute(
    app,
    registry,
    guard,
    {
      method: 'POST',
      url: '/api/v1/decisions',
      summary: `Decide up to ${MAX_DECISIONS} member/purpose/moment triples (SPEC §5 decide, rules 1, 5–8, 10–12)`,
      description:
        'Staff may ask about any member. Members and delegates only about members they may act for (404 otherwise, for the whole batch). An unknown member gives an error entry for that triple; the other triples are still answered. Asking changes nothing, so the call needs no CSRF token when made with a bearer token.',
      tags: ['decisions'],
      access: 'signed-in',
      body: decisionsBodySchema,
      response: decisionsResponseSchema,
    },
    async ({ body, caller }) => {
      if (caller.kind === 'account' && (caller.account.role === 'member' || caller.account.role === 'delegate')) {
        for (const memberId of new Set(body.queries.map((q) => q.memberId))) await guard.memberAccess(caller, memberId, 'read');
      }
      const policy = body.policy === undefined ? services.policy : await resolvePolicy(body.policy, process.cwd());
      const moments = decisionMoments(body.queries, services.clock.now());
      const decisions = await decideBatch({ db: services.store.db, policy, cache: services.historyCache, questions: body.queries.map((q, i) => ({ memberId: q.memberId, purpose: q.purpose, at: moments[i] ?? services.clock.now() })) });
      return { policy: { id: policy.pack.id, version: policy.pack.version }, decisions };
    },
  );

  registerRoute(
    app,
    registry,
    guard,
    { method: 'GET', url: '/api/v1/datasets', summary: 'Every completed dataset: purpose, snapshot, policy, sharing, size', tags: ['datasets'], access: 'staff', response: datasetsResponseSchema },
    async () => {
      const datasets = await listDatasets(services.store.db);
      return {
        datasets: datasets.map((d) => ({
          id: d.id,
          purpose: d.purpose,
          snapshotAt: formatInstant(d.snapshotAt),
          shared: d.shared,
          recipients: d.recipients,
          policy: d.policy,
          builtAt: d.completedAt === null ? null : formatInstant(d.completedAt),
          included: d.included,
          builtBy: d.actor,
        })),
      };
    },
  );

  registerRoute(
    app,
    registry,
    guard,
    {
      method: 'GET',
      url: '/api/v1/unlearning',
      summary: 'Per dataset, the items no longer eligible now (opt-outs, objections, deletions …) and the models that must unlearn them',
      tags: ['datasets'],
      access: ['ml-engineer', 'privacy-officer', 'auditor'],
      query: unlearningQuerySchema,
      response: unlearningResponseSchema,
    },
    async ({ query }) => {
      const at = services.clock.now();
      if (query.dataset !== undefined && !(await listDatasets(services.store.db)).some((d) => d.id === query.dataset)) {
        throw new ConsentryError('E_DATASET_NOT_FOUND', `no dataset with id "${query.dataset}"`);
      }
      return { at, datasets: await unlearningQueue(services.store.db, at, query.dataset) };
    },
  );

  registerRoute(
    app,
    registry,
    guard,
    { method: 'GET', url: '/api/v1/requests', summary: 'The request queue: objections from non-members, earliest deadline first', tags: ['requests'], access: ['privacy-officer', 'auditor'], query: requestListQuerySchema, response: requestListSchema },
    async ({ query }) => {
      const requests = await listRequests(services.store.db, query.status);
      return { requests: requests.map(({ purposes: _p, closedAt: _c, ...r }) => r) };
    },
  );
}
