// Redaction benchmark: characters per second on one core over our labelled posts (and over WNUT-17 dev,
// real posts, when the shared corpora are present), Consentry (fast and thorough, with and without a
// 100,000-member directory) against redact-pii in the same process and run, plus the recall of each on
// our posts and the size of the member index. Writes bench/results/redaction-bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRedactor } from '../src/domain/redaction/create-redactor.js';
import type { KnownPerson } from '../src/domain/redaction/redactor.js';
import { GIVEN_NAMES } from '../src/domain/redaction/lexicon/given-names.js';
import { SURNAMES } from '../src/domain/redaction/lexicon/surnames.js';
import { machineInfo } from './machine-info.js';
import { createBaseline } from './redaction-baseline.js';
import { corporaDirectory, readPostsJsonl, readWnut } from './redaction-corpora.js';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { scoreCorpus, type Prediction } from './redaction-scoring.js';

const ROOT = join(import.meta.dirname, '../..');
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? '3');
const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/** A deterministic directory of `n` members with names from the shipped lists, like a real network's. */
function syntheticMembers(n: number): KnownPerson[] {
  const given = GIVEN_NAMES.split(' ');
  const family = SURNAMES.split(' ');
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  let seed = 42;
  const next = (m: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % m;
  };
  return Array.from({ length: n }, (_, i) => ({ name: `${cap(given[next(given.length)] ?? 'ada')} ${cap(family[next(family.length)] ?? 'byron')}`, email: `member${i}@example.org` }));
}

const ROUNDS = 5;

/** Milliseconds of CPU this process has used (user + system). */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Characters per CPU second of `fn` over the texts during about `ms` milliseconds of CPU (at least one
 * pass). CPU time, not wall time: the machine is shared, and time spent waiting for a core is not the
 * redactor's cost.
 */
function rate(texts: readonly string[], fn: (text: string) => unknown, ms: number): number {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  let passes = 0;
  const started = cpuMs();
  let elapsed = 0;
  while (elapsed < ms || passes < 1) {
    for (const t of texts) fn(t);
    passes++;
    elapsed = cpuMs() - started;
  }
  return (chars * passes) / (elapsed / 1000);
}

/**
 * Characters per second of each system: after a warm-up, the systems take turns in ROUNDS rounds and
 * the median round counts, so a burst of load on the machine hits every system alike.
 */
function throughput(texts: readonly string[], systems: Record<string, (text: string) => unknown>): Record<string, number> {
  const names = Object.keys(systems);
  for (const name of names) rate(texts, systems[name] ?? (() => undefined), 300);
  const rounds = new Map<string, number[]>(names.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of names) rounds.get(name)?.push(rate(texts, systems[name] ?? (() => undefined), (SECONDS * 1000) / ROUNDS));
  }
  const result: Record<string, number> = {};
  for (const [name, rates] of rounds) result[name] = Math.round([...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)] ?? 0);
  return result;
}

/** JavaScript heap plus array buffers (the word table lives in typed arrays, outside the heap). */
function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function main(): void {
  const loadBefore = loadavg().map((x) => round(x, 2));
  const posts = readPostsJsonl(join(ROOT, 'bench', 'corpora', 'consentry-posts.jsonl'));
  const texts = posts.map((p) => p.text);

  const members = syntheticMembers(100_000);
  const before = heapUsed();
  const buildStarted = performance.now();
  const withDirectory = createRedactor({ members, suppressed: [], operator: 'replace', mode: 'fast' });
  const buildMs = performance.now() - buildStarted;
  const heapDelta = heapUsed() - before;

  const fast = createRedactor({ members: [], suppressed: [], operator: 'replace', mode: 'fast' });
  const thorough = createRedactor({ members: [], suppressed: [], operator: 'replace', mode: 'thorough' });
  const baseline = createBaseline();

  const systems: Record<string, { redact: (t: string) => unknown; detect: (t: string) => readonly Prediction[] }> = {
    'consentry-fast': { redact: (t) => fast.redact(t), detect: (t) => fast.detect(t) },
    'consentry-fast-100k-directory': { redact: (t) => withDirectory.redact(t), detect: (t) => withDirectory.detect(t) },
    'consentry-thorough': { redact: (t) => thorough.redact(t), detect: (t) => thorough.detect(t) },
    'redact-pii': { redact: (t) => baseline.redact(t), detect: (t) => baseline.detect(t) },
  };
  const wnutPath = join(corporaDirectory(ROOT, process.env), 'wnut17-dev.conll');
  const realPosts = existsSync(wnutPath) ? readWnut(wnutPath, 'wnut17-dev').map((t) => t.text) : [];
  const results: Record<string, Record<string, unknown>> = {};
  const redactors = Object.fromEntries(Object.entries(systems).map(([name, s]) => [name, s.redact]));
  const postSpeeds = throughput(texts, redactors);
  const realSpeeds = realPosts.length === 0 ? undefined : throughput(realPosts, redactors);
  for (const [name, system] of Object.entries(systems)) {
    const speed = { charsPerSecond: postSpeeds[name] ?? 0 };
    const real = realSpeeds === undefined ? undefined : { charsPerSecond: realSpeeds[name] ?? 0 };
    const score = scoreCorpus(posts, system.detect);
    const recall: Record<string, number | null> = {};
    for (const [type, s] of Object.entries(score.perType)) recall[type] = s.recall;
    results[name] = {
      charsPerSecond: speed.charsPerSecond,
      ...(real === undefined ? {} : { wnut17DevCharsPerSecond: real.charsPerSecond }),
      typeBlindRecall: score.typeBlind.recall,
      typeBlindPrecision: score.typeBlind.precision,
      recall,
    };
    const realText = real === undefined ? '' : `   WNUT-17 dev ${(real.charsPerSecond / 1e6).toFixed(2).padStart(6)} M chars/s`;
    console.log(`${name.padEnd(30)} posts ${(speed.charsPerSecond / 1e6).toFixed(2).padStart(6)} M chars/s${realText}   type-blind recall ${String(score.typeBlind.recall)}`);
  }
  // A bare JSON round trip of the same posts, the yardstick the dataset build is measured against.
  const jsonl = { charsPerSecond: Math.round(rate(texts, (t) => JSON.stringify(JSON.parse(JSON.stringify({ id: 'c1', kind: 'post', text: t })) as unknown), 1000)) };
  const speedOf = (name: string, key: string) => Number(results[name]?.[key] ?? NaN);
  const out = {
    generatedAt: new Date().toISOString(),
    machine: machineInfo(),
    // The machine is shared; a load average above its core count means every number here is low.
    loadAverage: { before: loadBefore, after: loadavg().map((x) => round(x, 2)) },
    corpora: {
      'consentry-posts': { texts: texts.length, averageChars: round(texts.reduce((n, t) => n + t.length, 0) / texts.length, 1), note: 'our labelled posts: nearly every post holds personal data' },
      ...(realPosts.length === 0 ? {} : { 'wnut17-dev': { texts: realPosts.length, averageChars: round(realPosts.reduce((n, t) => n + t.length, 0) / realPosts.length, 1), note: 'real social posts (WNUT-17 dev), mostly without personal data other than names' } }),
    },
    method: `after a warm-up, the systems take turns redacting every post on one core, ${ROUNDS} rounds of ${SECONDS / ROUNDS} s of process CPU time each (not wall time: the machine is shared), and the median round counts; recall is scored as in eval:redaction`,
    systems: results,
    speedupFastOverRedactPii: {
      posts: round(speedOf('consentry-fast', 'charsPerSecond') / speedOf('redact-pii', 'charsPerSecond'), 2),
      ...(realPosts.length === 0 ? {} : { wnut17Dev: round(speedOf('consentry-fast', 'wnut17DevCharsPerSecond') / speedOf('redact-pii', 'wnut17DevCharsPerSecond'), 2) }),
      postsWith100kDirectory: round(speedOf('consentry-fast-100k-directory', 'charsPerSecond') / speedOf('redact-pii', 'charsPerSecond'), 2),
    },
    jsonRoundTripCharsPerSecond: jsonl.charsPerSecond,
    memberIndex: { members: members.length, buildMs: Math.round(buildMs), tableBytes: withDirectory.indexBytes, heapDeltaBytes: heapDelta },
  };
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'redaction-bench.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`fast is ${JSON.stringify(out.speedupFastOverRedactPii)}× redact-pii; 100k-member index: ${out.memberIndex.buildMs} ms, table ${(withDirectory.indexBytes / 2 ** 20).toFixed(1)} MiB, heap +${(heapDelta / 2 ** 20).toFixed(1)} MiB`);
  console.log('wrote bench/results/redaction-bench.json');
}

main();
