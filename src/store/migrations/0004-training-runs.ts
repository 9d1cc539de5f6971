// Migration 0004: training runs, and which datasets each one trained on (lineage into models).
import type { Kysely } from 'kysely';

/** Creates the training-run tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('training_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('training_run_datasets')
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('dataset_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_run_datasets_pk', ['run_id', 'dataset_id'])
    .execute();
  await db.schema.createIndex('training_run_datasets_dataset_idx').on('training_run_datasets').columns(['dataset_id', 'run_id']).execute();
}
