// Seeds an empty database with a demo network, two datasets built from it, and demo logins.
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { parseInstant, type Instant } from '../../schema/time.js';
import { buildDataset } from '../dataset/build-dataset.command.js';
import { importRecords } from '../import/import-records.command.js';
import type { PipelineContext } from '../pipeline-context.js';
import { resolvePolicy } from '../resolve-policy.js';
import { wellFormedMembers } from './generate-network.js';
import { networkJsonl } from './network-jsonl.js';

/** A member login printed at start-up. */
export interface DemoLogin {
  readonly memberId: string;
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly country: string;
}

/** The demo network's size and seed; small enough to seed in a second or two. */
export const DEMO_NETWORK = { members: 400, seed: 2024 } as const;

/** Every demo login shares this password; it is printed, so it protects nothing but a typo. */
const DEMO_PASSWORD = 'consentry-demo';

function demoLogins(): DemoLogin[] {
  return wellFormedMembers(DEMO_NETWORK.seed, DEMO_NETWORK.members).map((m) => ({ memberId: m.id, name: m.name, email: m.email, password: DEMO_PASSWORD, country: m.country }));
}

/**
 * Seeds the demo when the database has no members: imports a generated network, builds two
 * datasets (the 2024 policy's opt-out generative training, shared with an affiliate; and a
 * privacy-first one) so "How my data is used" has a history to show, and sets demo passwords.
 * On a database it seeded before, only returns the logins.
 */
export async function seedDemoIfEmpty(props: {
  ctx: PipelineContext;
  datasetsDir: string;
  setPassword: (memberId: string, password: string) => Promise<void>;
}): Promise<{ seeded: boolean; logins: DemoLogin[] }> {
  const { ctx, datasetsDir, setPassword } = props;
  const marker = await ctx.store.db.selectFrom('counters').select('value').where('name', '=', 'demo_seed').executeTakeFirst();
  if (marker !== undefined) return { seeded: false, logins: demoLogins() };
  const anyMember = await ctx.store.db.selectFrom('members').select('id').limit(1).executeTakeFirst();
  if (anyMember !== undefined) return { seeded: false, logins: [] };

  await importRecords({ ctx, input: Readable.from(networkJsonl(DEMO_NETWORK)), source: `demo network (${DEMO_NETWORK.members} members, seed ${DEMO_NETWORK.seed})` });
  const snapshot = parseInstant('2026-10-31T00:00:00Z') as Instant;
  const stamp = ctx.clock.now().replace(/[^0-9]/g, '').slice(0, 14);
  await buildDataset({
    ctx,
    request: { purpose: 'train-genai', at: snapshot, shared: true, recipients: ['Example Affiliate AI Lab'], policy: await resolvePolicy('linkedin-2024', process.cwd()), outDir: join(datasetsDir, `demo-${stamp}-linkedin-2024-train-genai`), operator: 'replace' },
  });
  await buildDataset({
    ctx,
    request: { purpose: 'train-ai', at: snapshot, shared: false, recipients: [], policy: await resolvePolicy('privacy-first', process.cwd()), outDir: join(datasetsDir, `demo-${stamp}-privacy-first-train-ai`), operator: 'replace' },
  });
  const logins = demoLogins();
  for (const login of logins) await setPassword(login.memberId, login.password);
  await sql`insert into counters (name, value) values ('demo_seed', ${DEMO_NETWORK.seed})`.execute(ctx.store.db);
  return { seeded: true, logins };
}
