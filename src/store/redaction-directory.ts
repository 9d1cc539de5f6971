// Loads the people redaction must always recognise: every member, and everyone on the suppression list.
import type { KnownPerson } from '../domain/redaction/redactor.js';
import type { Db } from './store.js';
import { loadSuppressedPeople } from './suppression-list.js';

/** Members' names and e-mails, and the suppression list, for the redactor's directory. */
export async function loadRedactionDirectory(db: Db): Promise<{ members: KnownPerson[]; suppressed: KnownPerson[] }> {
  const rows = await db.selectFrom('members').select(['name', 'email']).execute();
  return { members: rows.map((r) => ({ name: r.name, email: r.email })), suppressed: await loadSuppressedPeople(db) };
}
