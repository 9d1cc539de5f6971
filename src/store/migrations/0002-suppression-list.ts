// Migration 0002: the suppression list — people outside the network whose name, e-mail and handles are
// always redacted because they objected (issue 3).
import type { Kysely } from 'kysely';

/** Creates the suppression list; handles are a JSON array in text, as every dialect can store that. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('suppression_list')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('handles', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // Who put the entry there: `admin:<email>`, `form`, `cli`…, so an entry can be traced to its request.
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();
}
