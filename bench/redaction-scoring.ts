// Span scoring after presidio-research, on characters: a labelled span is caught when ≥ 90% of its
// characters are redacted, a redaction is correct when ≥ 50% of it lies inside a labelled span.
import type { EntitySpan, EntityType } from '../src/domain/redaction/entity-types.js';
import { ENTITY_TYPES } from '../src/domain/redaction/entity-types.js';
import type { LabelledText } from './redaction-corpora.js';

/** Counts and rates for one entity type (or for all, type-blind). */
export interface TypeScore {
  labels: number;
  caught: number;
  predictions: number;
  correct: number;
  recall: number | null;
  precision: number | null;
  f2: number | null;
}

/** A system's score on one corpus. */
export interface CorpusScore {
  readonly perType: Partial<Record<EntityType, TypeScore>>;
  readonly typeBlind: TypeScore;
  /** Predictions that fell mostly inside entities we do not score (locations, organisations…): not counted. */
  readonly ignoredPredictions: number;
  /** A few misses and false alarms, for reading. */
  readonly examples: { readonly missed: string[]; readonly wrong: string[] };
}

/**
 * Types whose predictions may also cover labels of another source: an address that runs over the town
 * is right even where the corpus labels the town LOCATION (presidio's synthetic set: GPE, ZIP_CODE).
 */
const ALSO_CORRECT: Readonly<Partial<Record<EntityType, readonly string[]>>> = { STREET_ADDRESS: ['LOCATION', 'location', 'GPE', 'ZIP_CODE'] };

const CAUGHT = 0.9;
const CORRECT = 0.5;

function empty(): TypeScore {
  return { labels: 0, caught: 0, predictions: 0, correct: 0, recall: null, precision: null, f2: null };
}

/** A prediction; type null for a detector with no SPEC type (the baseline's DIGITS), scored type-blind only. */
export type Prediction = Omit<EntitySpan, 'type'> & { readonly type: EntityType | null };

/** Scores predictions against labels over a corpus. */
export function scoreCorpus(texts: readonly LabelledText[], predict: (text: string) => readonly Prediction[]): CorpusScore {
  const perType: Partial<Record<EntityType, TypeScore>> = {};
  const typeBlind = empty();
  let ignoredPredictions = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  const scoreOf = (type: EntityType) => (perType[type] ??= empty());
  for (const item of texts) {
    const predictions = predict(item.text);
    const counted = (from: number, to: number, keep: (i: number) => boolean) => {
      let n = 0;
      let total = 0;
      for (let i = from; i < to; i++) {
        if (/\s/.test(item.text.charAt(i))) continue;
        total++;
        if (keep(i)) n++;
      }
      return total === 0 ? 1 : n / total;
    };
    const inside = (spans: readonly { start: number; end: number }[]) => (i: number) => spans.some((s) => s.start <= i && i < s.end);
    for (const label of item.labels) {
      if (label.type === null) continue;
      const sameType = predictions.filter((p) => p.type === label.type);
      const s = scoreOf(label.type);
      s.labels++;
      typeBlind.labels++;
      if (counted(label.start, label.end, inside(sameType)) >= CAUGHT) s.caught++;
      else if (missed.length < 40) missed.push(`${label.type}: ${JSON.stringify(item.text.slice(label.start, label.end))} in ${item.id}`);
      if (counted(label.start, label.end, inside(predictions)) >= CAUGHT) typeBlind.caught++;
    }
    for (const p of predictions) {
      const scored = item.labels.filter((l) => l.type !== null);
      const unscored = item.labels.filter((l) => l.type === null);
      const also = p.type === null ? [] : (ALSO_CORRECT[p.type] ?? []);
      const sameType = item.labels.filter((l) => l.type === p.type || also.includes(l.source));
      const right = p.type !== null && counted(p.start, p.end, inside(sameType)) >= CORRECT;
      if (!right && counted(p.start, p.end, inside(unscored)) >= CORRECT) {
        ignoredPredictions++;
        continue;
      }
      typeBlind.predictions++;
      if (p.type !== null) {
        const s = scoreOf(p.type);
        s.predictions++;
        if (right) s.correct++;
        else if (wrong.length < 40) wrong.push(`${p.type}: ${JSON.stringify(item.text.slice(p.start, p.end))} in ${item.id}`);
      }
      if (counted(p.start, p.end, inside([...scored, ...item.labels.filter((l) => also.includes(l.source))])) >= CORRECT) typeBlind.correct++;
    }
  }
  for (const s of [...Object.values(perType), typeBlind]) finish(s);
  const ordered: Partial<Record<EntityType, TypeScore>> = {};
  for (const type of ENTITY_TYPES) if (perType[type] !== undefined) ordered[type] = perType[type];
  return { perType: ordered, typeBlind, ignoredPredictions, examples: { missed, wrong } };
}

function finish(s: TypeScore): void {
  s.recall = s.labels === 0 ? null : round(s.caught / s.labels);
  s.precision = s.predictions === 0 ? null : round(s.correct / s.predictions);
  if (s.recall !== null && s.precision !== null) {
    const r = s.caught / s.labels;
    const p = s.correct / s.predictions;
    s.f2 = p + r === 0 ? 0 : round((5 * p * r) / (4 * p + r));
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
