// Migration 0001: members, content and their append-only history, datasets, and the audit chain.
import { sql, type Kysely } from 'kysely';

/** Creates the consent-core tables; written once for both dialects with portable column types. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into counters (name, value) values ('event_seq', 0), ('writer', 0)`.execute(db);
  await sql`insert into audit_head (id, seq, hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);

  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('lines', 'integer', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();


  await db.schema
    .createTable('members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('subdivision', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'text')
    .addColumn('line', 'integer')
    .execute();

  await db.schema
    .createTable('content')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'text')
    .addColumn('line', 'integer')
    .execute();
  await db.schema.createIndex('content_member_idx').on('content').columns(['member_id', 'id']).execute();

  const historyTable = async (name: string, columns: (t: ReturnType<typeof db.schema.createTable>) => ReturnType<typeof db.schema.createTable>, ownerColumn: string) => {
    let table = db.schema.createTable(name).addColumn('id', 'text', (c) => c.primaryKey());
    table = columns(table);
    await table
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('digest', 'text', (c) => c.notNull())
      .addColumn('batch_id', 'text')
      .addColumn('line', 'integer')
      .execute();
    await db.schema.createIndex(`${name}_owner_idx`).on(name).columns([ownerColumn, 'at', 'seq']).execute();
  };

  await historyTable(
    'consent_events',
    (t) =>
      t
        .addColumn('member_id', 'text', (c) => c.notNull())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('actor', 'text'),
    'member_id',
  );
  await historyTable(
    'objections',
    (t) =>
      t
        .addColumn('member_id', 'text', (c) => c.notNull())
        .addColumn('purposes', 'text', (c) => c.notNull())
        .addColumn('statement', 'text')
        .addColumn('actor', 'text'),
    'member_id',
  );
  await historyTable(
    'moves',
    (t) => t.addColumn('member_id', 'text', (c) => c.notNull()).addColumn('country', 'text', (c) => c.notNull()).addColumn('subdivision', 'text'),
    'member_id',
  );
  await historyTable(
    'status_events',
    (t) => t.addColumn('member_id', 'text', (c) => c.notNull()).addColumn('status', 'text', (c) => c.notNull()),
    'member_id',
  );
  // member_id copies the item's author so a build finds a page of members' deletions by range,
  // without joining every item of the page to this table.
  await historyTable('deletions', (t) => t.addColumn('content_id', 'text', (c) => c.notNull()).addColumn('member_id', 'text'), 'content_id');
  await db.schema.createIndex('deletions_member_idx').on('deletions').columns(['member_id', 'at']).execute();

  await db.schema
    .createTable('policy_packs')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_packs_pk', ['id', 'version'])
    .execute();

  await db.schema
    .createTable('datasets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('snapshot_at', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull())
    .addColumn('policy_id', 'text', (c) => c.notNull())
    .addColumn('policy_version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('out_dir', 'text', (c) => c.notNull())
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('manifest', 'text')
    .addColumn('manifest_sha256', 'text')
    .addColumn('included', 'integer', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .execute();

  // One row per member per dataset, holding the verdict on each of their items: a tenth of the rows
  // (and index entries) a row per item would need, and every lineage question is asked per member.
  await db.schema
    .createTable('dataset_members')
    .addColumn('dataset_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('included', 'integer', (c) => c.notNull())
    .addColumn('verdicts', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dataset_members_pk', ['dataset_id', 'member_id'])
    .execute();
  await db.schema.createIndex('dataset_members_member_idx').on('dataset_members').columns(['member_id', 'dataset_id']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
}
