// `consentry run register`: records a model training run over datasets (lineage into models).
import { systemClock } from '../../domain/clock.js';
import { registerTrainingRun } from '../../pipeline/register-training-run.command.js';
import { unlearningQueue } from '../../pipeline/unlearning-queue.query.js';
import { write } from '../cli-io.js';
import { withCliStore } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, requireOption, type CliCommand } from '../command.js';
import { momentOption } from '../option-values.js';

/** The run register command. */
export const runRegisterCommand: CliCommand = {
  words: ['run', 'register'],
  summary: 'register a training run over one or more datasets',
  usage: `Usage: consentry run register --dataset ID [--dataset ID]… --model NAME [--recipient ORG] [--started-at T] [--db …]

Records that MODEL was trained on the datasets (by RECIPIENT when not in-house; only datasets built with
--share may go to a recipient). Members then see the model in their usage, and the unlearning queue names
the run for every dataset it used; a dataset already holding items no longer eligible gets a warning.`,
  async run(args, io) {
    const { values } = parseCommandArgs('run register', args, { ...DB_OPTION, dataset: { type: 'string', multiple: true }, model: { type: 'string' }, recipient: { type: 'string' }, 'started-at': { type: 'string' } }, { min: 0, max: 0, names: '' });
    const model = requireOption('run register', 'model', values.model);
    const startedAt = momentOption('run register', 'started-at', values['started-at']);
    const { run, stale } = await withCliStore(values.db, io, async (store) => {
      const run = await registerTrainingRun({ ctx: { store, clock: systemClock, actor: 'cli' }, datasetIds: values.dataset ?? [], model, recipient: values.recipient, startedAt });
      // Registered either way (the run happened), but whoever registers it should know it needs unlearning at once.
      const stale: string[] = [];
      for (const id of run.datasetIds) {
        const [entry] = await unlearningQueue(store.db, systemClock.now(), id);
        if (entry !== undefined && entry.items.length > 0) stale.push(`dataset ${id} holds ${entry.items.length} item(s) no longer eligible now; the run must unlearn them (consentry unlearning)`);
      }
      return { run, stale };
    });
    for (const warning of stale) await write(io.stderr, `consentry: warning: ${warning}\n`);
    await write(io.stdout, `${JSON.stringify(run, null, 2)}\n`);
    return 0;
  },
};
