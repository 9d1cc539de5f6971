// Consent-core benchmark: import and build of a generated network against a bare JSONL pass, and
// `decide` against one indexed point read, all measured in the same run (issue 2 targets).
// BENCH_PG=postgres://… runs the same steps on PostgreSQL (a fresh schema per size) and writes
// consent-core-postgres.json instead.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { machineInfo } from './machine-info.js';

const ROOT = join(import.meta.dirname, '../..');
const WORK = join(ROOT, 'bench/work');
const BIN = join(ROOT, 'bin/consentry.js');
const STEP = join(import.meta.dirname, 'consent-core-step.js');
const SIZES = (process.env['BENCH_MEMBERS'] ?? '10000,100000').split(',').map(Number);
const PG = process.env['BENCH_PG'];

type StepResult = Record<string, unknown> & { seconds: number; peakRssMB: number };

function step(...args: string[]): StepResult {
  const out = execFileSync(process.execPath, [STEP, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as StepResult;
}

function generate(members: number): string {
  const file = join(WORK, `network-${members}.jsonl`);
  if (!existsSync(file)) {
    console.log(`generating ${members} members …`);
    execFileSync(process.execPath, [BIN, 'demo', 'generate', '--members', String(members), '--seed', '42', '--out', file], { stdio: 'inherit' });
  }
  return file;
}

/** Drops and recreates a schema, returning the URL that selects it. */
async function freshSchema(url: string, schema: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
  const selected = new URL(url);
  selected.searchParams.set('schema', schema);
  return selected.toString();
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));
mkdirSync(WORK, { recursive: true });
const runs: Record<string, unknown>[] = [];
let decide: StepResult | null = null;
for (const members of SIZES) {
  const file = generate(members);
  const db = PG === undefined ? join(WORK, `bench-${members}.db`) : await freshSchema(PG, `bench_${members}`);
  if (PG === undefined) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const bare = step('bare', file, join(WORK, 'bare-out.jsonl'));
  console.log(`  ${members} members: bare pass ${round(bare.seconds)} s`);
  const imported = step('import', file, db);
  console.log(`  import ${round(imported.seconds)} s, peak ${imported.peakRssMB} MB`);
  const builds: Record<string, StepResult> = {};
  for (const policy of ['privacy-first', 'linkedin-2024']) {
    const out = join(WORK, `ds-${members}-${policy}`);
    rmSync(out, { recursive: true, force: true });
    builds[policy] = step('build', db, out, policy);
    console.log(`  build (${policy}) ${round(builds[policy].seconds)} s, peak ${builds[policy].peakRssMB} MB`);
    rmSync(out, { recursive: true, force: true });
  }
  const lines = Number(bare['lines']);
  const bytes = Number(bare['bytes']);
  const items = Number(builds['privacy-first']?.['considered']);
  const worstBuild = Math.max(...Object.values(builds).map((b) => b.seconds));
  runs.push({
    members,
    lines,
    items,
    fileMB: round(bytes / 1e6, 1),
    bare: { seconds: round(bare.seconds), linesPerSecond: Math.round(lines / bare.seconds), MBPerSecond: round(bytes / 1e6 / bare.seconds, 1), peakRssMB: bare.peakRssMB },
    import: { seconds: round(imported.seconds), linesPerSecond: Math.round(lines / imported.seconds), MBPerSecond: round(bytes / 1e6 / imported.seconds, 1), peakRssMB: imported.peakRssMB, ratioToBare: round(imported.seconds / bare.seconds) },
    build: Object.fromEntries(
      Object.entries(builds).map(([policy, b]) => [
        policy,
        { seconds: round(b.seconds), itemsPerSecond: Math.round(items / b.seconds), included: b['included'], outputMBPerSecond: round(Number(b['outputBytes']) / 1e6 / b.seconds, 1), peakRssMB: b.peakRssMB, ratioToBare: round(b.seconds / bare.seconds) },
      ]),
    ),
    worstBuildRatioToBare: round(worstBuild / bare.seconds),
  });
  if (members === Math.max(...SIZES)) {
    decide = step('decide', db, '2000');
    console.log(`  decide ${round(Number(decide['decideMicros']), 1)} µs vs point read ${round(Number(decide['pointReadMicros']), 1)} µs`);
  }
}

const largest = runs[runs.length - 1] ?? {};
const smallest = runs[0] ?? {};
const peak = (r: Record<string, unknown>) => {
  const build = r['build'] as Record<string, { peakRssMB: number }>;
  const imported = r['import'] as { peakRssMB: number };
  return Math.max(imported.peakRssMB, ...Object.values(build).map((b) => b.peakRssMB));
};
const result = {
  benchmark: 'consent-core',
  date: new Date().toISOString(),
  machine: machineInfo(),
  database: PG === undefined ? 'sqlite' : 'postgres',
  note: 'Each step runs in its own process; peak RSS is that process’s maxRSS. Builds use train-genai at 2026-10-31 with redaction (replace). Ratios are against the bare pass (read, parse, stringify, write) over the same JSONL in the same run. decide.ratio is against a point read by primary key through the same store (Kysely over the driver); decide.ratioToRaw against a prepared read straight on the driver (better-sqlite3, or a named pg statement), the floor under any store call.',
  runs,
  decide: decide === null ? null : { ...decide, decideMicros: round(Number(decide['decideMicros']), 1), pointReadMicros: round(Number(decide['pointReadMicros']), 1), rawPointReadMicros: round(Number(decide['rawPointReadMicros']), 1), ratio: round(Number(decide['ratio'])), ratioToRaw: round(Number(decide['ratioToRaw'])) },
  targets: {
    buildWithin4xBare: { target: 4, measured: largest['worstBuildRatioToBare'], met: Number(largest['worstBuildRatioToBare']) <= 4 },
    peakMemoryMB: { target: 300, measured: peak(largest), met: peak(largest) <= 300 },
    memoryFlat: { smallMB: peak(smallest), largeMB: peak(largest), growth: round(peak(largest) / peak(smallest)) },
    decideWithin2xPointRead: { target: 2, measured: decide === null ? null : round(Number(decide['ratio'])), met: decide !== null && Number(decide['ratio']) <= 2 },
  },
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, `bench/results/consent-core${PG === undefined ? '' : '-postgres'}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result.targets, null, 2));
