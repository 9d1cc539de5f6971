// One measured step of the consent-core benchmark, run in its own process so its peak RSS is its own.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { fixedClock, systemClock } from '../src/domain/clock.js';
import { buildDataset } from '../src/pipeline/dataset/build-dataset.command.js';
import { decideMember } from '../src/pipeline/decide-member.command.js';
import { importRecords } from '../src/pipeline/import/import-records.command.js';
import { readLines } from '../src/pipeline/import/jsonl-lines.js';
import { resolvePolicy } from '../src/pipeline/resolve-policy.js';
import type { Purpose } from '../src/schema/purposes.js';
import { parseInstant, type Instant } from '../src/schema/time.js';
import { openStore } from '../src/store/open-store.js';

const [step, a = '', b = '', c = ''] = process.argv.slice(2);

function peakRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function bare(input: string, output: string) {
  const started = performance.now();
  const out = createWriteStream(output);
  let lines = 0;
  for await (const chunk of readLines(createReadStream(input))) {
    let text = '';
    for (const line of chunk) {
      if (line.text === '') continue;
      text += `${JSON.stringify(JSON.parse(line.text))}\n`;
      lines += 1;
    }
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => { resolve(); }));
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return { seconds: (performance.now() - started) / 1000, lines, bytes: statSync(input).size };
}

async function importStep(input: string, db: string) {
  const store = await openStore(db);
  const started = performance.now();
  const summary = await importRecords({ ctx: { store, clock: systemClock, actor: 'bench' }, input: createReadStream(input), source: input });
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return { seconds, lines: summary.lines, bytes: statSync(input).size, added: summary.added };
}

async function buildStep(db: string, out: string, policyName: string) {
  const store = await openStore(db);
  const started = performance.now();
  const manifest = await buildDataset({
    ctx: { store, clock: systemClock, actor: 'bench' },
    request: { purpose: 'train-genai', at: parseInstant('2026-10-31T00:00:00Z') as Instant, shared: false, recipients: [], policy: await resolvePolicy(policyName, process.cwd()), outDir: out, operator: 'replace' },
  });
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return { seconds, considered: manifest.counts.considered, included: manifest.counts.included, outputBytes: manifest.files[0]?.bytes ?? 0, excluded: manifest.counts.excluded };
}

/**
 * A prepared point read by member id straight on the driver: better-sqlite3 (synchronous, so the floor
 * carries no promise), or pg with a named statement.
 */
async function rawPointReader(db: string): Promise<{ read: (id: string) => unknown; close: () => Promise<void> }> {
  if (!db.startsWith('postgres')) {
    const connection = new SQLite(db, { readonly: true });
    const statement = connection.prepare('select * from members where id = ?');
    return { read: (id) => statement.get(id), close: () => Promise.resolve(void connection.close()) };
  }
  const url = new URL(db);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString(), ...(schema === null ? {} : { options: `-c search_path=${schema}` }) });
  await client.connect();
  return { read: (id) => client.query({ name: 'point-read', text: 'select * from members where id = $1', values: [id] }), close: () => client.end() };
}

async function decideStep(db: string, samples: number) {
  const store = await openStore(db);
  const ids = (await store.db.selectFrom('members').select('id').orderBy('id').execute()).map((r) => r.id);
  const pick = Array.from({ length: samples }, (_, i) => ids[(i * 7919) % ids.length] ?? '');
  const policy = await resolvePolicy(undefined, process.cwd());
  const ctx = { store, clock: fixedClock(parseInstant('2026-10-31T00:00:00Z') as Instant), actor: 'bench' };
  const purposes: Purpose[] = ['train-ai', 'train-genai', 'share-affiliates'];
  const pointRead = async () => {
    const started = performance.now();
    for (const id of pick) await store.db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst();
    return ((performance.now() - started) * 1000) / pick.length;
  };
  // The floor under any store call: a prepared read with no query builder at all.
  const raw = await rawPointReader(db);
  const rawPointRead = async () => {
    const started = performance.now();
    for (const id of pick) {
      const pending = raw.read(id);
      if (pending instanceof Promise) await pending;
    }
    return ((performance.now() - started) * 1000) / pick.length;
  };
  const decide = async () => {
    const started = performance.now();
    for (const [i, id] of pick.entries()) await decideMember({ ctx, memberId: id, purpose: purposes[i % 3] ?? 'train-ai', policy });
    return ((performance.now() - started) * 1000) / pick.length;
  };
  // Warm both paths, then alternate rounds so neither benefits from running second.
  await pointRead();
  await decide();
  await rawPointRead();
  const reads: number[] = [];
  const decides: number[] = [];
  const rawReads: number[] = [];
  for (let round = 0; round < 5; round++) {
    reads.push(await pointRead());
    decides.push(await decide());
    rawReads.push(await rawPointRead());
  }
  await raw.close();
  await store.close();
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
  return { samples, pointReadMicros: median(reads), rawPointReadMicros: median(rawReads), decideMicros: median(decides), ratio: median(decides) / median(reads), ratioToRaw: median(decides) / median(rawReads) };
}

const result =
  step === 'bare' ? await bare(a, b)
  : step === 'import' ? await importStep(a, b)
  : step === 'build' ? await buildStep(a, b, c === '' ? 'privacy-first' : c)
  : step === 'decide' ? await decideStep(a, Number(b === '' ? '2000' : b))
  : null;
if (result === null) throw new Error(`unknown step ${step ?? ''}`);
const cpu = process.cpuUsage();
process.stdout.write(`${JSON.stringify({ ...result, cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100, peakRssMB: peakRssMB() })}\n`);
