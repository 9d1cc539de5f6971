// `consentry unlearning`: per dataset, the items that would no longer be eligible now (SPEC §5).
import { systemClock } from '../../domain/clock.js';
import { unlearningQueue } from '../../pipeline/unlearning-queue.query.js';
import { write } from '../cli-io.js';
import { withCliStore } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, type CliCommand } from '../command.js';
import { momentOption } from '../option-values.js';

/** The unlearning command. */
export const unlearningCommand: CliCommand = {
  words: ['unlearning'],
  summary: 'list, per dataset, the items that would no longer be eligible now',
  usage: `Usage: consentry unlearning [--dataset ID] [--at T] [--db …]

Re-applies each dataset's own policy, purpose and sharing to the items it holds, at T (default:
now). Prints a JSON list, one entry per dataset, with the items to remove and the rule that now
excludes each (opted-out, deleted, deceased, region-excluded, …).`,
  async run(args, io) {
    const { values } = parseCommandArgs('unlearning', args, { ...DB_OPTION, dataset: { type: 'string' }, at: { type: 'string' } }, { min: 0, max: 0, names: '' });
    const at = momentOption('unlearning', 'at', values.at) ?? systemClock.now();
    const queue = await withCliStore(values.db, io, (store) => unlearningQueue(store.db, at, values.dataset));
    await write(io.stdout, `${JSON.stringify(queue, null, 2)}\n`);
    return 0;
  },
};
