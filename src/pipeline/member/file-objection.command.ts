// A member (or their delegate) objects to purposes: an objection record, a restriction in force at once.
import { ConsentryError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import type { Purpose } from '../../schema/purposes.js';
import { findMemberProfile } from '../../store/member-profile-reads.js';
import type { PipelineContext } from '../pipeline-context.js';
import { recordHistoryEvents } from '../record-history.command.js';
import type { ActingAs } from './viewer.js';

/** Longest objection statement kept. */
export const MAX_STATEMENT_LENGTH = 5000;

/**
 * Records an objection (a denial of each purpose, SPEC §4) with its free-text statement; every
 * decision and build that starts afterwards honours it. Returns the objection's id.
 * @throws ConsentryError E_MEMBER_NOT_FOUND, E_FORBIDDEN (staff), E_INVALID_ARGUMENT
 */
export async function fileObjection(props: { ctx: PipelineContext; memberId: string; purposes: readonly Purpose[]; statement: string | null; actingAs: ActingAs }): Promise<{ id: string; at: string }> {
  const { ctx, memberId, purposes, statement, actingAs } = props;
  if (actingAs.kind === 'staff') throw new ConsentryError('E_FORBIDDEN', 'staff cannot object for a member; only the member or their delegate can');
  if ((await findMemberProfile(ctx.store.db, memberId)) === null) throw new ConsentryError('E_MEMBER_NOT_FOUND', `no member with id "${memberId}"`);
  const at = ctx.clock.now();
  const id = newId('obj');
  const text = statement?.trim() ?? '';
  if (text.length > MAX_STATEMENT_LENGTH) throw new ConsentryError('E_INVALID_ARGUMENT', `statement: must be at most ${MAX_STATEMENT_LENGTH} characters`);
  await recordHistoryEvents({ ctx, events: [{ record: { type: 'objection', id, memberId, purposes: [...new Set(purposes)], at }, statement: text === '' ? undefined : text }] });
  return { id, at };
}
