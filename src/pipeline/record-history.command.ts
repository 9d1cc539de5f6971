// Records history events that arrive one at a time (web settings, objections, signals), as imports do.
import type { AuditAction } from '../domain/audit-chain.js';
import { digestOf } from '../domain/digest.js';
import { ConsentryError } from '../domain/errors.js';
import { formatIssues } from '../schema/issues.js';
import { RECORD_SCHEMAS, type ImportRecord } from '../schema/records.js';
import { appendAudit } from '../store/audit-log.js';
import { insertRecords, reserveSeqs } from '../store/record-writes.js';
import type { Db } from '../store/store.js';
import type { PipelineContext } from './pipeline-context.js';

/** A history event to record, with who caused it when that is not the member. */
export interface HistoryEventInput {
  readonly record: Extract<ImportRecord, { type: 'consent' | 'objection' | 'move' | 'status' | 'delete' }>;
  /** Free text of an objection, kept with it (not part of the record's digest). */
  readonly statement?: string | undefined;
}

const ACTION: Readonly<Record<HistoryEventInput['record']['type'], AuditAction>> = {
  consent: 'consent.recorded',
  objection: 'objection.recorded',
  move: 'move.recorded',
  status: 'status.recorded',
  delete: 'deletion.recorded',
};

/**
 * Validates and records events in one transaction, in the given order, each with the next recording
 * sequence number and an audit entry; they are in force for every decision that starts afterwards.
 * @throws ConsentryError E_INVALID_ARGUMENT when a record is invalid (nothing is written)
 */
export async function recordHistoryEvents(props: { ctx: PipelineContext; events: readonly HistoryEventInput[] }): Promise<void> {
  const { ctx, events } = props;
  const validated = validateHistoryEvents(events);
  if (validated.length === 0) return;
  await ctx.store.write((tx) => appendHistoryEvents(tx, ctx, validated));
}

/**
 * Validates events against their record schemas (before any transaction starts).
 * @throws ConsentryError E_INVALID_ARGUMENT naming the first invalid record
 */
export function validateHistoryEvents(events: readonly HistoryEventInput[]): HistoryEventInput[] {
  return events.map(({ record, statement }) => {
    const parsed = RECORD_SCHEMAS[record.type].safeParse(record);
    if (!parsed.success) throw new ConsentryError('E_INVALID_ARGUMENT', `invalid ${record.type}: ${formatIssues(parsed.error).join('; ')}`);
    return { record: parsed.data, statement };
  });
}

/**
 * Appends validated events inside a write transaction the caller holds (`Store.write`), so a caller
 * can record them together with rows of its own (a received signal, a request) or not at all.
 */
export async function appendHistoryEvents(tx: Db, ctx: PipelineContext, validated: readonly HistoryEventInput[]): Promise<void> {
  if (validated.length === 0) return;
  const recordedAt = ctx.clock.now();
  const first = await reserveSeqs(tx, validated.length);
  const staged = validated.map((v, i) => ({ record: v.record, digest: digestOf(v.record), line: null, seq: first + i, actor: ctx.actor, statement: v.statement }));
  for (const s of staged) await insertRecords(tx, s.record.type, [s], null, recordedAt);
  await appendAudit(
    tx,
    staged.map((s) => ({
      at: recordedAt,
      action: ACTION[s.record.type],
      actor: ctx.actor,
      subject: s.record.type === 'delete' ? s.record.contentId : s.record.memberId,
      payload: { id: s.record.id, seq: s.seq, digest: s.digest, record: s.record },
    })),
  );
}
