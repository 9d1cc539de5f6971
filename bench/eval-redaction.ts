// `npm run eval:redaction`: scores Consentry's redactor (fast and thorough) and the redact-pii baseline on
// every labelled corpus present, and writes bench/results/redaction-eval.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRedactor } from '../src/domain/redaction/create-redactor.js';
import { PERSON_TAGGER_WEIGHTS } from '../src/domain/redaction/lexicon/person-tagger-weights.js';
import { createBaseline } from './redaction-baseline.js';
import { loadCorpora, readPostsMarkup, splitTuningHeldOut, toJsonl, withHandlesAsPersons, type Corpus } from './redaction-corpora.js';
import { scoreCorpus, type CorpusScore, type Prediction } from './redaction-scoring.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Regenerates the committed JSON lines of our posts from their markup, so the two never disagree. */
function writePostsJsonl(): void {
  const posts = readPostsMarkup(join(repoRoot, 'bench', 'corpora', 'consentry-posts.txt'));
  writeFileSync(join(repoRoot, 'bench', 'corpora', 'consentry-posts.jsonl'), toJsonl(posts));
}

function systemsFor(corpus: Corpus): Record<string, (text: string) => readonly Prediction[]> {
  const fast = createRedactor({ members: corpus.members, suppressed: corpus.suppressed, operator: 'replace', mode: 'fast' });
  const thorough = createRedactor({ members: corpus.members, suppressed: corpus.suppressed, operator: 'replace', mode: 'thorough' });
  const baseline = createBaseline();
  return {
    'consentry-fast': (text) => fast.detect(text),
    'consentry-thorough': (text) => thorough.detect(text),
    'redact-pii': (text) => baseline.detect(text),
  };
}

function fmt(x: number | null | undefined): string {
  return x === null || x === undefined ? '  –  ' : x.toFixed(3);
}

function main(): void {
  writePostsJsonl();
  const { corpora, notes } = loadCorpora(repoRoot, process.env);
  const expanded = corpora.flatMap((c) => {
    if (c.name.startsWith('wnut17')) return [c, withHandlesAsPersons(c)];
    if (c.name === 'presidio-synth-v2') return [c, ...splitTuningHeldOut(c, 'its misses were read and rules written for them; since 1.6.0 the name tagger also trains on it')];
    if (c.name.startsWith('presidio')) return [c, ...splitTuningHeldOut(c)];
    return [c];
  });
  const results: { name: string; description: string; texts: number; labels: Record<string, number>; systems: Record<string, CorpusScore> }[] = [];
  for (const corpus of expanded) {
    const labels: Record<string, number> = {};
    for (const t of corpus.texts) for (const l of t.labels) if (l.type !== null) labels[l.type] = (labels[l.type] ?? 0) + 1;
    const systems: Record<string, CorpusScore> = {};
    for (const [name, predict] of Object.entries(systemsFor(corpus))) systems[name] = scoreCorpus(corpus.texts, predict);
    results.push({ name: corpus.name, description: corpus.description, texts: corpus.texts.length, labels, systems });
    process.stdout.write(`\n${corpus.name} (${corpus.texts.length} texts)\n`);
    for (const [name, score] of Object.entries(systems)) {
      const types = Object.entries(score.perType)
        .map(([type, s]) => `${type} R${fmt(s.recall)} P${fmt(s.precision)}`)
        .join(' | ');
      process.stdout.write(`  ${name.padEnd(19)} type-blind R${fmt(score.typeBlind.recall)} P${fmt(score.typeBlind.precision)} F2 ${fmt(score.typeBlind.f2)}\n    ${types}\n`);
    }
  }
  const out = {
    generatedAt: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    redactor: createRedactor({ members: [], suppressed: [], operator: 'replace' }).version.replace(/\+.*$/, ''),
    // Which tagger weights were measured: retraining changes these, and the README quotes this file.
    tagger: { weights: PERSON_TAGGER_WEIGHTS.count, threshold: PERSON_TAGGER_WEIGHTS.threshold },
    criteria: {
      caught: 'a labelled span is caught when ≥ 90% of its non-space characters are redacted with the same type (type-blind: by any type)',
      correct: 'a redaction is correct when ≥ 50% of its non-space characters lie inside labelled spans of its type (STREET_ADDRESS also over LOCATION labels); redactions mostly inside unscored labels (organisations, other WNUT types, DATE_TIME…) are not counted',
      f2: 'F2 = 5PR / (4P + R)',
    },
    notes,
    corpora: results,
  };
  const dir = join(repoRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'redaction-eval.json'), `${JSON.stringify(out, null, 2)}\n`);
  for (const note of notes) process.stdout.write(`note: ${note}\n`);
  process.stdout.write(`\nwrote bench/results/redaction-eval.json\n`);
}

main();
