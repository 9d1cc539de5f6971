// `consentry usage --member ID`: the datasets holding a member's content (SPEC §5).
import { memberUsage } from '../../pipeline/member-usage.query.js';
import { write } from '../cli-io.js';
import { withCliStore } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, requireOption, type CliCommand } from '../command.js';

/** The usage command. */
export const usageCommand: CliCommand = {
  words: ['usage'],
  summary: 'list every dataset that holds a member’s content, and who received it',
  usage: `Usage: consentry usage --member ID [--db …]

Prints a JSON list with one entry per dataset holding the member's content: datasetId, purpose,
snapshotAt, policy, shared, recipients and how many of the member's items it holds.`,
  async run(args, io) {
    const { values } = parseCommandArgs('usage', args, { ...DB_OPTION, member: { type: 'string' } }, { min: 0, max: 0, names: '' });
    const memberId = requireOption('usage', 'member', values.member);
    const usage = await withCliStore(values.db, io, (store) => memberUsage(store.db, memberId));
    await write(io.stdout, `${JSON.stringify(usage, null, 2)}\n`);
    return 0;
  },
};
