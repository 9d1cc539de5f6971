// Every page passes an axe-core scan with no serious or critical violation; with CONSENTRY_SCREENSHOTS=DIR
// the same visit saves a screenshot of each page (that is how docs/screenshots/ is made).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_AVAILABLE, launchBrowser, seriousAxeViolations } from '../support/browser.js';
import { PASSWORD, seedWebNetwork, type WebNetwork } from '../support/web-fixtures.js';
import { startTestServer, type TestServer } from '../support/web-server.js';
import { WebClient } from '../support/web-client.js';

const SCREENSHOTS = process.env['CONSENTRY_SCREENSHOTS'];

describe.skipIf(!CHROMIUM_AVAILABLE)('accessibility of every page (axe-core in Chromium)', () => {
  let server: TestServer;
  let net: WebNetwork;
  let browser: Browser;
  let requestId: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { CONSENTRY_SIGNIN_LIMIT: '200' } });
    net = await seedWebNetwork(server);
    browser = await launchBrowser();
    // Give the pages something to show: an opt-out with items queued, an objection, a non-member request.
    const api = new WebClient(server.url);
    await api.signIn(net.ada.email, PASSWORD);
    const csrf = { 'x-csrf-token': (await api.get('/api/v1/me')).json<{ csrfToken: string }>().csrfToken };
    await api.request('PUT', `/api/v1/members/${net.ada.id}/settings`, { body: { settings: { 'train-genai': 'denied' } }, headers: csrf });
    await api.request('POST', `/api/v1/members/${net.ada.id}/objections`, { body: { purposes: ['share-affiliates'], statement: 'Please do not share my posts.' }, headers: csrf });
    const request = await new WebClient(server.url).request('POST', '/api/v1/requests', { body: { name: 'Ravi Iyer', email: 'ravi@example.net', handles: ['@ravi_i'], links: ['https://network.example/posts/7'] } });
    requestId = request.json<{ requestId: string }>().requestId;
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  async function session(email: string | null, options: { gpc?: boolean } = {}): Promise<Page> {
    // bypassCSP only so that axe can be injected; the journeys test checks the pages under the real CSP.
    const context = await browser.newContext({ baseURL: server.url, bypassCSP: true, viewport: { width: 1200, height: 900 }, ...(options.gpc === true ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {}) });
    const page = await context.newPage();
    if (email !== null) {
      await page.goto('/login');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname !== '/login');
    }
    return page;
  }

  async function check(page: Page, path: string, name: string): Promise<void> {
    await page.goto(path);
    expect(await page.locator('main h1').count(), `${path} has one h1`).toBe(1);
    expect(await seriousAxeViolations(page), path).toEqual([]);
    if (SCREENSHOTS !== undefined) {
      const dir = resolve(SCREENSHOTS);
      mkdirSync(dir, { recursive: true });
      // The API reference is long: its first screen shows what it is.
      await page.screenshot({ path: join(dir, `${name}.png`), fullPage: name !== 'api-reference' });
    }
  }

  it('catches what it should: an unlabelled field and an unnamed switch are serious violations', async () => {
    const page = await session(null);
    await page.setContent('<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1><input type="text"><button role="switch" aria-checked="false"></button></main></body></html>');
    const ids = (await seriousAxeViolations(page)).map((v) => v.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'label']));
    await page.context().close();
  });

  it('pages for visitors who are not signed in', async () => {
    const page = await session(null);
    await check(page, '/login', 'sign-in');
    await check(page, '/object', 'non-member-objection');
    await check(page, `/object/received?request=${requestId}`, 'non-member-objection-received');
    await check(page, '/api/docs', 'api-reference');
    await check(page, '/no-such-page', 'not-found');
    await page.context().close();
  });

  it('a member’s pages', async () => {
    const page = await session(net.ada.email);
    await check(page, '/settings/data-privacy', 'data-privacy');
    await check(page, '/settings/data-usage', 'data-usage');
    await check(page, '/settings/data-usage/report', 'usage-report');
    await check(page, '/settings/objection', 'objection');
    await check(page, `/settings/data-privacy?member=${net.bo.id}`, 'forbidden-other-member');
    await page.context().close();
  });

  it('the data-privacy page after a Global Privacy Control signal', async () => {
    const page = await session(net.eve.email, { gpc: true });
    await check(page, '/settings/data-privacy', 'data-privacy-after-gpc');
    await page.context().close();
  });

  it('a delegate’s pages', async () => {
    const page = await session(net.legacyContact.email);
    await check(page, '/delegate', 'delegate-home');
    await check(page, `/settings/data-privacy?member=${net.dee.id}`, 'delegate-data-privacy');
    await page.context().close();
  });

  it('the staff start page with the request queue', async () => {
    const page = await session(net.staff.privacyOfficer.email);
    await check(page, '/', 'staff-request-queue');
    await page.context().close();
  });
});
