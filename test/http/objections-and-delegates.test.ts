// Objections by members and non-members, and delegates acting for members who cannot: who may, and who acted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSuppressionEntries } from '../../src/store/suppression-list.js';
import { PASSWORD, seedWebNetwork, type WebNetwork } from '../support/web-fixtures.js';
import { startTestServer, type TestServer } from '../support/web-server.js';
import { bearer, signedInClient, WebClient } from '../support/web-client.js';
import { DIALECTS } from '../support/test-stores.js';

describe.each(DIALECTS)('objections and delegates (%s)', (dialect) => {
  let server: TestServer;
  let net: WebNetwork;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    net = await seedWebNetwork(server);
  });
  afterAll(async () => server.close());

  it('records a member’s objection with its statement; it is in force at once', async () => {
    const { client, csrf } = await signedInClient(server.url, net.eve.email, PASSWORD);
    const response = await client.request('POST', `/api/v1/members/${net.eve.id}/objections`, { body: { purposes: ['train-ai'], statement: 'I never agreed to this.' }, headers: csrf });
    expect(response.status).toBe(201);
    const body = response.json<{ id: string; settings: { purposes: { purpose: string; on: boolean; explanation: string }[] } }>();
    expect(body.id).toMatch(/^obj_/);
    expect(body.settings.purposes.find((p) => p.purpose === 'train-ai')).toMatchObject({ on: false, explanation: 'Off. You objected to this use on 1 June 2026.' });
    const stored = await server.store.db.selectFrom('objections').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ member_id: net.eve.id, statement: 'I never agreed to this.', actor: `member:${net.eve.id}` });
    const list = (await client.get(`/api/v1/members/${net.eve.id}/objections`)).json<{ objections: { id: string; statement: string; by: string }[] }>();
    expect(list.objections).toEqual([expect.objectContaining({ id: body.id, statement: 'I never agreed to this.', by: 'you' })]);
  });

  it('refuses malformed objections with a message and records nothing', async () => {
    const { client, csrf } = await signedInClient(server.url, net.bo.email, PASSWORD);
    const before = (await server.store.db.selectFrom('objections').select('id').execute()).length;
    for (const [body, message] of [
      [{ purposes: [] }, /name at least one purpose/],
      [{ purposes: ['train-ai', 'train-ai'] }, /must not repeat a purpose/],
      [{ purposes: ['sell-it'] }, /purposes\.0: expected one of train-ai, train-genai, share-affiliates/],
      [{ purposes: 'train-ai' }, /expected array/],
      [{ purposes: ['train-ai'], statement: 'x'.repeat(5001) }, /at most 5,000 characters/],
    ] as const) {
      const response = await client.request('POST', `/api/v1/members/${net.bo.id}/objections`, { body, headers: csrf });
      expect(response.status).toBe(400);
      expect(response.json<{ message: string }>().message).toMatch(message);
    }
    expect((await server.store.db.selectFrom('objections').select('id').execute()).length).toBe(before);
  });

  it('takes a non-member’s objection onto the suppression list and the request queue', async () => {
    const api = new WebClient(server.url);
    const response = await api.request('POST', '/api/v1/requests', {
      body: { name: 'Zoë Nakamura', email: 'zoe@example.net', handles: ['zoe_n', '@zoe.photos'], links: ['https://network.example/posts/42'], statement: 'This post shows my face.' },
    });
    expect(response.status).toBe(201);
    const { requestId, dueAt } = response.json<{ requestId: string; dueAt: string }>();
    expect(dueAt).toBe('2026-07-01T12:00:00.000Z');
    const suppressed = await listSuppressionEntries(server.store.db);
    expect(suppressed).toEqual([expect.objectContaining({ name: 'Zoë Nakamura', email: 'zoe@example.net', handles: ['@zoe_n', '@zoe.photos'] })]);
    const queue = (await api.get('/api/v1/requests', bearer(net.staff.privacyOfficer.token))).json<{ requests: { id: string; links: string[]; suppressionRef: string }[] }>();
    expect(queue.requests).toEqual([expect.objectContaining({ id: requestId, links: ['https://network.example/posts/42'], suppressionRef: suppressed[0]!.id })]);
    expect((await api.get('/api/v1/requests', bearer(net.staff.auditor.token))).status).toBe(200);
    expect((await api.get('/api/v1/requests', bearer(net.staff.mlEngineer.token))).status).toBe(403);
    const member = await signedInClient(server.url, net.bo.email, PASSWORD);
    expect((await member.client.get('/api/v1/requests')).json()).toMatchObject({ code: 'E_FORBIDDEN' });
    expect((await api.get('/api/v1/requests')).status).toBe(401);
  });

  it('refuses a non-member objection with bad fields, naming each, and stores nothing', async () => {
    const api = new WebClient(server.url);
    const response = await api.request('POST', '/api/v1/requests', { body: { name: '', email: 'not-an-address', links: ['javascript:alert(1)'] } });
    expect(response.status).toBe(400);
    const details = response.json<{ details: string[] }>().details;
    expect(details).toEqual(expect.arrayContaining([expect.stringMatching(/^name: /), expect.stringMatching(/^email: /), expect.stringMatching(/^links\.0: each link must be a web address/)]));
    expect(await listSuppressionEntries(server.store.db)).toHaveLength(1);
  });

  it('lets a legacy contact turn a deceased member’s uses off (not on), recorded under their own name', async () => {
    const { client, csrf } = await signedInClient(server.url, net.legacyContact.email, PASSWORD);
    const me = (await client.get('/api/v1/me')).json<{ account: { id: string; role: string }; actsFor: { memberId: string; kind: string }[] }>();
    expect(me.account.role).toBe('delegate');
    expect(me.actsFor).toEqual([expect.objectContaining({ memberId: net.dee.id, kind: 'legacy-contact' })]);
    const settings = (await client.get(`/api/v1/members/${net.dee.id}/settings`)).json<{ purposes: { reason: string; explanation: string }[] }>();
    expect(settings.purposes[0]).toMatchObject({ reason: 'deceased', explanation: 'Off. The member has died, so their content is no longer used.' });
    const denied = await client.request('PUT', `/api/v1/members/${net.dee.id}/settings`, { body: { settings: { 'train-ai': 'denied' } }, headers: csrf });
    expect(denied.status).toBe(200);
    const eventId = denied.json<{ recorded: { id: string }[] }>().recorded[0]!.id;
    const event = await server.store.db.selectFrom('consent_events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ source: 'delegate', actor: `delegate:${me.account.id}` });
    const audit = await server.store.db.selectFrom('audit_log').selectAll().where('actor', '=', `delegate:${me.account.id}`).execute();
    expect(audit.map((a) => a.action)).toEqual(['consent.recorded']);
    const granted = await client.request('PUT', `/api/v1/members/${net.dee.id}/settings`, { body: { settings: { 'share-affiliates': 'granted' } }, headers: csrf });
    expect(granted.status).toBe(403);
    expect(granted.json<{ message: string }>().message).toMatch(/legacy contact can turn uses off, not on/);
    const report = (await new WebClient(server.url).get(`/api/v1/members/${net.dee.id}/report`, bearer(net.staff.privacyOfficer.token))).json<{ history: { by: string; value: string }[] }>();
    expect(report.history.at(-1)).toMatchObject({ by: 'Lee Okafor (legacy contact)', value: 'denied' });
    expect((await client.get(`/api/v1/members/${net.ada.id}/settings`)).status).toBe(404);
  });

  it('lets an authorised agent change settings and object for the member they act for', async () => {
    const { client, csrf } = await signedInClient(server.url, net.agent.email, PASSWORD);
    const granted = await client.request('PUT', `/api/v1/members/${net.fay.id}/settings`, { body: { settings: { 'share-affiliates': 'granted' } }, headers: csrf });
    expect(granted.status).toBe(200);
    const objection = await client.request('POST', `/api/v1/members/${net.fay.id}/objections`, { body: { purposes: ['train-genai'], statement: 'Filed on Fay’s behalf.' }, headers: csrf });
    expect(objection.status).toBe(201);
    const list = (await client.get(`/api/v1/members/${net.fay.id}/objections`)).json<{ objections: { by: string; source: string }[] }>();
    expect(list.objections).toEqual([expect.objectContaining({ by: 'you', source: 'delegate' })]);
    const seenByFayOfficer = (await new WebClient(server.url).get(`/api/v1/members/${net.fay.id}/objections`, bearer(net.staff.auditor.token))).json<{ objections: { by: string }[] }>();
    expect(seenByFayOfficer.objections[0]!.by).toBe('Alex Agent (authorised agent)');
    expect((await client.get(`/api/v1/members/${net.dee.id}/settings`)).status).toBe(404);
  });
});
