// Requests the routes never meant to serve — undecodable URLs, foreign Authorization schemes, odd return
// paths, refused asset paths and ranges, unknown paths in bulk — get a 4xx in the error format, with the
// security headers, and never a loop or an internal error. Over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDisposition } from '../../src/server/pages/page-route.js';
import { PASSWORD, seedWebNetwork, type WebNetwork } from '../support/web-fixtures.js';
import { startTestServer, type TestServer } from '../support/web-server.js';
import { WebClient } from '../support/web-client.js';

describe('request hardening', () => {
  let server: TestServer;
  let net: WebNetwork;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    net = await seedWebNetwork(server);
  });
  afterAll(async () => server.close());

  it('answers a URL it cannot decode with 400 in the error format and the security headers', async () => {
    const response = await new WebClient(server.url).get('/settings/%ZZ');
    expect(response.status).toBe(400);
    expect(response.json<{ code: string }>().code).toBe('E_INVALID_ARGUMENT');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers a path parameter longer than the router allows with 400, not 414 in another format', async () => {
    const response = await new WebClient(server.url).get(`/api/v1/members/${'m'.repeat(300)}/settings`);
    expect(response.status).toBe(400);
    expect(response.json<{ code: string }>().code).toBe('E_INVALID_ARGUMENT');
  });

  it('ignores an Authorization scheme other than Bearer on pages and public routes, without a redirect loop', async () => {
    const basic = { authorization: 'Basic dXNlcjpwYXNz' };
    const client = new WebClient(server.url);
    const home = await client.get('/', basic);
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/login');
    expect((await client.get('/login', basic)).status).toBe(200);
    expect((await client.get('/api/v1/health', basic)).status).toBe(200);
    expect((await client.get('/api/v1/me', basic)).status).toBe(401);
  });

  it('sends a return path with characters a Location header cannot hold back to the start page', async () => {
    const client = new WebClient(server.url);
    await client.signIn(net.ada.email, PASSWORD);
    const response = await client.get('/login?next=/%E2%82%AC');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const fresh = new WebClient(server.url);
    const token = await fresh.csrfToken('/login');
    const signIn = await fresh.request('POST', '/login', { form: { _csrf: token, email: net.ada.email, password: PASSWORD, next: '/\u0001x' } });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/settings/data-privacy');
  });

  it('refuses asset paths and byte ranges it cannot serve with a 4xx, not an internal error', async () => {
    const client = new WebClient(server.url);
    for (const path of ['/assets/%2e%2e/x', '/assets/%00']) expect([403, 404]).toContain((await client.get(path)).status);
    const range = await client.get('/assets/app.css', { range: 'bytes=999999-' });
    expect(range.status).toBe(416);
    expect(range.text).toContain('E_RANGE_NOT_SATISFIABLE');
  });

  it('counts unknown paths against the rate limit like every route', async () => {
    const response = await new WebClient(server.url).get('/api/v1/does-not-exist');
    expect(response.status).toBe(404);
    expect(response.headers.get('x-ratelimit-limit')).not.toBeNull();
  });
});

describe('attachment names', () => {
  it('keeps any member id in a download name without breaking the header', () => {
    expect(contentDisposition('consentry-usage-m1.json')).toBe(`attachment; filename="consentry-usage-m1.json"; filename*=UTF-8''consentry-usage-m1.json`);
    const odd = contentDisposition('usage-m-€"1.json');
    expect(odd).toBe(`attachment; filename="usage-m-__1.json"; filename*=UTF-8''usage-m-%E2%82%AC%221.json`);
    expect(/^[\x20-\x7e]*$/.test(odd)).toBe(true);
  });
});
