// Someone who is not a member objects to their name or content being used: suppression list + request queue, in one transaction.
import { canonicalJson, sha256Hex } from '../../domain/digest.js';
import { addDays } from '../../domain/human-date.js';
import { newId } from '../../domain/ids.js';
import { PURPOSES } from '../../schema/purposes.js';
import { appendAudit } from '../../store/audit-log.js';
import { insertRequest } from '../../store/request-records.js';
import { addSuppressionEntry } from '../../store/suppression-list.js';
import type { PipelineContext } from '../pipeline-context.js';

/** What a non-member tells us (already validated by the caller's schema). */
export interface NonMemberObjection {
  readonly name: string;
  readonly email: string;
  /** Handles on the network or elsewhere, normalised to start with "@". */
  readonly handles: readonly string[];
  /** Links to content that mentions or shows them. */
  readonly links: readonly string[];
  readonly statement: string | null;
}

/** The deadline the privacy officer works to: one month (GDPR Art. 12(3)), taken as 30 days. */
export const REQUEST_DEADLINE_DAYS = 30;

/**
 * Puts the person on the redaction suppression list — every dataset built afterwards replaces their
 * name, e-mail and handles — and queues a request for the privacy officer to find and review the
 * linked content. The audit entry holds a digest of what was submitted, not the personal data.
 */
export async function fileNonMemberObjection(props: { ctx: PipelineContext; objection: NonMemberObjection }): Promise<{ requestId: string; dueAt: string }> {
  const { ctx, objection } = props;
  const at = ctx.clock.now();
  const requestId = newId('req');
  const suppressionId = newId('sup');
  const dueAt = addDays(at, REQUEST_DEADLINE_DAYS);
  await ctx.store.write(async (tx) => {
    await addSuppressionEntry(tx, { id: suppressionId, name: objection.name, email: objection.email, handles: objection.handles, createdAt: at, source: 'form' });
    await insertRequest(tx, {
      id: requestId,
      kind: 'non-member-objection',
      name: objection.name,
      email: objection.email,
      handles: objection.handles,
      links: objection.links,
      purposes: PURPOSES,
      statement: objection.statement,
      receivedAt: at,
      dueAt,
      suppressionRef: suppressionId,
    });
    await appendAudit(tx, [
      { at, action: 'request.recorded', actor: ctx.actor, subject: requestId, payload: { kind: 'non-member-objection', suppression: suppressionId, dueAt, digest: sha256Hex(canonicalJson(objection)) } },
    ]);
  });
  return { requestId, dueAt };
}
