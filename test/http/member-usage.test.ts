// "Was my data used?": usage, the removal queue with its dates, the report (JSON and page) and consent receipts.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/pipeline/dataset/build-dataset.command.js';
import { resolvePolicy } from '../../src/pipeline/resolve-policy.js';
import { parseInstant, type Instant } from '../../src/schema/time.js';
import { PASSWORD, seedWebNetwork, type WebNetwork } from '../support/web-fixtures.js';
import { startTestServer, type TestServer } from '../support/web-server.js';
import { signedInClient, type WebClient } from '../support/web-client.js';
import { DIALECTS } from '../support/test-stores.js';

interface Usage {
  unlearningDays: number;
  datasets: { datasetId: string; purpose: string; items: number; shared: boolean; recipients: string[]; stillEligible: number; pendingRemoval: { contentId: string; reason: string; since: string; removeBy: string }[] }[];
  totals: { datasets: number; items: number; pendingRemoval: number; shared: number };
  optOut: { purpose: string; on: boolean; items: number; removeBy: string }[];
}

describe.each(DIALECTS)('member usage, report and receipts (%s)', (dialect) => {
  let server: TestServer;
  let net: WebNetwork;
  let ada: { client: WebClient; csrf: Record<string, string> };
  beforeAll(async () => {
    server = await startTestServer(dialect);
    net = await seedWebNetwork(server);
    ada = await signedInClient(server.url, net.ada.email, PASSWORD);
  });
  afterAll(async () => server.close());

  it('lists every dataset holding the member’s content, with counts and who received it', async () => {
    const usage = (await ada.client.get(`/api/v1/members/${net.ada.id}/usage`)).json<Usage>();
    expect(usage.totals).toEqual({ datasets: 2, items: 6, pendingRemoval: 0, shared: 1 });
    const byId = new Map(usage.datasets.map((d) => [d.datasetId, d]));
    expect(byId.get(net.datasets.genai)).toMatchObject({ purpose: 'train-genai', items: 3, shared: false, recipients: [] });
    expect(byId.get(net.datasets.shared)).toMatchObject({ purpose: 'train-ai', items: 3, shared: true, recipients: ['Affiliate Labs'], trainingRuns: [expect.objectContaining({ model: 'affiliate-ranker-v3', recipient: 'Affiliate Labs' })] });
    expect(usage.optOut.find((o) => o.purpose === 'train-ai')).toMatchObject({ on: true, items: 6, removeBy: '2026-07-01T12:00:00.000Z' });
    const bo = await signedInClient(server.url, net.bo.email, PASSWORD);
    expect((await bo.client.get(`/api/v1/members/${net.bo.id}/usage`)).json<Usage>().totals.datasets).toBe(0);
  });

  it('after an opt-out, puts the used items on the removal queue with the date they go', async () => {
    server.clock.set('2026-06-02T09:30:00Z');
    ada = await signedInClient(server.url, net.ada.email, PASSWORD);
    await ada.client.request('PUT', `/api/v1/members/${net.ada.id}/settings`, { body: { settings: { 'train-genai': 'denied' } }, headers: ada.csrf });
    server.clock.set('2026-06-05T00:00:00Z');
    // Days later: a new session (the old one has ended).
    ada = await signedInClient(server.url, net.ada.email, PASSWORD);
    const usage = (await ada.client.get(`/api/v1/members/${net.ada.id}/usage`)).json<Usage>();
    const genai = usage.datasets.find((d) => d.datasetId === net.datasets.genai)!;
    expect(genai.stillEligible).toBe(0);
    expect(genai.pendingRemoval.map((p) => p.contentId).sort()).toEqual(['c-ada-1', 'c-ada-2', 'c-ada-3']);
    for (const p of genai.pendingRemoval) expect(p).toMatchObject({ reason: 'opted-out', since: '2026-06-02T09:30:00.000Z', removeBy: '2026-07-02T09:30:00.000Z' });
    expect(usage.datasets.find((d) => d.datasetId === net.datasets.shared)!.pendingRemoval).toEqual([]);
    const page = await ada.client.get('/settings/data-usage');
    expect(page.text).toContain('3 items are queued for removal.');
    expect(page.text).toContain('2 July 2026');
    expect(page.text).toContain('<svg role="img"');
  });

  it('offers the report as JSON and as a readable page, with every choice and who made it', async () => {
    const report = (await ada.client.get(`/api/v1/members/${net.ada.id}/report`)).json<{ format: string; history: { by: string; purposes: string[]; value: string }[]; usage: Usage }>();
    expect(report.format).toBe('consentry-usage-report/1');
    expect(report.history.at(-1)).toMatchObject({ by: 'you', purposes: ['train-genai'], value: 'denied' });
    expect(report.usage.totals.pendingRemoval).toBe(3);
    const download = await ada.client.get('/settings/data-usage/report.json');
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="consentry-usage-report-m-ada-2026-06-05.json"; filename*=UTF-8''consentry-usage-report-m-ada-2026-06-05.json`);
    expect(download.json<{ member: { id: string } }>().member.id).toBe(net.ada.id);
    const page = await ada.client.get('/settings/data-usage/report');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Usage report for Ada Byron');
    expect(page.text).toContain('you turned off “Data for Generative AI Improvement”');
  });

  it('issues a consent receipt per recorded choice with the Kantara v1.1 fields', async () => {
    const body = (await ada.client.get(`/api/v1/members/${net.ada.id}/receipts`)).json<{ receipts: Record<string, unknown>[] }>();
    expect(body.receipts.length).toBe(4);
    const receipt = body.receipts.at(-1)!;
    for (const field of ['version', 'jurisdiction', 'consentTimestamp', 'collectionMethod', 'consentReceiptID', 'piiPrincipalId', 'piiControllers', 'policyUrl', 'services', 'sensitive', 'spiCat']) {
      expect(receipt, field).toHaveProperty(field);
    }
    expect(receipt).toMatchObject({ version: 'KI-CR-v1.1.0', jurisdiction: 'US-CA', piiPrincipalId: net.ada.id, iso27560: { consentStatus: 'withdrawn', purposeIds: ['train-genai'], recordedBy: 'you' } });
    const download = await ada.client.get('/settings/data-usage/receipts.json');
    expect(download.headers.get('content-disposition')).toMatch(/attachment/);
    expect(download.json<{ receipts: unknown[] }>().receipts).toHaveLength(4);
  });

  it('offers to say no explicitly where content is still used under a policy that did not need a yes', async () => {
    const snapshot = parseInstant('2025-12-01T00:00:00Z') as Instant;
    const out = join(server.workDir, 'linkedin');
    const built = await buildDataset({ ctx: { store: server.store, clock: server.clock, actor: 'test' }, request: { purpose: 'train-ai', at: snapshot, shared: false, recipients: [], policy: await resolvePolicy('linkedin-2024', process.cwd()), outDir: out, operator: 'replace' } });
    const bo = await signedInClient(server.url, net.bo.email, PASSWORD);
    const before = (await bo.client.get(`/api/v1/members/${net.bo.id}/usage`)).json<Usage>();
    expect(before.datasets.map((d) => d.datasetId)).toEqual([built.datasetId]);
    expect(before.optOut.find((o) => o.purpose === 'train-ai')).toMatchObject({ on: false, items: 1 });
    const page = await bo.client.get('/settings/data-usage');
    expect(page.text).toContain('built under a policy that did not need your yes');
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const said = await bo.client.request('POST', '/settings/data-privacy', { form: { _csrf: token, purpose: 'train-ai', value: 'denied', return: 'usage' } });
    expect(said.headers.get('location')).toBe('/settings/data-usage?saved=train-ai#optout-heading');
    const after = (await bo.client.get(`/api/v1/members/${net.bo.id}/usage`)).json<Usage>();
    expect(after.datasets[0]!.pendingRemoval).toEqual([expect.objectContaining({ contentId: 'c-bo-1', reason: 'opted-out' })]);
    expect((await bo.client.get('/settings/data-usage?saved=train-ai')).text).toContain('Saved: no to “Data for other AI models”. 1 item is now queued for removal.');
  });
});
