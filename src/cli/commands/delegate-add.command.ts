// `consentry delegate add --email E --member ID --kind K`: lets a legacy contact or authorised agent act for a member.
import { systemClock } from '../../domain/clock.js';
import { ConsentryError } from '../../domain/errors.js';
import { addDelegate } from '../../pipeline/accounts/add-delegate.command.js';
import { DELEGATION_KINDS, type DelegationKind } from '../../schema/accounts.js';
import { write } from '../cli-io.js';
import { withCliStore } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, requireOption, type CliCommand } from '../command.js';
import { readPassword } from '../read-password.js';

/** The delegate add command. */
export const delegateAddCommand: CliCommand = {
  words: ['delegate', 'add'],
  summary: 'let a verified legacy contact or authorised agent act for a member; a new account’s password on stdin',
  usage: `Usage: echo 'a long passphrase' | consentry delegate add --email E --member ID --kind K [--name N] [--db …]

Kinds: legacy-contact (the member died), authorised-agent (the member cannot act). When no account
has the e-mail address yet, a delegate account is created with the password read from stdin; an
existing member account is given the delegation without a password.`,
  async run(args, io) {
    const { values } = parseCommandArgs('delegate add', args, { ...DB_OPTION, email: { type: 'string' }, member: { type: 'string' }, kind: { type: 'string' }, name: { type: 'string' } }, { min: 0, max: 0, names: '' });
    const email = requireOption('delegate add', 'email', values.email);
    const memberId = requireOption('delegate add', 'member', values.member);
    const kindText = requireOption('delegate add', 'kind', values.kind);
    const kind = DELEGATION_KINDS.find((k): k is DelegationKind => k === kindText);
    if (kind === undefined) throw new ConsentryError('E_INVALID_ARGUMENT', `delegate add: --kind must be one of ${DELEGATION_KINDS.join(', ')}`);
    const result = await withCliStore(values.db, io, async (store) => {
      // A terminal on stdin means nobody piped a password: an existing account needs none.
      const password = (io.stdin as { isTTY?: boolean }).isTTY === true ? undefined : await readPassword(io.stdin);
      return addDelegate({ ctx: { store, clock: systemClock, actor: 'cli' }, email, name: values.name, password: password === '' ? undefined : password, memberId, kind });
    });
    await write(io.stdout, `${email} may now act for member ${memberId} as ${kind}${result.created ? ' (new delegate account)' : ''}\n`);
    return 0;
  },
};
