// Labelled texts for scoring redaction: our own posts (markup), WNUT-17 (CoNLL tokens) and presidio-research's
// generated sentences (character spans), all turned into one shape with spans in UTF-16 code units.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../src/domain/redaction/entity-types.js';
import type { KnownPerson } from '../src/domain/redaction/redactor.js';

/** A labelled span; `type` is one of ours, or `null` for a labelled entity of a type we do not score. */
export interface Label {
  readonly type: EntityType | null;
  /** The corpus's own label, kept for reports ("LOCATION", "corporation"). */
  readonly source: string;
  readonly start: number;
  readonly end: number;
}

/** One labelled text. */
export interface LabelledText {
  readonly id: string;
  readonly text: string;
  readonly labels: readonly Label[];
}

/** A corpus with the directory of known people it should be redacted with. */
export interface Corpus {
  readonly name: string;
  readonly description: string;
  readonly texts: readonly LabelledText[];
  readonly members: readonly KnownPerson[];
  readonly suppressed: readonly KnownPerson[];
}

const MARKUP_CODES: Readonly<Record<string, EntityType>> = {
  P: 'PERSON',
  E: 'EMAIL_ADDRESS',
  T: 'PHONE_NUMBER',
  A: 'STREET_ADDRESS',
  C: 'CREDIT_CARD',
  I: 'IBAN_CODE',
  IP: 'IP_ADDRESS',
  S: 'US_SSN',
  N: 'UK_NINO',
  U: 'URL',
  D: 'DATE_OF_BIRTH',
};

/** Parses one line of `[[CODE|value]]` markup into plain text and spans. */
export function parseMarkup(id: string, line: string): LabelledText {
  const source = line.replace(/\\n/g, '\n');
  const labels: Label[] = [];
  let text = '';
  let cursor = 0;
  for (const m of source.matchAll(/\[\[([A-Z]+)\|([\s\S]*?)\]\](?!\])/g)) {
    const type = MARKUP_CODES[m[1] ?? ''];
    if (type === undefined) throw new Error(`${id}: unknown markup code ${m[1] ?? ''}`);
    text += source.slice(cursor, m.index);
    const value = m[2] ?? '';
    labels.push({ type, source: type, start: text.length, end: text.length + value.length });
    text += value;
    cursor = m.index + m[0].length;
  }
  text += source.slice(cursor);
  return { id, text, labels };
}

/** Reads the markup file of our own posts. */
export function readPostsMarkup(path: string): LabelledText[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line, i) => parseMarkup(`post-${String(i + 1).padStart(3, '0')}`, line));
}

/** Serialises labelled texts as JSON lines `{"id","text","spans":[{"type","start","end"}]}`. */
export function toJsonl(texts: readonly LabelledText[]): string {
  return texts.map((t) => JSON.stringify({ id: t.id, text: t.text, spans: t.labels.map((l) => ({ type: l.type, start: l.start, end: l.end })) })).join('\n') + '\n';
}

/** Reads our posts from their committed JSON lines. */
export function readPostsJsonl(path: string): LabelledText[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const row = JSON.parse(line) as { id: string; text: string; spans: { type: EntityType; start: number; end: number }[] };
      return { id: row.id, text: row.text, labels: row.spans.map((s) => ({ ...s, source: s.type })) };
    });
}

/**
 * Reads WNUT-17 CoNLL: tokens joined by single spaces, "@" glued to the handle after it (as the corpus
 * README asks); `person` spans are PERSON, every other entity type is labelled but not scored.
 */
export function readWnut(path: string, name: string): LabelledText[] {
  const docs: LabelledText[] = [];
  const blocks = readFileSync(path, 'utf8').split(/\n\s*\n/);
  for (const [b, block] of blocks.entries()) {
    const rows = block.split('\n').filter((l) => l.trim() !== '').map((l) => l.split('\t'));
    if (rows.length === 0) continue;
    let text = '';
    const labels: Label[] = [];
    let open: { source: string; start: number } | undefined;
    let glue = false;
    const close = (end: number) => {
      if (open !== undefined) labels.push({ type: open.source === 'person' ? 'PERSON' : null, source: open.source, start: open.start, end });
      open = undefined;
    };
    let lastEnd = 0;
    for (const [token = '', tag = 'O'] of rows) {
      if (text !== '' && !glue) text += ' ';
      const start = text.length;
      text += token;
      glue = token === '@';
      if (tag.startsWith('B-') || (tag.startsWith('I-') && open?.source !== tag.slice(2))) {
        close(lastEnd);
        open = { source: tag.slice(2), start };
      } else if (tag === 'O') {
        close(lastEnd);
      }
      lastEnd = text.length;
    }
    close(lastEnd);
    docs.push({ id: `${name}-${b + 1}`, text, labels });
  }
  return docs;
}

const PRESIDIO_TYPES: Readonly<Record<string, EntityType>> = {
  PERSON: 'PERSON',
  ADDRESS: 'STREET_ADDRESS',
  STREET_ADDRESS: 'STREET_ADDRESS',
  PHONE_NUMBER: 'PHONE_NUMBER',
  CREDIT_CARD: 'CREDIT_CARD',
  US_SSN: 'US_SSN',
  IP_ADDRESS: 'IP_ADDRESS',
  EMAIL_ADDRESS: 'EMAIL_ADDRESS',
  IBAN_CODE: 'IBAN_CODE',
  UK_NINO: 'UK_NINO',
};

/** Reads presidio-research's generated sentences; types without a SPEC §6 counterpart are labelled but not scored. */
export function readPresidio(path: string): LabelledText[] {
  const rows = JSON.parse(readFileSync(path, 'utf8')) as { full_text: string; spans: { entity_type: string; start_position: number; end_position: number }[] }[];
  return rows.map((row, i) => ({
    id: `presidio-${i + 1}`,
    text: row.full_text,
    labels: row.spans.map((s) => ({ type: PRESIDIO_TYPES[s.entity_type] ?? null, source: s.entity_type, start: s.start_position, end: s.end_position })),
  }));
}

/** Where the shared corpora are: CONSENTRY_CORPORA, else ../shared/corpora beside the repository. */
export function corporaDirectory(repoRoot: string, env: Readonly<Record<string, string | undefined>>): string {
  return env['CONSENTRY_CORPORA'] ?? join(repoRoot, '..', 'shared', 'corpora');
}

/** Loads every corpus that is present; returns notes for those that are not. */
export function loadCorpora(repoRoot: string, env: Readonly<Record<string, string | undefined>>): { corpora: Corpus[]; notes: string[] } {
  const corpora: Corpus[] = [];
  const notes: string[] = [];
  const directory = JSON.parse(readFileSync(join(repoRoot, 'bench', 'corpora', 'consentry-members.json'), 'utf8')) as { members: KnownPerson[]; suppressed: KnownPerson[] };
  const posts = readPostsJsonl(join(repoRoot, 'bench', 'corpora', 'consentry-posts.jsonl'));
  corpora.push({ name: 'consentry-posts', description: 'our labelled posts, redacted with their directory of members', texts: posts, members: directory.members, suppressed: directory.suppressed });
  corpora.push({ name: 'consentry-posts-no-directory', description: 'the same posts without the directory: general detection only', texts: posts, members: [], suppressed: [] });
  const shared = corporaDirectory(repoRoot, env);
  for (const file of ['wnut17-train.conll', 'wnut17-dev.conll']) {
    const path = join(shared, file);
    if (!existsSync(path)) {
      notes.push(`${path} is absent: skipped`);
      continue;
    }
    const name = file.replace('.conll', '');
    const role = name.endsWith('dev') ? 'dev (held out: never used to tune rules or train the tagger)' : 'train (the tuning set, and the name tagger\'s training data)';
    corpora.push({ name, description: `WNUT-17 ${role}: real posts, person spans as annotated`, texts: readWnut(path, name), members: [], suppressed: [] });
  }
  const presidio = join(shared, 'presidio-generated-small.json');
  if (existsSync(presidio)) {
    corpora.push({ name: 'presidio-generated-small', description: 'presidio-research generated sentences (mixed types)', texts: readPresidio(presidio), members: [], suppressed: [] });
  } else {
    notes.push(`${presidio} is absent: skipped`);
  }
  // A copy of presidio-research's 1,500-sentence synthetic set (MIT; bench/corpora/external/README.md).
  const synth = join(repoRoot, 'bench', 'corpora', 'external', 'presidio-synth-dataset-v2.json');
  corpora.push({ name: 'presidio-synth-v2', description: 'presidio-research synth_dataset_v2: 1,500 generated sentences (mixed types, names of many nationalities)', texts: readPresidio(synth), members: [], suppressed: [] });
  return { corpora, notes };
}

/**
 * The two halves of a corpus, for tuning rules on one and reporting the other: even-indexed texts are the
 * tuning half, odd-indexed ones the held-out half (presidio's generated sentences are in no particular order).
 */
export function splitTuningHeldOut(corpus: Corpus, tuningUse = 'the name tagger trains on it'): [Corpus, Corpus] {
  const half = (keep: 0 | 1, name: string, what: string): Corpus => ({
    ...corpus,
    name: `${corpus.name}-${name}`,
    description: `${corpus.description}; ${what}`,
    texts: corpus.texts.filter((_, i) => i % 2 === keep),
  });
  return [half(0, 'tuning', `tuning half (even-indexed texts; ${tuningUse})`), half(1, 'heldout', 'held-out half (odd-indexed texts)')];
}

/** WNUT texts with every "@handle" labelled PERSON, as SPEC §6 treats handles (WNUT annotates most as O). */
export function withHandlesAsPersons(corpus: Corpus): Corpus {
  const texts = corpus.texts.map((t) => {
    const labels = [...t.labels];
    for (const m of t.text.matchAll(/(?<![\w@])@\w+/g)) {
      if (!labels.some((l) => l.start < m.index + m[0].length && m.index < l.end)) labels.push({ type: 'PERSON', source: 'handle', start: m.index, end: m.index + m[0].length });
    }
    return { ...t, labels };
  });
  return { ...corpus, name: `${corpus.name}-handles-as-person`, description: `${corpus.description}; every @handle counted as PERSON`, texts };
}
