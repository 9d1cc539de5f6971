// Machine privacy signals: Sec-GPC and Content-Usage on a member's signed-in request are recorded once, as SPEC §2 says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedWebNetwork, type WebNetwork } from '../support/web-fixtures.js';
import { startTestServer, type TestServer } from '../support/web-server.js';
import { bearer, signedInClient, WebClient } from '../support/web-client.js';
import { DIALECTS } from '../support/test-stores.js';

describe.each(DIALECTS)('privacy signals (%s)', (dialect) => {
  let server: TestServer;
  let net: WebNetwork;
  const gpcEvents = async (memberId: string) =>
    server.store.db.selectFrom('consent_events').select(['purpose', 'value', 'source', 'actor']).where('member_id', '=', memberId).where('source', '=', 'gpc').orderBy('seq').execute();
  beforeAll(async () => {
    server = await startTestServer(dialect);
    net = await seedWebNetwork(server);
  });
  afterAll(async () => server.close());

  it('records Sec-GPC: 1 as denials of share-affiliates and train-ai, once, and the page says so', async () => {
    const { client } = await signedInClient(server.url, net.ada.email, PASSWORD);
    const page = await client.get('/settings/data-privacy', { 'sec-gpc': '1' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('We received a Global Privacy Control signal (Sec-GPC: 1) from your browser and turned off “Share my data with affiliates” and “Data for other AI models”.');
    await client.get('/settings/data-usage', { 'sec-gpc': '1' });
    await client.get(`/api/v1/members/${net.ada.id}/settings`, { 'sec-gpc': '1' });
    const events = await gpcEvents(net.ada.id);
    expect(events).toEqual([
      { purpose: 'share-affiliates', value: 'denied', source: 'gpc', actor: `member:${net.ada.id}` },
      { purpose: 'train-ai', value: 'denied', source: 'gpc', actor: `member:${net.ada.id}` },
    ]);
    const audit = await server.store.db.selectFrom('audit_log').select('action').where('action', '=', 'signal.recorded').where('subject', '=', net.ada.id).execute();
    expect(audit).toHaveLength(1);
    const settings = (await client.get(`/api/v1/members/${net.ada.id}/settings`)).json<{ purposes: { purpose: string; on: boolean; explanation: string }[] }>();
    expect(settings.purposes.find((p) => p.purpose === 'train-ai')).toMatchObject({ on: false, explanation: 'Off. Your browser’s Global Privacy Control signal turned this off on 1 June 2026.' });
    expect(settings.purposes.find((p) => p.purpose === 'train-genai')?.on).toBe(false);
  });

  it('records the signal once even when a new app instance sees it again, and a later choice of the member wins', async () => {
    const { client, csrf } = await signedInClient(server.url, net.ada.email, PASSWORD);
    await client.request('PUT', `/api/v1/members/${net.ada.id}/settings`, { body: { settings: { 'train-ai': 'granted' } }, headers: { ...csrf, 'sec-gpc': '1' } });
    server.services.guard.knownSignals.clear();
    const settings = (await client.get(`/api/v1/members/${net.ada.id}/settings`, { 'sec-gpc': '1' })).json<{ purposes: { purpose: string; on: boolean }[] }>();
    expect(settings.purposes.find((p) => p.purpose === 'train-ai')?.on).toBe(true);
    expect(await gpcEvents(net.ada.id)).toHaveLength(2);
  });

  it('records Content-Usage: train-ai=n as a denial of train-ai (which denies train-genai), once', async () => {
    const { client } = await signedInClient(server.url, net.eve.email, PASSWORD);
    for (let i = 0; i < 3; i++) await client.get(`/api/v1/members/${net.eve.id}/settings`, { 'content-usage': 'train-ai=n' });
    expect(await gpcEvents(net.eve.id)).toEqual([{ purpose: 'train-ai', value: 'denied', source: 'gpc', actor: `member:${net.eve.id}` }]);
    const page = await client.get('/settings/data-privacy');
    expect(page.text).toContain('We received the preference “Content-Usage: train-ai=n” from your browser and turned off “Data for other AI models”.');
  });

  it('records a signal once when many requests carrying it race', async () => {
    const { client } = await signedInClient(server.url, net.eve.email, PASSWORD);
    await Promise.all(Array.from({ length: 12 }, () => client.get(`/api/v1/members/${net.eve.id}/settings`, { 'content-usage': 'train-genai=n' })));
    const genai = (await gpcEvents(net.eve.id)).filter((e) => e.purpose === 'train-genai');
    expect(genai).toHaveLength(1);
  });

  it('ignores signals that grant, and signals on requests that are not a member’s own session', async () => {
    const { client } = await signedInClient(server.url, net.bo.email, PASSWORD);
    await client.get('/settings/data-privacy', { 'sec-gpc': '0', 'content-usage': 'train-ai=y' });
    expect(await gpcEvents(net.bo.id)).toEqual([]);
    await new WebClient(server.url).get(`/api/v1/members/${net.bo.id}/settings`, { ...bearer(net.staff.privacyOfficer.token), 'sec-gpc': '1' });
    const delegate = await signedInClient(server.url, net.legacyContact.email, PASSWORD);
    await delegate.client.get(`/settings/data-privacy?member=${net.dee.id}`, { 'sec-gpc': '1' });
    await new WebClient(server.url).get('/login', { 'sec-gpc': '1' });
    expect(await gpcEvents(net.bo.id)).toEqual([]);
    expect(await gpcEvents(net.dee.id)).toEqual([]);
  });

  it('publishes /.well-known/gpc.json', async () => {
    const response = await new WebClient(server.url).get('/.well-known/gpc.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = response.json<{ gpc: boolean; lastUpdate: string }>();
    expect(body.gpc).toBe(true);
    expect(body.lastUpdate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
