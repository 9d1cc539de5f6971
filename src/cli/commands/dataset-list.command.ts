// `consentry dataset list`: the completed datasets, newest first.
import { formatInstant } from '../../schema/time.js';
import { listDatasets } from '../../store/dataset-records.js';
import { write } from '../cli-io.js';
import { withCliStore } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, type CliCommand } from '../command.js';

/** The dataset list command. */
export const datasetListCommand: CliCommand = {
  words: ['dataset', 'list'],
  summary: 'list the datasets built so far',
  usage: 'Usage: consentry dataset list [--db …]\n\nPrints a JSON list of completed datasets, newest first.',
  async run(args, io) {
    const { values } = parseCommandArgs('dataset list', args, { ...DB_OPTION }, { min: 0, max: 0, names: '' });
    const datasets = await withCliStore(values.db, io, (store) => listDatasets(store.db));
    const shown = datasets.map((d) => ({
      datasetId: d.id,
      purpose: d.purpose,
      snapshotAt: formatInstant(d.snapshotAt),
      shared: d.shared,
      recipients: d.recipients,
      policy: d.policy,
      included: d.included,
      builtAt: d.completedAt === null ? null : formatInstant(d.completedAt),
      outDir: d.outDir,
    }));
    await write(io.stdout, `${JSON.stringify(shown, null, 2)}\n`);
    return 0;
  },
};
