// `consentry decide`: may a member's content be used for a purpose at a moment (SPEC §5)?
import { systemClock } from '../../domain/clock.js';
import { decideMember } from '../../pipeline/decide-member.command.js';
import { resolvePolicy } from '../../pipeline/resolve-policy.js';
import { write } from '../cli-io.js';
import { withCliStore } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, requireOption, type CliCommand } from '../command.js';
import { momentOption, purposeOption } from '../option-values.js';

/** The decide command. */
export const decideCommand: CliCommand = {
  words: ['decide'],
  summary: 'decide whether a member’s content may be used for a purpose',
  usage: `Usage: consentry decide --member ID --purpose P [--at T] [--policy PACK|FILE] [--db …]

Prints {"allowed": bool, "reason": code|null, "regime": "opt-in"|"opt-out"|"excluded"} for the
member's content in general at T (default: now), with the residence at T.`,
  async run(args, io) {
    const { values } = parseCommandArgs('decide', args, { ...DB_OPTION, member: { type: 'string' }, purpose: { type: 'string' }, at: { type: 'string' }, policy: { type: 'string' } }, { min: 0, max: 0, names: '' });
    const memberId = requireOption('decide', 'member', values.member);
    const purpose = purposeOption('decide', values.purpose);
    const at = momentOption('decide', 'at', values.at);
    const policy = await resolvePolicy(values.policy, io.cwd);
    const decision = await withCliStore(values.db, io, (store) => decideMember({ ctx: { store, clock: systemClock, actor: 'cli' }, memberId, purpose, at, policy }));
    await write(io.stdout, `${JSON.stringify(decision)}\n`);
    return 0;
  },
};
