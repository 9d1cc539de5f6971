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
import { median } from './median.js';
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

const ROUNDS = 7;
const WARM_UP_MS = 1500;

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
 * the median round counts. Speed-ups are the median of each round's own ratio: a system and the baseline
 * right after it share a round, so a burst of load on the machine moves both.
 */
function throughput(texts: readonly string[], systems: Record<string, (text: string) => unknown>): { rates: Record<string, number>; rounds: Map<string, number[]> } {
  const names = Object.keys(systems);
  // The optimising compiler settles on the detectors' code only after about a second of work.
  for (const name of names) rate(texts, systems[name] ?? (() => undefined), WARM_UP_MS);
  const rounds = new Map<string, number[]>(names.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of names) rounds.get(name)?.push(rate(texts, systems[name] ?? (() => undefined), (SECONDS * 1000) / ROUNDS));
  }
  const rates: Record<string, number> = {};
  for (const [name, values] of rounds) rates[name] = Math.round(median(values));
  return { rates, rounds };
}

/** The median over rounds of `system`'s speed divided by the baseline's in the same round. */
function pairedSpeedup(rounds: Map<string, number[]>, system: string, baseline: string): number {
  const a = rounds.get(system) ?? [];
  const b = rounds.get(baseline) ?? [];
  return round(median(a.map((x, k) => x / (b[k] ?? NaN))), 2);
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

  // The baseline runs between the two fast systems, so each shares a stretch of the round with it.
  const systems: Record<string, { redact: (t: string) => unknown; detect: (t: string) => readonly Prediction[] }> = {
    'consentry-fast': { redact: (t) => fast.redact(t), detect: (t) => fast.detect(t) },
    'redact-pii': { redact: (t) => baseline.redact(t), detect: (t) => baseline.detect(t) },
    'consentry-fast-100k-directory': { redact: (t) => withDirectory.redact(t), detect: (t) => withDirectory.detect(t) },
    'consentry-thorough': { redact: (t) => thorough.redact(t), detect: (t) => thorough.detect(t) },
  };
  const wnutPath = join(corporaDirectory(ROOT, process.env), 'wnut17-dev.conll');
  const realPosts = existsSync(wnutPath) ? readWnut(wnutPath, 'wnut17-dev').map((t) => t.text) : [];
  const results: Record<string, Record<string, unknown>> = {};
  // Thorough mode takes its turns apart: its NLP library fills the heap with garbage that the systems
  // compared with redact-pii would otherwise collect during their own rounds.
  const redactors = (thoroughToo: boolean) => Object.fromEntries(Object.entries(systems).filter(([name]) => (name === 'consentry-thorough') === thoroughToo).map(([name, s]) => [name, s.redact]));
  const measure = (corpus: readonly string[]) => {
    const compared = throughput(corpus, redactors(false));
    const alone = throughput(corpus, redactors(true));
    return { rates: { ...compared.rates, ...alone.rates }, rounds: compared.rounds };
  };
  const postSpeeds = measure(texts);
  const realSpeeds = realPosts.length === 0 ? undefined : measure(realPosts);
  for (const [name, system] of Object.entries(systems)) {
    const speed = { charsPerSecond: postSpeeds.rates[name] ?? 0 };
    const real = realSpeeds === undefined ? undefined : { charsPerSecond: realSpeeds.rates[name] ?? 0 };
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
  const out = {
    generatedAt: new Date().toISOString(),
    machine: machineInfo(),
    // The machine is shared; a load average above its core count means every number here is low.
    loadAverage: { before: loadBefore, after: loadavg().map((x) => round(x, 2)) },
    corpora: {
      'consentry-posts': { texts: texts.length, averageChars: round(texts.reduce((n, t) => n + t.length, 0) / texts.length, 1), note: 'our labelled posts: nearly every post holds personal data' },
      ...(realPosts.length === 0 ? {} : { 'wnut17-dev': { texts: realPosts.length, averageChars: round(realPosts.reduce((n, t) => n + t.length, 0) / realPosts.length, 1), note: 'real social posts (WNUT-17 dev), mostly without personal data other than names' } }),
    },
    method: `after a warm-up of ${WARM_UP_MS / 1000} s each, the systems take turns (thorough mode in rounds of its own) redacting every post on one core, ${ROUNDS} rounds of ${round(SECONDS / ROUNDS, 2)} s of process CPU time each (not wall time: the machine is shared); a speed is the median round, a speed-up the median of the rounds' own ratios to redact-pii; recall is scored as in eval:redaction`,
    systems: results,
    speedupFastOverRedactPii: {
      posts: pairedSpeedup(postSpeeds.rounds, 'consentry-fast', 'redact-pii'),
      ...(realSpeeds === undefined ? {} : { wnut17Dev: pairedSpeedup(realSpeeds.rounds, 'consentry-fast', 'redact-pii') }),
      postsWith100kDirectory: pairedSpeedup(postSpeeds.rounds, 'consentry-fast-100k-directory', 'redact-pii'),
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
