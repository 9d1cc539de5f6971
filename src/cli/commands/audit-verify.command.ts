// `consentry audit verify`: exit 0 when the audit chain is intact, 1 naming the first broken entry.
import { verifyAudit } from '../../pipeline/audit-verify.query.js';
import { write } from '../cli-io.js';
import { withCliStore } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, type CliCommand } from '../command.js';

/** The audit verify command. */
export const auditVerifyCommand: CliCommand = {
  words: ['audit', 'verify'],
  summary: 'verify the tamper-evident audit chain',
  usage: `Usage: consentry audit verify [--db …]

Checks that no audit entry was altered, removed or reordered, and that every audited consent,
objection, move, status and deletion record still matches its entry. Exit 0 when intact; exit 1
naming the first bad entry otherwise.`,
  async run(args, io) {
    const { values } = parseCommandArgs('audit verify', args, { ...DB_OPTION }, { min: 0, max: 0, names: '' });
    const result = await withCliStore(values.db, io, (store) => verifyAudit(store.db));
    await write(io.stdout, `${JSON.stringify(result)}\n`);
    if (result.intact) return 0;
    io.stderr.write(`consentry: audit chain broken at entry ${result.firstBadEntry}: ${result.problem}\n`);
    return 1;
  },
};
