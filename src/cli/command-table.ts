// Every CLI command, in the order `consentry --help` lists them.
import type { CliCommand } from './command.js';
import { auditVerifyCommand } from './commands/audit-verify.command.js';
import { datasetBuildCommand } from './commands/dataset-build.command.js';
import { decideCommand } from './commands/decide.command.js';
import { delegateAddCommand } from './commands/delegate-add.command.js';
import { demoGenerateCommand } from './commands/demo-generate.command.js';
import { importCommand } from './commands/import.command.js';
import { memberPasswordCommand } from './commands/member-password.command.js';
import { redactCommand } from './commands/redact.command.js';
import { unlearningCommand } from './commands/unlearning.command.js';
import { serveCommand } from './commands/serve.command.js';
import { staffAddCommand, staffTokenCommand } from './commands/staff.command.js';
import { usageCommand } from './commands/usage.command.js';

/** The commands the CLI knows. */
export const COMMANDS: readonly CliCommand[] = [
  importCommand,
  decideCommand,
  datasetBuildCommand,
  redactCommand,
  usageCommand,
  unlearningCommand,
  auditVerifyCommand,
  serveCommand,
  memberPasswordCommand,
  staffAddCommand,
  staffTokenCommand,
  delegateAddCommand,
  demoGenerateCommand,
];
