// /api/v1/members/{id}/settings: reading and changing switches, who may, and bad requests that change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedWebNetwork, type WebNetwork } from '../support/web-fixtures.js';
import { startTestServer, type TestServer } from '../support/web-server.js';
import { bearer, signedInClient, WebClient } from '../support/web-client.js';
import { DIALECTS } from '../support/test-stores.js';

interface Setting {
  purpose: string;
  on: boolean;
  reason: string | null;
  explanation: string;
  changeable: boolean;
}

describe.each(DIALECTS)('member settings API (%s)', (dialect) => {
  let server: TestServer;
  let net: WebNetwork;
  const consentCount = async () => (await server.store.db.selectFrom('consent_events').select('id').execute()).length;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    net = await seedWebNetwork(server);
  });
  afterAll(async () => server.close());

  it('shows each purpose on or off now, with the reason in plain words', async () => {
    const { client } = await signedInClient(server.url, net.bo.email, PASSWORD);
    const response = await client.get(`/api/v1/members/${net.bo.id}/settings`);
    expect(response.status).toBe(200);
    const body = response.json<{ purposes: Setting[]; policy: { id: string } }>();
    expect(body.policy.id).toBe('privacy-first');
    expect(body.purposes.map((p) => p.purpose)).toEqual(['train-ai', 'train-genai', 'share-affiliates']);
    for (const p of body.purposes) {
      expect(p.on).toBe(false);
      expect(p.reason).toBe('not-consented');
      expect(p.explanation).toBe('Off. In Sweden this is only used if you turn it on, and you have not.');
    }
  });

  it('records a change as a consent event by the member, in force for the next decision at once', async () => {
    const { client, csrf } = await signedInClient(server.url, net.eve.email, PASSWORD);
    const response = await client.request('PUT', `/api/v1/members/${net.eve.id}/settings`, { body: { settings: { 'train-genai': 'granted' } }, headers: csrf });
    expect(response.status).toBe(200);
    const body = response.json<{ recorded: { id: string; purpose: string; value: string }[]; settings: { purposes: Setting[] } }>();
    expect(body.recorded).toHaveLength(1);
    expect(body.settings.purposes.find((p) => p.purpose === 'train-genai')).toMatchObject({ on: true, explanation: 'On. You turned this on on 1 June 2026.' });
    const event = await server.store.db.selectFrom('consent_events').selectAll().where('id', '=', body.recorded[0]!.id).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ member_id: net.eve.id, purpose: 'train-genai', value: 'granted', source: 'member', actor: `member:${net.eve.id}` });
    const audit = await server.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'consent.recorded').where('actor', '=', `member:${net.eve.id}`).execute();
    expect(audit).toHaveLength(1);
    const decision = await new WebClient(server.url).request('POST', '/api/v1/decisions', { body: { queries: [{ memberId: net.eve.id, purpose: 'train-genai' }] }, headers: bearer(net.staff.mlEngineer.token) });
    expect(decision.json<{ decisions: { allowed: boolean }[] }>().decisions[0]!.allowed).toBe(true);

    const again = await client.request('POST', `/api/v1/members/${net.eve.id}/settings`, { body: { settings: { 'train-genai': 'granted' } }, headers: csrf });
    expect(again.json<{ recorded: unknown[]; unchanged: string[] }>()).toMatchObject({ recorded: [], unchanged: ['train-genai'] });
  });

  it('turning "other AI models" off turns generative training off too, and says why', async () => {
    const { client, csrf } = await signedInClient(server.url, net.ada.email, PASSWORD);
    const response = await client.request('PUT', `/api/v1/members/${net.ada.id}/settings`, { body: { settings: { 'train-ai': 'denied' } }, headers: csrf });
    const purposes = response.json<{ settings: { purposes: Setting[] } }>().settings.purposes;
    const genai = purposes.find((p) => p.purpose === 'train-genai')!;
    expect(genai.on).toBe(false);
    expect(genai.explanation).toBe('Off, because “Data for other AI models” is off: you turned that off on 1 June 2026. Turning that off turns this off too.');
    await client.request('PUT', `/api/v1/members/${net.ada.id}/settings`, { body: { settings: { 'train-ai': 'granted' } }, headers: csrf });
  });

  it('refuses a change without the CSRF token of the session, and records nothing', async () => {
    const { client } = await signedInClient(server.url, net.bo.email, PASSWORD);
    const before = await consentCount();
    const response = await client.request('PUT', `/api/v1/members/${net.bo.id}/settings`, { body: { settings: { 'train-ai': 'granted' } } });
    expect(response.status).toBe(403);
    expect(response.json()).toMatchObject({ code: 'E_CSRF' });
    const forged = await client.request('PUT', `/api/v1/members/${net.bo.id}/settings`, { body: { settings: { 'train-ai': 'granted' } }, headers: { 'x-csrf-token': 'forged' } });
    expect(forged.status).toBe(403);
    expect(await consentCount()).toBe(before);
  });

  it('answers 404 for another member exactly as for a member that does not exist, and changes nothing', async () => {
    const { client, csrf } = await signedInClient(server.url, net.bo.email, PASSWORD);
    const before = await consentCount();
    const other = await client.get(`/api/v1/members/${net.ada.id}/settings`);
    const missing = await client.get('/api/v1/members/m-nobody/settings');
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.json<{ code: string }>().code).toBe('E_NOT_FOUND');
    expect(missing.json<{ code: string }>().code).toBe('E_NOT_FOUND');
    for (const path of ['usage', 'objections', 'report', 'receipts']) expect((await client.get(`/api/v1/members/${net.ada.id}/${path}`)).status).toBe(404);
    const write = await client.request('PUT', `/api/v1/members/${net.ada.id}/settings`, { body: { settings: { 'train-ai': 'denied' } }, headers: csrf });
    expect(write.status).toBe(404);
    const objection = await client.request('POST', `/api/v1/members/${net.ada.id}/objections`, { body: { purposes: ['train-ai'] }, headers: csrf });
    expect(objection.status).toBe(404);
    expect(await consentCount()).toBe(before);
  });

  it('lets privacy officers and auditors read but not change, and ML engineers neither', async () => {
    const api = new WebClient(server.url);
    expect((await api.get(`/api/v1/members/${net.ada.id}/settings`, bearer(net.staff.privacyOfficer.token))).status).toBe(200);
    expect((await api.get(`/api/v1/members/${net.ada.id}/report`, bearer(net.staff.auditor.token))).status).toBe(200);
    expect((await api.get('/api/v1/members/m-nobody/settings', bearer(net.staff.auditor.token))).json()).toMatchObject({ code: 'E_MEMBER_NOT_FOUND' });
    const write = await api.request('PUT', `/api/v1/members/${net.ada.id}/settings`, { body: { settings: { 'train-ai': 'denied' } }, headers: bearer(net.staff.privacyOfficer.token) });
    expect(write.status).toBe(403);
    expect(write.json()).toMatchObject({ code: 'E_FORBIDDEN' });
    const ml = await api.get(`/api/v1/members/${net.ada.id}/settings`, bearer(net.staff.mlEngineer.token));
    expect(ml.status).toBe(403);
  });

  it('answers 401 without credentials and for a bad bearer token', async () => {
    const api = new WebClient(server.url);
    expect((await api.get(`/api/v1/members/${net.ada.id}/settings`)).json()).toMatchObject({ code: 'E_UNAUTHENTICATED' });
    expect((await api.get(`/api/v1/members/${net.ada.id}/settings`, bearer('ct_not-a-token'))).status).toBe(401);
    expect((await api.get(`/api/v1/members/${net.ada.id}/settings`, { authorization: 'Basic abc' })).status).toBe(401);
  });

  it('refuses every malformed change with a clear message and records nothing', async () => {
    const { client, csrf } = await signedInClient(server.url, net.bo.email, PASSWORD);
    const url = `/api/v1/members/${net.bo.id}/settings`;
    const before = await consentCount();
    const cases: [unknown, RegExp][] = [
      [{ settings: { 'train-everything': 'denied' } }, /unknown purpose "train-everything"/],
      [{ settings: { 'train-ai': 1 } }, /settings\.train-ai: .*expected one of granted, denied|settings\.train-ai/],
      [{ settings: { 'train-ai': 'maybe' } }, /expected one of granted, denied/],
      [{ settings: {} }, /name at least one purpose/],
      [{ settings: { 'train-ai': 'denied' }, extra: true }, /extra/],
      [{}, /settings: required/],
      ['{"settings": ', /malformed request/],
      [[1, 2], /expected object/i],
    ];
    for (const [body, message] of cases) {
      const response = await client.request('PUT', url, { body, headers: csrf });
      expect(response.status, JSON.stringify(body)).toBe(400);
      const error = response.json<{ code: string; message: string }>();
      expect(error.code).toBe('E_INVALID_ARGUMENT');
      expect(error.message).toMatch(message);
    }
    const huge = await client.request('PUT', url, { body: JSON.stringify({ settings: { 'train-ai': 'denied' }, pad: 'x'.repeat(1_100_000) }), headers: csrf });
    expect(huge.status).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'E_PAYLOAD_TOO_LARGE' });
    const text = await client.request('PUT', url, { body: 'settings', headers: { ...csrf, 'content-type': 'text/plain' } });
    expect(text.status).toBe(400);
    expect(await consentCount()).toBe(before);
  });
});
