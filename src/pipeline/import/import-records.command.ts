// `consentry import`: validates a JSONL file and stores it atomically and idempotently (SPEC §5).
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AuditAction } from '../../domain/audit-chain.js';
import { digestOf } from '../../domain/digest.js';
import { ConsentryError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { RECORD_TYPES, type ImportRecord, type RecordType } from '../../schema/records.js';
import { appendAudit, type NewAuditEntry } from '../../store/audit-log.js';
import { danglingReferences, existingDigests, insertRecords, isHistoryType, reserveSeqs, resolveDeletionAuthors, type StagedRecord } from '../../store/record-writes.js';
import type { Db } from '../../store/store.js';
import { createBatchCertifier } from '../batch-certificate.js';
import { heapGovernor } from '../heap-governor.js';
import type { PipelineContext, Progress } from '../pipeline-context.js';
import { readLines } from './jsonl-lines.js';
import { parseImportLine } from './parse-import-line.js';

/** What an import did: how many records of each type were added or were already there unchanged. */
export interface ImportSummary {
  /** The batch recorded, or null when every record was already there (nothing is recorded then). */
  readonly batchId: string | null;
  readonly source: string;
  readonly sha256: string;
  readonly lines: number;
  readonly added: Readonly<Record<RecordType, number>>;
  readonly unchanged: Readonly<Record<RecordType, number>>;
  readonly warnings: readonly string[];
}

/** Most invalid lines listed in one refusal; the count of the rest is still given. */
const MAX_LISTED_ERRORS = 1000;
const MAX_WARNINGS = 20;
const FLUSH_AT = 2000;

const AUDIT_ACTION: Readonly<Record<RecordType, AuditAction | null>> = {
  member: null,
  content: null,
  consent: 'consent.recorded',
  objection: 'objection.recorded',
  move: 'move.recorded',
  status: 'status.recorded',
  delete: 'deletion.recorded',
};

function zeroCounts(): Record<RecordType, number> {
  return { member: 0, content: 0, consent: 0, objection: 0, move: 0, status: 0, delete: 0 };
}

/** A valid line waiting for its flush. Its digest is computed on first use: members and content
 * (most lines) need one only when their id was seen before. */
class Pending {
  private computed: string | null = null;
  constructor(
    readonly record: ImportRecord,
    readonly line: number,
  ) {}

  get digest(): string {
    this.computed ??= digestOf(this.record);
    return this.computed;
  }
}

/**
 * Imports one JSONL stream in a single transaction: any invalid line — malformed, failing the
 * schema, conflicting with an earlier record of the same id, or pointing at a member or item that
 * does not exist — refuses the whole file, listing each bad line, and nothing is written.
 * @throws ConsentryError E_IMPORT_INVALID
 */
export async function importRecords(props: {
  ctx: PipelineContext;
  input: Readable;
  source: string;
  onProgress?: (progress: Progress) => void;
}): Promise<ImportSummary> {
  const { ctx, input, source, onProgress } = props;
  const batchId = newId('imp');
  const recordedAt = ctx.clock.now();
  const fileHash = createHash('sha256');
  const errors: { line: number; reason: string }[] = [];
  let errorCount = 0;
  const warnings: string[] = [];
  let unknownFieldLines = 0;
  const added = zeroCounts();
  const unchanged = zeroCounts();
  // Members and content have no audit entry each: the batch's entry certifies them (batch-certificate.ts).
  const certifier = createBatchCertifier();
  let bytes = 0;
  let lines = 0;

  // Members and content items whose own line was refused: a line pointing at one is not listed again, as the
  // refused line is the cause. Every other check goes on after the first refusal, so that one run lists every
  // invalid line; what is written meanwhile is rolled back with the transaction.
  const refusedIds = new Set<string>();
  const reject = (line: number, reason: string) => {
    errorCount += 1;
    if (errors.length < MAX_LISTED_ERRORS) errors.push({ line, reason });
  };

  const flush = async (tx: Db, pending: Pending[]) => {
    const fresh: Pending[] = [];
    for (const [type, group] of groupByType(pending, (p) => p.record.type)) {
      const stored = await existingDigests(tx, type, group.map((p) => p.record.id));
      const seenHere = new Map<string, Pending>();
      for (const p of group) {
        const earlier = stored.get(p.record.id) ?? seenHere.get(p.record.id)?.digest;
        if (earlier === undefined) {
          seenHere.set(p.record.id, p);
          fresh.push(p);
        } else if (earlier === p.digest) {
          unchanged[type] += 1;
        } else {
          reject(p.line, `${type} ${p.record.id}: an earlier ${type} record has the same id but different content (ids are permanent; give the new record a new id)`);
        }
      }
    }
    fresh.sort((a, b) => a.line - b.line);
    const historyCount = fresh.filter((p) => isHistoryType(p.record.type)).length;
    let seq = historyCount > 0 ? await reserveSeqs(tx, historyCount) : 0;
    const staged: StagedRecord[] = [];
    const audit: NewAuditEntry[] = [];
    for (const p of fresh) {
      const type = p.record.type;
      const history = isHistoryType(type);
      staged.push({ record: p.record, ...(history ? { digest: p.digest } : {}), line: p.line, seq: history ? seq : 0 });
      const action = AUDIT_ACTION[type];
      if (action !== null) {
        audit.push({ at: recordedAt, action, actor: ctx.actor, subject: subjectOf(p.record), payload: { id: p.record.id, batch: batchId, line: p.line, seq, digest: p.digest, record: p.record } });
      }
      if (history) seq += 1;
      else if (p.record.type === 'member' || p.record.type === 'content') certifier.add(p.record);
      added[type] += 1;
    }
    const stagedByType = groupByType(staged, (s) => s.record.type);
    // Members before content before history, so a database with foreign keys would accept the order.
    for (const type of RECORD_TYPES) {
      const rows = stagedByType.get(type);
      if (rows !== undefined) await insertRecords(tx, type, rows, batchId, recordedAt);
    }
    await appendAudit(tx, audit);
  };

  const run = async (tx: Db) => {
    let pending: Pending[] = [];
    let lastReport = 0;
    const governHeap = heapGovernor();
    for await (const chunk of readLines(input, (c) => {
      bytes += c.length;
      fileHash.update(c);
    })) {
      for (const { number, text } of chunk) {
        lines = number;
        if (text.trim() === '') continue;
        const parsed = parseImportLine(text);
        if (!parsed.ok) {
          reject(number, parsed.reason);
          if (parsed.defines !== undefined) refusedIds.add(`${parsed.defines.type} ${parsed.defines.id}`);
          continue;
        }
        if (parsed.unknownFields.length > 0) {
          unknownFieldLines += 1;
          if (warnings.length < MAX_WARNINGS) warnings.push(`line ${number}: ignored unknown field(s) ${parsed.unknownFields.join(', ')}`);
        }
        pending.push(new Pending(parsed.record, number));
      }
      if (pending.length >= FLUSH_AT) {
        await flush(tx, pending);
        pending = [];
        governHeap();
      }
      const now = Date.now();
      if (onProgress !== undefined && now - lastReport > 200) {
        lastReport = now;
        onProgress({ done: lines, total: null, unit: 'lines', bytes });
      }
    }
    await flush(tx, pending);
    await resolveDeletionAuthors(tx, batchId);
    for (const problem of await danglingReferences(tx, batchId, MAX_LISTED_ERRORS)) {
      if (!refusedIds.has(`${problem.missing.type} ${problem.missing.id}`)) reject(problem.line, problem.message);
    }
    if (errorCount > 0) throw refusal(source, errors, errorCount);
    const sha256 = fileHash.digest('hex');
    onProgress?.({ done: lines, total: lines, unit: 'lines', bytes });
    // Importing the same records again changes nothing — not even a batch entry.
    if (RECORD_TYPES.every((type) => added[type] === 0)) return { sha256, recorded: false };
    await tx
      .insertInto('import_batches')
      .values({ id: batchId, source, file_sha256: sha256, lines, counts: JSON.stringify({ added, unchanged }), actor: ctx.actor, imported_at: recordedAt })
      .execute();
    await appendAudit(tx, [{ at: recordedAt, action: 'import.batch', actor: ctx.actor, subject: batchId, payload: { source, sha256, lines, added, unchanged, certifies: certifier.finish() } }]);
    return { sha256, recorded: true };
  };

  let outcome: { sha256: string; recorded: boolean };
  try {
    outcome = await ctx.store.write(run);
  } catch (error) {
    if (error instanceof ConsentryError) throw error;
    if (isStreamError(error)) throw new ConsentryError('E_IMPORT_UNREADABLE', `cannot read ${source}: ${error.message}`);
    throw error;
  }
  if (unknownFieldLines > warnings.length) warnings.push(`… ${unknownFieldLines - warnings.length} more lines with unknown fields`);
  return { batchId: outcome.recorded ? batchId : null, source, sha256: outcome.sha256, lines, added, unchanged, warnings };
}

function groupByType<T>(items: readonly T[], typeOf: (item: T) => RecordType): Map<RecordType, T[]> {
  const groups = new Map<RecordType, T[]>();
  for (const item of items) {
    const type = typeOf(item);
    const group = groups.get(type);
    if (group === undefined) groups.set(type, [item]);
    else group.push(item);
  }
  return groups;
}

function subjectOf(record: ImportRecord): string {
  return record.type === 'delete' ? record.contentId : record.type === 'member' ? record.id : record.memberId;
}

function isStreamError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall !== undefined;
}

function refusal(source: string, errors: readonly { line: number; reason: string }[], count: number): ConsentryError {
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  const details = sorted.map((e) => `line ${e.line}: ${e.reason}`);
  if (count > sorted.length) details.push(`… and ${count - sorted.length} more invalid lines`);
  const noun = count === 1 ? 'line' : 'lines';
  return new ConsentryError('E_IMPORT_INVALID', `import refused: ${count} invalid ${noun} in ${source}; nothing was imported`, details);
}
