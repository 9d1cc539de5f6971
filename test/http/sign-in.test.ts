// Sign-in, sessions, sign-out, CSRF on forms and the sign-in rate limit, over real HTTP on every dialect.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecretToken } from '../../src/domain/secret-token.js';
import { PASSWORD, seedWebNetwork, type WebNetwork } from '../support/web-fixtures.js';
import { startTestServer, type TestServer } from '../support/web-server.js';
import { WebClient } from '../support/web-client.js';
import { DIALECTS } from '../support/test-stores.js';

describe.each(DIALECTS)('sign-in and sessions (%s)', (dialect) => {
  let server: TestServer;
  let net: WebNetwork;
  beforeAll(async () => {
    server = await startTestServer(dialect, { env: { CONSENTRY_SIGNIN_LIMIT: '4' } });
    net = await seedWebNetwork(server);
  });
  afterAll(async () => server.close());

  it('shows a sign-in form labelled Email and Password with a Sign in button', async () => {
    const page = await new WebClient(server.url).get('/login');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<label for="email">Email</label>');
    expect(page.text).toContain('<label for="password">Password</label>');
    expect(page.text).toMatch(/<button type="submit">Sign in<\/button>/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('signs in with an HttpOnly SameSite session cookie whose secret is stored only as a hash', async () => {
    const client = new WebClient(server.url);
    const token = await client.csrfToken('/login');
    const response = await client.request('POST', '/login', { form: { _csrf: token, email: 'ADA@example.org', password: PASSWORD } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/settings/data-privacy');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('consentry_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const secret = /consentry_session=([^;]+)/.exec(cookie)![1]!;
    const rows = await server.store.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows.map((r) => r.token_hash)).toContain(hashSecretToken(secret));
    expect(rows.map((r) => r.token_hash)).not.toContain(secret);
    const me = await client.get('/api/v1/me');
    expect(me.json<{ account: { memberId: string } }>().account.memberId).toBe(net.ada.id);
  });

  it('stores passwords as salted scrypt hashes, never as text', async () => {
    const rows = await server.store.db.selectFrom('accounts').select(['email', 'password_hash']).execute();
    const hashes = rows.map((r) => r.password_hash ?? '');
    for (const hash of hashes) expect(hash).toMatch(/^\$scrypt\$ln=15,r=8,p=3\$/);
    expect(hashes.some((h) => h.includes(PASSWORD))).toBe(false);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('refuses a wrong password and an unknown e-mail with the same message and no session', async () => {
    for (const email of [net.ada.email, 'nobody@example.org']) {
      const client = new WebClient(server.url);
      const response = await client.signIn(email, 'wrong-password-123');
      expect(response.status).toBe(401);
      expect(response.text).toContain('Wrong e-mail address or password.');
      expect(client.hasCookie('consentry_session')).toBe(false);
    }
  });

  it('refuses a sign-in form without its CSRF token and changes nothing', async () => {
    const client = new WebClient(server.url);
    const before = await server.store.db.selectFrom('sessions').select('token_hash').execute();
    const response = await client.request('POST', '/login', { form: { email: net.ada.email, password: PASSWORD } });
    expect(response.status).toBe(403);
    expect(response.text).toContain('E_CSRF');
    expect(await server.store.db.selectFrom('sessions').select('token_hash').execute()).toHaveLength(before.length);
  });

  it('sends anonymous visitors of member pages to sign in, and back afterwards', async () => {
    const client = new WebClient(server.url);
    const page = await client.get('/settings/data-usage');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=%2Fsettings%2Fdata-usage');
    const token = await client.csrfToken('/login?next=%2Fsettings%2Fdata-usage');
    const response = await client.request('POST', '/login', { form: { _csrf: token, email: net.bo.email, password: PASSWORD, next: '/settings/data-usage' } });
    expect(response.headers.get('location')).toBe('/settings/data-usage');
  });

  it('never redirects to another site after sign-in', async () => {
    const client = new WebClient(server.url);
    const token = await client.csrfToken('/login');
    const response = await client.request('POST', '/login', { form: { _csrf: token, email: net.eve.email, password: PASSWORD, next: '//evil.example/' } });
    expect(response.headers.get('location')).toBe('/settings/data-privacy');
  });

  it('signs out: the old cookie no longer signs anyone in', async () => {
    const client = new WebClient(server.url);
    await client.signIn(net.ada.email, PASSWORD);
    const token = await client.csrfToken('/settings/data-privacy');
    const stolen = new WebClient(server.url);
    const cookieHeader = (await client.request('GET', '/api/v1/me')).status;
    expect(cookieHeader).toBe(200);
    const out = await client.request('POST', '/logout', { form: { _csrf: token } });
    expect(out.status).toBe(303);
    expect((await client.get('/api/v1/me')).status).toBe(401);
    expect((await stolen.get('/api/v1/me')).status).toBe(401);
  });

  it('ends a session after the idle time', async () => {
    const client = new WebClient(server.url);
    await client.signIn(net.eve.email, PASSWORD);
    expect((await client.get('/api/v1/me')).status).toBe(200);
    server.clock.advance(121 * 60_000);
    try {
      expect((await client.get('/api/v1/me')).status).toBe(401);
      expect((await client.get('/settings/data-privacy')).status).toBe(303);
    } finally {
      server.clock.set('2026-06-01T12:00:00Z');
    }
  });

  it('rate-limits sign-in attempts per address and e-mail', async () => {
    const client = new WebClient(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await client.signIn('limited@example.org', 'wrong-password-123')).status);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses[4]).toBe(429);
    // Another e-mail from the same address is not locked out by it …
    expect((await client.signIn(net.bo.email, PASSWORD)).status).toBe(303);
    // … but one address trying many e-mails is, at five times the per-e-mail limit.
    const many: number[] = [];
    const stuffer = new WebClient(server.url);
    for (let i = 0; i < 16; i++) many.push((await stuffer.signIn(`stuffing-${i}@example.org`, 'wrong-password-123')).status);
    expect(many).toContain(429);
  });
});

/** POSTs a form from another loopback address (127.0.0.0/8 all reach the server), as another client would. */
function postFrom(localAddress: string, baseUrl: string, path: string, form: Record<string, string>, cookie: string): Promise<number> {
  const url = new URL(path, baseUrl);
  const body = new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => { resolve(res.statusCode ?? 0); });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('sign-in from many addresses', () => {
  it('closes one account to sign-in after five times the limit of attempts, whichever addresses they come from', async () => {
    const server = await startTestServer('sqlite', { env: { CONSENTRY_SIGNIN_LIMIT: '1' } });
    try {
      const net = await seedWebNetwork(server);
      const client = new WebClient(server.url);
      const token = await client.csrfToken('/login');
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push(await postFrom(`127.0.0.${10 + i}`, server.url, '/login', { _csrf: token, email: net.ada.email, password: 'wrong-password-123' }, client.cookieHeader()));
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      // Another account is not closed by it.
      expect(await postFrom('127.0.0.40', server.url, '/login', { _csrf: token, email: net.bo.email, password: PASSWORD }, client.cookieHeader())).toBe(303);
    } finally {
      await server.close();
    }
  });
});

describe('secure cookies', () => {
  it('marks the session cookie Secure when configured to', async () => {
    const server = await startTestServer('sqlite', { env: { CONSENTRY_SECURE_COOKIES: 'always' } });
    try {
      await seedWebNetwork(server);
      const client = new WebClient(server.url);
      const token = await client.csrfToken('/login');
      const response = await client.request('POST', '/login', { form: { _csrf: token, email: 'ada@example.org', password: PASSWORD } });
      expect(response.headers.getSetCookie().find((c) => c.startsWith('consentry_session='))).toMatch(/; Secure/i);
    } finally {
      await server.close();
    }
  });
});
