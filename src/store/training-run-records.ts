// Training runs and the datasets they used: how lineage reaches from a member's item into a model.
import type { Instant } from '../schema/time.js';
import type { Db } from './store.js';

/** A registered training run. */
export interface TrainingRunRecord {
  readonly runId: string;
  readonly model: string;
  /** Who trained or received the model, when not in-house. */
  readonly recipient: string | null;
  readonly startedAt: Instant;
  readonly registeredAt: Instant;
  readonly datasetIds: readonly string[];
}

/** Records a run and the datasets it used. */
export async function insertTrainingRun(tx: Db, run: TrainingRunRecord & { actor: string }): Promise<void> {
  await tx.insertInto('training_runs').values({ id: run.runId, model: run.model, recipient: run.recipient, started_at: run.startedAt, registered_at: run.registeredAt, actor: run.actor }).execute();
  await tx
    .insertInto('training_run_datasets')
    .values(run.datasetIds.map((datasetId) => ({ run_id: run.runId, dataset_id: datasetId })))
    .execute();
}

/** The runs that trained on any of the datasets, keyed by dataset id. */
export async function runsByDataset(db: Db, datasetIds: readonly string[]): Promise<Map<string, TrainingRunRecord[]>> {
  const byDataset = new Map<string, TrainingRunRecord[]>();
  if (datasetIds.length === 0) return byDataset;
  const runs = await db
    .selectFrom('training_runs as r')
    .select(['r.id', 'r.model', 'r.recipient', 'r.started_at', 'r.registered_at'])
    .where('r.id', 'in', (eb) => eb.selectFrom('training_run_datasets').select('run_id').where('dataset_id', 'in', [...datasetIds]))
    .orderBy('r.registered_at')
    .orderBy('r.id')
    .execute();
  if (runs.length === 0) return byDataset;
  const links = await db.selectFrom('training_run_datasets').select(['run_id', 'dataset_id']).where('run_id', 'in', runs.map((r) => r.id)).orderBy('dataset_id').execute();
  const wanted = new Set(datasetIds);
  for (const row of runs) {
    const used = links.filter((l) => l.run_id === row.id).map((l) => l.dataset_id);
    const run: TrainingRunRecord = { runId: row.id, model: row.model, recipient: row.recipient, startedAt: row.started_at as Instant, registeredAt: row.registered_at as Instant, datasetIds: used };
    for (const datasetId of used) {
      if (!wanted.has(datasetId)) continue;
      const list = byDataset.get(datasetId);
      if (list === undefined) byDataset.set(datasetId, [run]);
      else list.push(run);
    }
  }
  return byDataset;
}

/** One run's model, recipient and datasets as stored, or null. */
export async function findTrainingRun(db: Db, runId: string): Promise<{ model: string; recipient: string | null; datasetIds: string[] } | null> {
  const run = await db.selectFrom('training_runs').select(['model', 'recipient']).where('id', '=', runId).executeTakeFirst();
  if (run === undefined) return null;
  const datasets = await db.selectFrom('training_run_datasets').select('dataset_id').where('run_id', '=', runId).execute();
  return { model: run.model, recipient: run.recipient, datasetIds: datasets.map((d) => d.dataset_id).sort() };
}
