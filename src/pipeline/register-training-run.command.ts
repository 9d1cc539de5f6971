// `consentry run register`: records that a model was trained on datasets, so lineage reaches models.
import { ConsentryError } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { formatInstant, type Instant } from '../schema/time.js';
import { appendAudit } from '../store/audit-log.js';
import { findDataset } from '../store/dataset-records.js';
import { insertTrainingRun, type TrainingRunRecord } from '../store/training-run-records.js';
import type { PipelineContext } from './pipeline-context.js';

/**
 * Registers a training run over completed datasets; from then on `usage` names the model to every
 * member whose items those datasets hold, and the unlearning queue names the run.
 * @throws ConsentryError E_DATASET_NOT_FOUND, E_INVALID_ARGUMENT
 */
export async function registerTrainingRun(props: { ctx: PipelineContext; datasetIds: readonly string[]; model: string; recipient?: string | undefined; startedAt?: Instant | undefined }): Promise<TrainingRunRecord> {
  const { ctx } = props;
  const model = props.model.trim();
  if (model === '') throw new ConsentryError('E_INVALID_ARGUMENT', 'the model name must not be empty');
  const datasetIds = [...new Set(props.datasetIds)];
  if (datasetIds.length === 0) throw new ConsentryError('E_INVALID_ARGUMENT', 'name at least one dataset the run trained on');
  const recipient = props.recipient?.trim() || null;
  for (const id of datasetIds) {
    const dataset = await findDataset(ctx.store.db, id);
    if (dataset?.status !== 'complete') throw new ConsentryError('E_DATASET_NOT_FOUND', `no completed dataset with id "${id}"`);
    // A run for another party hands the data over: only a dataset built for sharing holds items whose
    // authors allowed that (share-affiliates, SPEC §4 rule 14).
    if (recipient !== null && !dataset.shared) throw new ConsentryError('E_INVALID_ARGUMENT', `dataset "${id}" was not built for sharing (--share), so a run for ${recipient} may not train on it`);
  }
  const registeredAt = ctx.clock.now();
  const run: TrainingRunRecord = { runId: newId('run'), model, recipient, startedAt: props.startedAt ?? registeredAt, registeredAt, datasetIds };
  await ctx.store.write(async (tx) => {
    await insertTrainingRun(tx, { ...run, actor: ctx.actor });
    await appendAudit(tx, [{ at: registeredAt, action: 'training-run.recorded', actor: ctx.actor, subject: run.runId, payload: { model, recipient: run.recipient, startedAt: formatInstant(run.startedAt), datasetIds } }]);
  });
  return run;
}
