// A small network for the web and API tests: members in different regimes, a deceased member with a legacy contact,
// staff with tokens, and two datasets built for real, so every page has something true to show.
import { join } from 'node:path';
import { addDelegate } from '../../src/pipeline/accounts/add-delegate.command.js';
import { addStaffAccount } from '../../src/pipeline/accounts/add-account.command.js';
import { issueApiToken } from '../../src/pipeline/accounts/issue-api-token.command.js';
import { setMemberPassword } from '../../src/pipeline/accounts/set-member-password.command.js';
import { buildDataset } from '../../src/pipeline/dataset/build-dataset.command.js';
import { importRecords } from '../../src/pipeline/import/import-records.command.js';
import type { PipelineContext } from '../../src/pipeline/pipeline-context.js';
import { registerTrainingRun } from '../../src/pipeline/register-training-run.command.js';
import { resolvePolicy } from '../../src/pipeline/resolve-policy.js';
import { parseInstant, type Instant } from '../../src/schema/time.js';
import { consentRecord, contentRecord, jsonlStream, memberRecord, statusRecord } from './record-factory.js';
import type { TestServer } from './web-server.js';

/** The password of every member and delegate login in the fixture. */
export const PASSWORD = 'correct-horse-battery';

/** Who is who in the fixture network. */
export interface WebNetwork {
  /** Californian who granted everything; content in both datasets. */
  readonly ada: { id: string; email: string };
  /** Swede who granted nothing (opt-in region). */
  readonly bo: { id: string; email: string };
  /** German who granted only "other AI models". */
  readonly eve: { id: string; email: string };
  /** A member who died; Lee is their legacy contact. */
  readonly dee: { id: string };
  /** A member who cannot act; Alex is their authorised agent. */
  readonly fay: { id: string };
  readonly legacyContact: { email: string; name: string };
  readonly agent: { email: string; name: string };
  readonly staff: Readonly<Record<'privacyOfficer' | 'mlEngineer' | 'auditor', { email: string; token: string }>>;
  /** genai: train-genai in-house; shared: train-ai shared with Affiliate Labs, who trained affiliate-ranker-v3 on it. */
  readonly datasets: { genai: string; shared: string };
}

const GRANTED_AT = '2025-02-01T00:00:00Z';

/** Imports the network, sets logins, issues staff tokens and builds the two datasets (snapshot 2025-06-01) into the server's scratch folder. */
export async function seedWebNetwork(server: Pick<TestServer, 'store' | 'clock' | 'workDir'>): Promise<WebNetwork> {
  const { store, clock } = server;
  const ctx: PipelineContext = { store, clock, actor: 'test' };
  const grants = (memberId: string, purposes: string[]) => purposes.map((p) => consentRecord(`e-${memberId}-${p}`, memberId, p, 'granted', GRANTED_AT));
  await importRecords({
    ctx,
    source: 'web fixture',
    input: jsonlStream([
      memberRecord('m-ada', { name: 'Ada Byron', email: 'ada@example.org' }),
      memberRecord('m-bo', { name: 'Bo Lindqvist', email: 'bo@example.org', country: 'SE', subdivision: undefined }),
      memberRecord('m-eve', { name: 'Eve Weber', email: 'eve@example.org', country: 'DE', subdivision: undefined }),
      memberRecord('m-dee', { name: 'Dee Okafor', email: 'dee@example.org', country: 'GB', subdivision: undefined }),
      memberRecord('m-fay', { name: 'Fay Moreau', email: 'fay@example.org', country: 'FR', subdivision: undefined }),
      contentRecord('c-ada-1', 'm-ada'),
      contentRecord('c-ada-2', 'm-ada', { kind: 'article' }),
      contentRecord('c-ada-3', 'm-ada', { kind: 'comment' }),
      contentRecord('c-bo-1', 'm-bo'),
      contentRecord('c-eve-1', 'm-eve'),
      contentRecord('c-dee-1', 'm-dee'),
      contentRecord('c-fay-1', 'm-fay'),
      ...grants('m-ada', ['train-ai', 'train-genai', 'share-affiliates']),
      ...grants('m-eve', ['train-ai']),
      ...grants('m-dee', ['train-ai', 'train-genai']),
      ...grants('m-fay', ['train-ai', 'train-genai']),
      statusRecord('s-dee', 'm-dee', 'deceased', '2026-01-10T00:00:00Z'),
    ]),
  });
  for (const memberId of ['m-ada', 'm-bo', 'm-eve']) await setMemberPassword({ ctx, memberId, password: PASSWORD });
  await addDelegate({ ctx, email: 'lee@example.org', name: 'Lee Okafor', password: PASSWORD, memberId: 'm-dee', kind: 'legacy-contact' });
  await addDelegate({ ctx, email: 'alex@example.org', name: 'Alex Agent', password: PASSWORD, memberId: 'm-fay', kind: 'authorised-agent' });
  const staff = {} as Record<'privacyOfficer' | 'mlEngineer' | 'auditor', { email: string; token: string }>;
  for (const [key, role, email] of [
    ['privacyOfficer', 'privacy-officer', 'po@example.org'],
    ['mlEngineer', 'ml-engineer', 'ml@example.org'],
    ['auditor', 'auditor', 'audit@example.org'],
  ] as const) {
    await addStaffAccount({ ctx, email, role, password: PASSWORD });
    staff[key] = { email, token: (await issueApiToken({ ctx, email })).token };
  }
  const snapshot = parseInstant('2025-06-01T00:00:00Z') as Instant;
  const policy = await resolvePolicy('privacy-first', process.cwd());
  const out = server.workDir;
  const genai = await buildDataset({ ctx, request: { purpose: 'train-genai', at: snapshot, shared: false, recipients: [], policy, outDir: join(out, 'genai'), operator: 'replace' } });
  const shared = await buildDataset({ ctx, request: { purpose: 'train-ai', at: snapshot, shared: true, recipients: ['Affiliate Labs'], policy, outDir: join(out, 'shared'), operator: 'replace' } });
  await registerTrainingRun({ ctx, datasetIds: [shared.datasetId], model: 'affiliate-ranker-v3', recipient: 'Affiliate Labs', startedAt: parseInstant('2025-07-01T00:00:00Z') as Instant });
  return {
    ada: { id: 'm-ada', email: 'ada@example.org' },
    bo: { id: 'm-bo', email: 'bo@example.org' },
    eve: { id: 'm-eve', email: 'eve@example.org' },
    dee: { id: 'm-dee' },
    fay: { id: 'm-fay' },
    legacyContact: { email: 'lee@example.org', name: 'Lee Okafor' },
    agent: { email: 'alex@example.org', name: 'Alex Agent' },
    staff,
    datasets: { genai: genai.datasetId, shared: shared.datasetId },
  };
}
