// Records a machine privacy signal (GPC, Content-Usage) for a member once: the denials and the fact it was received.
import { newId } from '../../domain/ids.js';
import type { MachineSignal } from '../../domain/received-signal.js';
import type { ConsentRecord } from '../../schema/records.js';
import { appendAudit } from '../../store/audit-log.js';
import { claimSignal } from '../../store/signal-records.js';
import type { PipelineContext } from '../pipeline-context.js';
import { appendHistoryEvents, validateHistoryEvents } from '../record-history.command.js';

/**
 * Records the signal's denials (consent events with source `gpc`) unless this member's signal was
 * recorded before. The claim and the events share one transaction, so a signal is recorded exactly
 * once even when requests race, and never marked as recorded without its events.
 * Returns true when it was recorded now.
 */
export async function recordSignalOnce(props: { ctx: PipelineContext; memberId: string; signal: MachineSignal }): Promise<boolean> {
  const { ctx, memberId, signal } = props;
  const at = ctx.clock.now();
  const records: ConsentRecord[] = signal.purposes.map((purpose) => ({ type: 'consent', id: newId('evt'), memberId, purpose, value: 'denied', source: 'gpc', at }));
  const events = validateHistoryEvents(records.map((record) => ({ record })));
  return ctx.store.write(async (tx) => {
    const claimed = await claimSignal(tx, { memberId, signal: signal.key, header: signal.header, purposes: signal.purposes, eventIds: records.map((r) => r.id), at });
    if (!claimed) return false;
    await appendHistoryEvents(tx, ctx, events);
    await appendAudit(tx, [{ at, action: 'signal.recorded', actor: ctx.actor, subject: memberId, payload: { signal: signal.key, header: signal.header, purposes: signal.purposes, events: records.map((r) => r.id) } }]);
    return true;
  });
}
