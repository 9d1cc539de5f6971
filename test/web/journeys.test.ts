// Every member journey in a real browser (Debian's Chromium): sign in, the switches with and without
// JavaScript, GPC, objections, a non-member's objection, delegates, usage and report, forbidden access.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_AVAILABLE, launchBrowser, watchCsp } from '../support/browser.js';
import { PASSWORD, seedWebNetwork, type WebNetwork } from '../support/web-fixtures.js';
import { startTestServer, type TestServer } from '../support/web-server.js';

const LABELS = { 'train-genai': 'Data for Generative AI Improvement', 'train-ai': 'Data for other AI models', 'share-affiliates': 'Share my data with affiliates' } as const;

describe.skipIf(!CHROMIUM_AVAILABLE)('member journeys in Chromium', () => {
  let server: TestServer;
  let net: WebNetwork;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const cspReports: string[] = [];

  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { CONSENTRY_SIGNIN_LIMIT: '200' } });
    net = await seedWebNetwork(server);
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    expect(cspReports.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  async function open(options: { javaScriptEnabled?: boolean; extraHTTPHeaders?: Record<string, string> } = {}): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.url, ...options });
    contexts.push(context);
    const page = await context.newPage();
    cspReports.push(...watchCsp(page));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspReports.push(m.text());
    });
    return page;
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto('/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
  }

  const consentEvents = (memberId: string) => server.store.db.selectFrom('consent_events').selectAll().where('member_id', '=', memberId).orderBy('seq').execute();

  it('signs in and shows one switch per purpose with its state and why', async () => {
    const page = await open();
    await signIn(page, net.bo.email);
    expect(new URL(page.url()).pathname).toBe('/settings/data-privacy');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Data privacy');
    for (const label of Object.values(LABELS)) {
      const control = page.getByRole('switch', { name: label });
      expect(await control.getAttribute('aria-checked')).toBe('false');
      const description = await control.getAttribute('aria-describedby');
      expect(await page.locator(`#${description!}`).textContent()).toBe('Off. In Sweden this is only used if you turn it on, and you have not.');
    }
  });

  it('refuses a wrong password in the page', async () => {
    const page = await open();
    await page.goto('/login');
    await page.getByLabel('Email').fill(net.bo.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Wrong e-mail address or password.');
  });

  it('changes each switch with JavaScript: saved in place, announced, in force, and still so after a reload', async () => {
    const page = await open();
    await signIn(page, net.bo.email);
    for (const [purpose, label] of Object.entries(LABELS)) {
      const control = page.getByRole('switch', { name: label });
      await control.click();
      await expect.poll(() => control.getAttribute('aria-checked')).toBe('true');
      expect(await page.locator('#live').textContent()).toBe(`Saved. “${label}” is now on.`);
      expect(new URL(page.url()).search).toBe('');
      const events = await consentEvents(net.bo.id);
      expect(events.at(-1)).toMatchObject({ purpose, value: 'granted', source: 'member', actor: `member:${net.bo.id}` });
    }
    await page.reload();
    for (const label of Object.values(LABELS)) expect(await page.getByRole('switch', { name: label }).getAttribute('aria-checked')).toBe('true');
    // Turning the broader purpose off turns generative training off as well, live.
    await page.getByRole('switch', { name: LABELS['train-ai'] }).click();
    await expect.poll(() => page.getByRole('switch', { name: LABELS['train-genai'] }).getAttribute('aria-checked')).toBe('false');
    expect(await page.locator('#why-train-genai').textContent()).toMatch(/^Off, because “Data for other AI models” is off/);
  });

  it('changes each switch without JavaScript, by plain form posts', async () => {
    const page = await open({ javaScriptEnabled: false });
    await signIn(page, net.eve.email);
    for (const [purpose, label] of Object.entries(LABELS)) {
      const before = await page.getByRole('switch', { name: label }).getAttribute('aria-checked');
      await page.getByRole('switch', { name: label }).click();
      await page.waitForURL((url) => url.searchParams.get('saved') === purpose);
      const after = await page.getByRole('switch', { name: label }).getAttribute('aria-checked');
      expect(after).toBe(before === 'true' ? 'false' : 'true');
      expect(await page.locator('#live').textContent()).toMatch(new RegExp(`^Saved\\. “${label}” is now ${after === 'true' ? 'on' : 'off'}`));
    }
    expect((await consentEvents(net.eve.id)).filter((e) => e.source === 'member' && e.actor === `member:${net.eve.id}`)).toHaveLength(3);
  });

  it('records a Global Privacy Control signal once and says so on the page', async () => {
    const page = await open({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
    await signIn(page, net.ada.email);
    await page.reload();
    expect(await page.getByRole('region', { name: 'Privacy signals from your browser' }).textContent()).toContain('We received a Global Privacy Control signal (Sec-GPC: 1) from your browser');
    expect(await page.getByRole('switch', { name: LABELS['train-ai'] }).getAttribute('aria-checked')).toBe('false');
    expect(await page.getByRole('switch', { name: LABELS['share-affiliates'] }).getAttribute('aria-checked')).toBe('false');
    await page.goto('/settings/data-usage');
    await page.goto('/settings/data-privacy');
    expect((await consentEvents(net.ada.id)).filter((e) => e.source === 'gpc').map((e) => e.purpose)).toEqual(['share-affiliates', 'train-ai']);
  });

  it('files an objection that takes effect at once', async () => {
    const page = await open();
    await signIn(page, net.ada.email);
    await page.getByRole('link', { name: 'Object to a use' }).click();
    await page.getByLabel(LABELS['train-genai']).check();
    await page.getByLabel('Why do you object? (optional)').fill('My writing is my own.');
    await page.getByRole('button', { name: 'Object' }).click();
    expect(await page.getByRole('status').first().textContent()).toMatch(/Your objection was recorded on .* and is in force now: “Data for Generative AI Improvement” is off\./);
    expect(await page.getByRole('region', { name: 'Objections on record' }).textContent()).toContain('you objected to “Data for Generative AI Improvement” — “My writing is my own.”');
    await page.getByRole('link', { name: 'Data privacy' }).click();
    expect(await page.locator('#why-train-genai').textContent()).toMatch(/You objected to this use on/);
  });

  it('takes a non-member’s objection without an account', async () => {
    const page = await open();
    await page.goto('/');
    await page.getByRole('link', { name: 'Not a member? Object to the use of your data' }).click();
    await page.getByLabel('Name').fill('Ravi Iyer');
    await page.getByLabel('E-mail').fill('ravi@example.net');
    await page.getByLabel('Handles (one per line, optional)').fill('@ravi_i\nravi.photos');
    await page.getByLabel('Links to the content (one per line, optional)').fill('https://network.example/posts/7');
    await page.getByRole('button', { name: 'Send objection' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('We received your objection');
    const reference = await page.locator('.notice code').textContent();
    const request = await server.store.db.selectFrom('requests').selectAll().where('id', '=', reference!).executeTakeFirstOrThrow();
    expect(JSON.parse(request.handles)).toEqual(['@ravi_i', '@ravi.photos']);
    const suppressed = await server.store.db.selectFrom('suppression_list').selectAll().where('id', '=', request.suppression_ref!).executeTakeFirstOrThrow();
    expect(suppressed.name).toBe('Ravi Iyer');
  });

  it('shows a refused non-member objection with each problem', async () => {
    const page = await open();
    await page.goto('/object');
    await page.getByLabel('Name').fill('Ravi Iyer');
    await page.getByLabel('E-mail').fill('ravi@example.net');
    await page.getByLabel('Links to the content (one per line, optional)').fill('ftp://old.example/file');
    await page.getByRole('button', { name: 'Send objection' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('each link must be a web address starting with https://');
    expect(await page.getByLabel('Name').inputValue()).toBe('Ravi Iyer');
  });

  it('lets a delegate act for the member, and every action shows who acted', async () => {
    const page = await open();
    await signIn(page, net.agent.email);
    expect(new URL(page.url()).pathname).toBe('/delegate');
    await page.getByRole('link', { name: 'Data privacy for Fay Moreau' }).click();
    expect(await page.getByRole('note', { name: 'Acting for another member' }).textContent()).toMatch(/You are acting for\s+Fay Moreau\s+as their authorised agent/);
    const control = page.getByRole('switch', { name: LABELS['train-ai'] });
    expect(await control.getAttribute('aria-checked')).toBe('true');
    await control.click();
    await expect.poll(() => control.getAttribute('aria-checked')).toBe('false');
    expect(await page.locator('#why-train-ai').textContent()).toMatch(/^Off\. You turned this off on /);
    const event = (await consentEvents(net.fay.id)).at(-1)!;
    const account = await server.store.db.selectFrom('accounts').select('id').where('email', '=', net.agent.email).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ purpose: 'train-ai', value: 'denied', source: 'delegate', actor: `delegate:${account.id}` });
    await page.getByRole('link', { name: 'How their data is used' }).click();
    await page.getByRole('link', { name: 'Usage report (readable page)' }).click();
    expect(await page.getByRole('region', { name: 'Every recorded choice' }).textContent()).toContain('you turned off “Data for other AI models”');

    const legacy = await open();
    await signIn(legacy, net.legacyContact.email);
    await legacy.goto(`/settings/data-privacy?member=${net.dee.id}`);
    for (const label of Object.values(LABELS)) expect(await legacy.getByRole('switch', { name: label }).isDisabled()).toBe(true);
    expect(await legacy.locator('#why-train-ai').textContent()).toBe('Off. The member has died, so their content is no longer used.');
    await legacy.getByRole('link', { name: 'Object to a use' }).click();
    await legacy.getByLabel(LABELS['share-affiliates']).check();
    await legacy.getByRole('button', { name: 'Object' }).click();
    expect(await legacy.getByRole('region', { name: 'Objections on record' }).textContent()).toContain('you objected to “Share my data with affiliates”');
  });

  it('shows how the data is used, with a chart, and downloads the report', async () => {
    const page = await open();
    await signIn(page, net.ada.email);
    // Content already used goes on the removal queue once its use is turned off.
    const control = page.getByRole('switch', { name: LABELS['train-ai'] });
    if ((await control.getAttribute('aria-checked')) === 'true') {
      await control.click();
      await expect.poll(() => control.getAttribute('aria-checked')).toBe('false');
    }
    await page.getByRole('link', { name: 'How my data is used' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('How my data is used');
    expect(await page.getByRole('img', { name: 'Your items per dataset' }).count()).toBe(1);
    const table = page.getByRole('region', { name: 'Datasets that hold your content', exact: true });
    expect(await table.textContent()).toContain(net.datasets.shared);
    expect(await table.textContent()).toContain('Affiliate Labs');
    expect(await page.getByRole('region', { name: 'Items queued for removal', exact: true }).textContent()).toContain('1 July 2026');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Usage report (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('consentry-usage-report-m-ada-2026-06-01.json');
    const report = JSON.parse(await readFile(await download.path(), 'utf8')) as { member: { id: string }; usage: { totals: { datasets: number } } };
    expect(report.member.id).toBe(net.ada.id);
    expect(report.usage.totals.datasets).toBe(2);
    const [receipts] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Consent receipts/ }).click()]);
    expect(receipts.suggestedFilename()).toMatch(/^consentry-consent-receipts-m-ada-/);
  });

  it('does not show another member’s data', async () => {
    const page = await open();
    await signIn(page, net.bo.email);
    for (const path of [`/settings/data-privacy?member=${net.ada.id}`, `/settings/data-usage?member=${net.ada.id}`, `/settings/data-usage/report.json?member=${net.ada.id}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    expect(await page.getByText('Ada Byron').count()).toBe(0);
    const api = await page.goto(`/api/v1/members/${net.ada.id}/settings`);
    expect(api?.status()).toBe(404);
    expect(JSON.parse(await page.locator('body').textContent() ?? '{}')).toMatchObject({ code: 'E_NOT_FOUND' });
  });
});
