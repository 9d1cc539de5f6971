// Seeds an empty database with a demo network, datasets built from it, and demo logins.
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { Role } from '../../schema/accounts.js';
import { parseInstant, type Instant } from '../../schema/time.js';
import { addStaffAccount } from '../accounts/add-account.command.js';
import { addDelegate } from '../accounts/add-delegate.command.js';
import { setMemberPassword } from '../accounts/set-member-password.command.js';
import { buildDataset } from '../dataset/build-dataset.command.js';
import { importRecords } from '../import/import-records.command.js';
import type { PipelineContext } from '../pipeline-context.js';
import { registerTrainingRun } from '../register-training-run.command.js';
import { resolvePolicy } from '../resolve-policy.js';
import { wellFormedMembers } from './generate-network.js';
import { networkJsonl } from './network-jsonl.js';

/** A login printed at start-up. */
export interface DemoLogin {
  readonly role: Role;
  readonly email: string;
  readonly password: string;
  /** Who it is, in a few words (member name and country, or whom a delegate acts for). */
  readonly who: string;
}

/** The demo network's size and seed; small enough to seed in a few seconds. */
export const DEMO_NETWORK = { members: 400, seed: 2024 } as const;

/** Every demo login shares this password; it is printed, so it protects nothing but a typo. */
const DEMO_PASSWORD = 'consentry-demo';

const STAFF: readonly { role: Exclude<Role, 'member' | 'delegate'>; email: string; name: string }[] = [
  { role: 'privacy-officer', email: 'privacy.officer@demo.consentry.test', name: 'Priya Officer' },
  { role: 'ml-engineer', email: 'ml.engineer@demo.consentry.test', name: 'Mo Engineer' },
  { role: 'auditor', email: 'auditor@demo.consentry.test', name: 'Aud Itor' },
];

const DELEGATE = { email: 'legacy.contact@demo.consentry.test', name: 'Lee Legacy' };

async function demoLogins(ctx: PipelineContext): Promise<DemoLogin[]> {
  const members = wellFormedMembers(DEMO_NETWORK.seed, DEMO_NETWORK.members).map((m) => ({ role: 'member' as const, email: m.email, password: DEMO_PASSWORD, who: `${m.name} (${m.id}, ${m.country})` }));
  const deceased = await deceasedMember(ctx);
  const delegate: DemoLogin[] = deceased === null ? [] : [{ role: 'delegate', email: DELEGATE.email, password: DEMO_PASSWORD, who: `legacy contact of ${deceased.name} (${deceased.id})` }];
  return [...members, ...delegate, ...STAFF.map((s) => ({ role: s.role, email: s.email, password: DEMO_PASSWORD, who: s.name }))];
}

async function deceasedMember(ctx: PipelineContext): Promise<{ id: string; name: string } | null> {
  const row = await ctx.store.db
    .selectFrom('status_events')
    .innerJoin('members', 'members.id', 'status_events.member_id')
    .select(['members.id', 'members.name'])
    .where('status_events.status', '=', 'deceased')
    .orderBy('members.id')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Seeds the demo when the database has no members: imports a generated network; builds two datasets
 * (the 2024 policy's opt-out generative training, shared with an affiliate and used by a training
 * run; and a privacy-first one) so "How my data is used" has a history to show; and enables the
 * demo logins (members, a delegate for a deceased member, staff). On a database it seeded before,
 * only returns the logins; on any other non-empty database, none.
 */
export async function seedDemoIfEmpty(props: { ctx: PipelineContext; datasetsDir: string }): Promise<{ seeded: boolean; logins: DemoLogin[] }> {
  const { ctx, datasetsDir } = props;
  const marker = await ctx.store.db.selectFrom('counters').select('value').where('name', '=', 'demo_seed').executeTakeFirst();
  if (marker !== undefined) return { seeded: false, logins: await demoLogins(ctx) };
  const anyMember = await ctx.store.db.selectFrom('members').select('id').limit(1).executeTakeFirst();
  if (anyMember !== undefined) return { seeded: false, logins: [] };

  await importRecords({ ctx, input: Readable.from(networkJsonl(DEMO_NETWORK)), source: `demo network (${DEMO_NETWORK.members} members, seed ${DEMO_NETWORK.seed})` });
  const snapshot = parseInstant('2026-10-31T00:00:00Z') as Instant;
  const stamp = ctx.clock.now().replace(/[^0-9]/g, '').slice(0, 14);
  const shared = await buildDataset({
    ctx,
    request: { purpose: 'train-genai', at: snapshot, shared: true, recipients: ['Example Affiliate AI Lab'], policy: await resolvePolicy('linkedin-2024', process.cwd()), outDir: join(datasetsDir, `demo-${stamp}-linkedin-2024-train-genai`), operator: 'replace' },
  });
  await buildDataset({
    ctx,
    request: { purpose: 'train-ai', at: snapshot, shared: false, recipients: [], policy: await resolvePolicy('privacy-first', process.cwd()), outDir: join(datasetsDir, `demo-${stamp}-privacy-first-train-ai`), operator: 'replace' },
  });
  await registerTrainingRun({ ctx, datasetIds: [shared.datasetId], model: 'writing-assistant-2026-11', recipient: 'Example Affiliate AI Lab', startedAt: parseInstant('2026-11-02T09:00:00Z') as Instant });

  for (const member of wellFormedMembers(DEMO_NETWORK.seed, DEMO_NETWORK.members)) await setMemberPassword({ ctx, memberId: member.id, password: DEMO_PASSWORD });
  const deceased = await deceasedMember(ctx);
  if (deceased !== null) await addDelegate({ ctx, email: DELEGATE.email, name: DELEGATE.name, password: DEMO_PASSWORD, memberId: deceased.id, kind: 'legacy-contact' });
  for (const staff of STAFF) await addStaffAccount({ ctx, email: staff.email, role: staff.role, name: staff.name, password: DEMO_PASSWORD });
  await sql`insert into counters (name, value) values ('demo_seed', ${DEMO_NETWORK.seed})`.execute(ctx.store.db);
  return { seeded: true, logins: await demoLogins(ctx) };
}
