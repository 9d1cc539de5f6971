// The privacy officer's request queue: objections from people who are not members, with their deadlines.
import type { Selectable } from 'kysely';
import type { Purpose } from '../schema/purposes.js';
import type { RequestsTable } from './database-schema.js';
import type { Db } from './store.js';

/** Kinds of request in the queue. */
export type RequestKind = 'non-member-objection';
/** Where a request stands. */
export type RequestStatus = 'open' | 'closed';

/** A request as stored. */
export interface PrivacyRequest {
  readonly id: string;
  readonly kind: RequestKind;
  readonly status: RequestStatus;
  readonly name: string;
  readonly email: string;
  readonly handles: readonly string[];
  readonly links: readonly string[];
  readonly purposes: readonly Purpose[];
  readonly statement: string | null;
  readonly receivedAt: string;
  readonly dueAt: string;
  /** The suppression-list entry made for it, when there is one. */
  readonly suppressionRef: string | null;
  readonly closedAt: string | null;
}

function toRequest(row: Selectable<RequestsTable>): PrivacyRequest {
  return {
    id: row.id,
    kind: row.kind as RequestKind,
    status: row.status as RequestStatus,
    name: row.name,
    email: row.email,
    handles: JSON.parse(row.handles) as string[],
    links: JSON.parse(row.links) as string[],
    purposes: JSON.parse(row.purposes) as Purpose[],
    statement: row.statement,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    suppressionRef: row.suppression_ref,
    closedAt: row.closed_at,
  };
}

/** Adds a request to the queue. */
export async function insertRequest(tx: Db, r: Omit<PrivacyRequest, 'status' | 'closedAt'>): Promise<void> {
  await tx
    .insertInto('requests')
    .values({
      id: r.id,
      kind: r.kind,
      status: 'open',
      name: r.name,
      email: r.email,
      handles: JSON.stringify(r.handles),
      links: JSON.stringify(r.links),
      purposes: JSON.stringify(r.purposes),
      statement: r.statement,
      received_at: r.receivedAt,
      due_at: r.dueAt,
      suppression_ref: r.suppressionRef,
      closed_at: null,
      closed_by: null,
    })
    .execute();
}

/** Requests, earliest deadline first; only those of one status when given. */
export async function listRequests(db: Db, status?: RequestStatus): Promise<PrivacyRequest[]> {
  let query = db.selectFrom('requests').selectAll();
  if (status !== undefined) query = query.where('status', '=', status);
  return (await query.orderBy('due_at').orderBy('id').execute()).map(toRequest);
}

/** One request by id, or null. */
export async function findRequest(db: Db, id: string): Promise<PrivacyRequest | null> {
  const row = await db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toRequest(row);
}
