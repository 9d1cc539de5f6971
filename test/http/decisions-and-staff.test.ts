// /api/v1/decisions in batches, /api/v1/datasets and /unlearning for staff, the OpenAPI document and its reference page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideMember } from '../../src/pipeline/decide-member.command.js';
import { resolvePolicy } from '../../src/pipeline/resolve-policy.js';
import { PURPOSES } from '../../src/schema/purposes.js';
import { parseInstant, type Instant } from '../../src/schema/time.js';
import { PASSWORD, seedWebNetwork, type WebNetwork } from '../support/web-fixtures.js';
import { startTestServer, type TestServer } from '../support/web-server.js';
import { bearer, signedInClient, WebClient } from '../support/web-client.js';
import { DIALECTS } from '../support/test-stores.js';

interface Decision {
  memberId: string;
  purpose: string;
  at: string;
  allowed?: boolean;
  reason?: string | null;
  regime?: string;
  error?: { code: string; message: string };
}

describe.each(DIALECTS)('decisions and staff routes (%s)', (dialect) => {
  let server: TestServer;
  let net: WebNetwork;
  let api: WebClient;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    net = await seedWebNetwork(server);
    api = new WebClient(server.url);
  });
  afterAll(async () => server.close());

  it('answers a batch exactly as `decide` answers each triple, under the server’s or a named pack', async () => {
    const members = ['m-ada', 'm-bo', 'm-eve', 'm-dee', 'm-fay'];
    const moments = ['2024-12-31T00:00:00Z', '2025-06-01T00:00:00Z', '2026-05-01T00:00:00Z'];
    const queries = members.flatMap((memberId) => PURPOSES.flatMap((purpose) => moments.map((at) => ({ memberId, purpose, at }))));
    for (const pack of ['privacy-first', 'linkedin-2024'] as const) {
      const response = await api.request('POST', '/api/v1/decisions', { body: { policy: pack, queries }, headers: bearer(net.staff.mlEngineer.token) });
      expect(response.status).toBe(200);
      const body = response.json<{ policy: { id: string }; decisions: Decision[] }>();
      expect(body.policy.id).toBe(pack);
      const policy = await resolvePolicy(pack, process.cwd());
      for (const [i, q] of queries.entries()) {
        const expected = await decideMember({ ctx: { store: server.store, clock: server.clock, actor: 'test' }, memberId: q.memberId, purpose: q.purpose, at: parseInstant(q.at) as Instant, policy });
        expect(body.decisions[i]).toEqual({ memberId: q.memberId, purpose: q.purpose, at: q.at, ...expected });
      }
    }
  });

  it('never answers from memory after a change: the next decision sees it', async () => {
    const ask = async () =>
      (await api.request('POST', '/api/v1/decisions', { body: { queries: [{ memberId: net.bo.id, purpose: 'share-affiliates' }] }, headers: bearer(net.staff.mlEngineer.token) })).json<{ decisions: Decision[] }>().decisions[0]!;
    expect((await ask()).allowed).toBe(false);
    expect((await ask()).allowed).toBe(false);
    const { client, csrf } = await signedInClient(server.url, net.bo.email, PASSWORD);
    await client.request('PUT', `/api/v1/members/${net.bo.id}/settings`, { body: { settings: { 'share-affiliates': 'granted' } }, headers: csrf });
    expect(await ask()).toMatchObject({ allowed: true, reason: null });
    await client.request('PUT', `/api/v1/members/${net.bo.id}/settings`, { body: { settings: { 'share-affiliates': 'denied' } }, headers: csrf });
    expect(await ask()).toMatchObject({ allowed: false, reason: 'opted-out' });
  });

  it('answers unknown members with an error entry and still answers the rest', async () => {
    const response = await api.request('POST', '/api/v1/decisions', { body: { queries: [{ memberId: 'm-nobody', purpose: 'train-ai' }, { memberId: 'm-bo', purpose: 'train-ai' }] }, headers: bearer(net.staff.auditor.token) });
    const decisions = response.json<{ decisions: Decision[] }>().decisions;
    expect(decisions[0]).toMatchObject({ memberId: 'm-nobody', error: { code: 'E_MEMBER_NOT_FOUND' } });
    expect(decisions[1]).toMatchObject({ memberId: 'm-bo', allowed: false, reason: 'not-consented', at: '2026-06-01T12:00:00Z' });
  });

  it('lets members ask about themselves only', async () => {
    const { client, csrf } = await signedInClient(server.url, net.bo.email, PASSWORD);
    const own = await client.request('POST', '/api/v1/decisions', { body: { queries: [{ memberId: net.bo.id, purpose: 'train-genai' }] }, headers: csrf });
    expect(own.status).toBe(200);
    const other = await client.request('POST', '/api/v1/decisions', { body: { queries: [{ memberId: net.bo.id, purpose: 'train-ai' }, { memberId: net.ada.id, purpose: 'train-ai' }] }, headers: csrf });
    expect(other.status).toBe(404);
    expect((await api.request('POST', '/api/v1/decisions', { body: { queries: [{ memberId: 'm-bo', purpose: 'train-ai' }] } })).status).toBe(401);
  });

  it('refuses bad batches with a message per problem', async () => {
    const headers = bearer(net.staff.mlEngineer.token);
    const cases: [unknown, RegExp][] = [
      [{ queries: [{ memberId: 'm-bo', purpose: 'train-robots' }] }, /queries\.0\.purpose: expected one of train-ai, train-genai, share-affiliates/],
      [{ queries: [{ memberId: 'm-bo', purpose: 'train-ai' }, { memberId: 'm-bo', purpose: 'train-ai', at: '2025-13-01T00:00:00Z' }] }, /queries\.1\.at: "2025-13-01T00:00:00Z" is not a real moment/],
      [{ queries: [{ memberId: 'm-bo', purpose: 'train-ai', at: '2025-02-30T00:00:00Z' }] }, /queries\.0\.at: "2025-02-30T00:00:00Z" is not a real moment/],
      [{ queries: [{ memberId: 'm-bo', purpose: 'train-ai', at: '2025-01-01' }] }, /queries\.0\.at: must be an ISO 8601 UTC time like 2024-05-01T10:00:00Z/],
      [{ queries: [{ memberId: 42, purpose: 'train-ai' }] }, /queries\.0\.memberId: expected string, received number/],
      [{ queries: [] }, /ask at least one question/],
      [{ queries: Array.from({ length: 1001 }, () => ({ memberId: 'm-bo', purpose: 'train-ai' })) }, /at most 1000 queries per call/],
      [{ queries: [{ memberId: 'm-bo', purpose: 'train-ai' }], policy: 'my-own' }, /policy: expected one of privacy-first, linkedin-2024/],
      [{ question: 'may I?' }, /queries: required/],
    ];
    for (const [body, message] of cases) {
      const response = await api.request('POST', '/api/v1/decisions', { body, headers });
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.json<{ code: string; message: string }>()).toMatchObject({ code: 'E_INVALID_ARGUMENT', message: expect.stringMatching(message) as string });
    }
  });

  it('lists datasets to staff only', async () => {
    const response = await api.get('/api/v1/datasets', bearer(net.staff.mlEngineer.token));
    const datasets = response.json<{ datasets: { id: string; purpose: string; shared: boolean; recipients: string[]; included: number }[] }>().datasets;
    expect(datasets.map((d) => d.id).sort()).toEqual([net.datasets.genai, net.datasets.shared].sort());
    expect(datasets.find((d) => d.id === net.datasets.shared)).toMatchObject({ purpose: 'train-ai', shared: true, recipients: ['Affiliate Labs'] });
    const member = await signedInClient(server.url, net.ada.email, PASSWORD);
    expect((await member.client.get('/api/v1/datasets')).status).toBe(403);
    expect((await api.get('/api/v1/datasets')).status).toBe(401);
  });

  it('shows the unlearning queue to ML engineers after an opt-out', async () => {
    const { client, csrf } = await signedInClient(server.url, net.ada.email, PASSWORD);
    await client.request('PUT', `/api/v1/members/${net.ada.id}/settings`, { body: { settings: { 'share-affiliates': 'denied' } }, headers: csrf });
    const queue = (await api.get(`/api/v1/unlearning?dataset=${net.datasets.shared}`, bearer(net.staff.mlEngineer.token))).json<{ datasets: { datasetId: string; items: { id: string; reason: string }[] }[] }>();
    expect(queue.datasets).toHaveLength(1);
    expect(queue.datasets[0]!.items.map((i) => `${i.id}:${i.reason}`).sort()).toEqual(['c-ada-1:not-shared', 'c-ada-2:not-shared', 'c-ada-3:not-shared']);
    expect((await api.get('/api/v1/unlearning?dataset=ds_nope', bearer(net.staff.mlEngineer.token))).json()).toMatchObject({ code: 'E_DATASET_NOT_FOUND' });
  });

  it('describes every route in an OpenAPI 3.1 document, and renders it as a reference page', async () => {
    const document = (await api.get('/api/v1/openapi.json')).json<{ openapi: string; paths: Record<string, Record<string, { 'x-access': string; responses: Record<string, unknown> }>> }>();
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual(server.services.registry.map((r) => `${r.method} ${r.url}`).sort());
    for (const expected of ['GET /api/v1/members/{id}/settings', 'PUT /api/v1/members/{id}/settings', 'GET /api/v1/members/{id}/usage', 'POST /api/v1/members/{id}/objections', 'POST /api/v1/decisions', 'GET /api/v1/datasets']) {
      expect(operations).toContain(expected);
    }
    expect(document.paths['/api/v1/datasets']!['get']!['x-access']).toBe('privacy officer, ML engineer, auditor');
    const page = await api.get('/api/docs');
    expect(page.status).toBe(200);
    for (const op of operations) expect(page.text).toContain(`<code>${op.split(' ')[1]!}</code>`);
    expect(page.text).toContain('E_PAYLOAD_TOO_LARGE');
  });

  it('answers unknown routes with the one error format', async () => {
    expect((await api.get('/api/v1/nothing-here')).json()).toMatchObject({ code: 'E_NOT_FOUND' });
    const page = await api.get('/no-such-page');
    expect(page.status).toBe(404);
    expect(page.text).toContain('Page not found');
    expect((await api.get('/api/v1/health')).json()).toMatchObject({ status: 'ok', database: dialect });
  });
});

describe('the policy in force', () => {
  it('is recorded and audited when the server starts, once per pack version', async () => {
    const server = await startTestServer('sqlite', { env: { CONSENTRY_POLICY: 'linkedin-2024' } });
    try {
      const entries = await server.store.db.selectFrom('audit_log').select(['action', 'subject']).where('action', '=', 'policy.recorded').execute();
      expect(entries).toEqual([{ action: 'policy.recorded', subject: 'linkedin-2024@1' }]);
      expect(await server.store.db.selectFrom('policy_packs').select(['id', 'version']).execute()).toEqual([{ id: 'linkedin-2024', version: 1 }]);
    } finally {
      await server.close();
    }
  });
});
