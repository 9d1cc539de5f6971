// `consentry staff add --email E --role R` (password on stdin) and `consentry staff token --email E`.
import { systemClock } from '../../domain/clock.js';
import { ConsentryError } from '../../domain/errors.js';
import { addStaffAccount } from '../../pipeline/accounts/add-account.command.js';
import { issueApiToken } from '../../pipeline/accounts/issue-api-token.command.js';
import { STAFF_ROLES, type StaffRole } from '../../schema/accounts.js';
import { write } from '../cli-io.js';
import { withCliStore } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, requireOption, type CliCommand } from '../command.js';
import { readPassword } from '../read-password.js';

function staffRole(value: string): StaffRole {
  const role = STAFF_ROLES.find((r) => r === value);
  if (role === undefined) throw new ConsentryError('E_INVALID_ARGUMENT', `staff add: --role must be one of ${STAFF_ROLES.join(', ')}`);
  return role;
}

/** The staff add command. */
export const staffAddCommand: CliCommand = {
  words: ['staff', 'add'],
  summary: 'add a staff account (privacy-officer, ml-engineer, auditor); password on stdin',
  usage: `Usage: echo 'a long passphrase' | consentry staff add --email E --role R [--name N] [--db …]

Roles: ${STAFF_ROLES.join(', ')}. Reads the password from the first line of standard input (at least
10 characters). Staff sign in on /login and get API tokens with \`consentry staff token\`.`,
  async run(args, io) {
    const { values } = parseCommandArgs('staff add', args, { ...DB_OPTION, email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } }, { min: 0, max: 0, names: '' });
    const email = requireOption('staff add', 'email', values.email);
    const role = staffRole(requireOption('staff add', 'role', values.role));
    const password = await readPassword(io.stdin);
    const result = await withCliStore(values.db, io, (store) => addStaffAccount({ ctx: { store, clock: systemClock, actor: 'cli' }, email, role, name: values.name, password }));
    await write(io.stdout, `Added ${role} ${result.email} (${result.accountId})\n`);
    return 0;
  },
};

/** The staff token command. */
export const staffTokenCommand: CliCommand = {
  words: ['staff', 'token'],
  summary: 'print a new bearer token for the API of a staff account',
  usage: `Usage: consentry staff token --email E [--days N] [--db …]

Prints a new token (valid 90 days unless --days says otherwise) on stdout, once: only its hash is
stored. Send it as "Authorization: Bearer <token>".`,
  async run(args, io) {
    const { values } = parseCommandArgs('staff token', args, { ...DB_OPTION, email: { type: 'string' }, days: { type: 'string' } }, { min: 0, max: 0, names: '' });
    const email = requireOption('staff token', 'email', values.email);
    const days = values.days === undefined ? undefined : Number(values.days);
    if (days !== undefined && !Number.isInteger(days)) throw new ConsentryError('E_INVALID_ARGUMENT', 'staff token: --days must be a whole number');
    const result = await withCliStore(values.db, io, (store) => issueApiToken({ ctx: { store, clock: systemClock, actor: 'cli' }, email, days }));
    await write(io.stdout, `${result.token}\n`);
    return 0;
  },
};
