// The suppression list in storage: non-members who objected, whose names, e-mails and handles every
// later dataset build redacts.
import type { KnownPerson } from '../domain/redaction/redactor.js';
import type { Db } from './store.js';

/** One person on the suppression list. */
export interface SuppressionEntry {
  readonly id: string;
  readonly name: string;
  readonly email?: string | undefined;
  /** Handles with their "@" ("@ada_b"), as the person gave them. */
  readonly handles: readonly string[];
  /** ISO 8601 UTC. */
  readonly createdAt: string;
  /** Who added it: `admin:<email>`, `form`, `cli`. */
  readonly source: string;
}

/** Adds a person to the suppression list; adding the same id again changes nothing. */
export async function addSuppressionEntry(db: Db, entry: SuppressionEntry): Promise<void> {
  await db
    .insertInto('suppression_list')
    .values({
      id: entry.id,
      name: entry.name,
      email: entry.email ?? null,
      handles: JSON.stringify(entry.handles),
      created_at: entry.createdAt,
      source: entry.source,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** Every entry of the suppression list, oldest first. */
export async function listSuppressionEntries(db: Db): Promise<SuppressionEntry[]> {
  const rows = await db.selectFrom('suppression_list').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    ...(r.email === null ? {} : { email: r.email }),
    handles: parseHandles(r.handles),
    createdAt: r.created_at,
    source: r.source,
  }));
}

/** The suppression list as the redactor's known people. */
export async function loadSuppressedPeople(db: Db): Promise<KnownPerson[]> {
  return (await listSuppressionEntries(db)).map((e) => ({ name: e.name, email: e.email, handles: e.handles }));
}

function parseHandles(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
}
