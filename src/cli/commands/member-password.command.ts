// `consentry member password --member ID`: sets a member's sign-in password, read from stdin.
import { systemClock } from '../../domain/clock.js';
import { setMemberPassword } from '../../pipeline/accounts/set-member-password.command.js';
import { write } from '../cli-io.js';
import { withCliStore } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, requireOption, type CliCommand } from '../command.js';
import { readPassword } from '../read-password.js';

/** The member password command. */
export const memberPasswordCommand: CliCommand = {
  words: ['member', 'password'],
  summary: 'set a member’s sign-in password (read from stdin) so they can use the web pages',
  usage: `Usage: echo 'a long passphrase' | consentry member password --member ID [--db …]

Reads the password from the first line of standard input (at least 10 characters). The member signs
in with the e-mail address of their member record. Creates the member's account the first time;
changing the password ends the member's open sessions.`,
  async run(args, io) {
    const { values } = parseCommandArgs('member password', args, { ...DB_OPTION, member: { type: 'string' } }, { min: 0, max: 0, names: '' });
    const memberId = requireOption('member password', 'member', values.member);
    const password = await readPassword(io.stdin);
    const result = await withCliStore(values.db, io, (store) => setMemberPassword({ ctx: { store, clock: systemClock, actor: 'cli' }, memberId, password }));
    await write(io.stdout, `${result.created ? 'Enabled' : 'Changed'} sign-in for member ${memberId}: ${result.email}\n`);
    return 0;
  },
};
