// Every CLI command, in the order `consentry --help` lists them. Commands load on demand: loading
// all of them (HTTP server, NLP lexicons, phone metadata) costs a second and ~80 MB per run.
import type { CliCommand } from './command.js';

/** A command's words, and how to load it. */
export interface CommandEntry {
  readonly words: readonly string[];
  load(): Promise<CliCommand>;
}

/** The commands the CLI knows. */
export const COMMANDS: readonly CommandEntry[] = [
  { words: ['import'], load: async () => (await import('./commands/import.command.js')).importCommand },
  { words: ['decide'], load: async () => (await import('./commands/decide.command.js')).decideCommand },
  { words: ['dataset', 'build'], load: async () => (await import('./commands/dataset-build.command.js')).datasetBuildCommand },
  { words: ['dataset', 'list'], load: async () => (await import('./commands/dataset-list.command.js')).datasetListCommand },
  { words: ['run', 'register'], load: async () => (await import('./commands/run-register.command.js')).runRegisterCommand },
  { words: ['redact'], load: async () => (await import('./commands/redact.command.js')).redactCommand },
  { words: ['usage'], load: async () => (await import('./commands/usage.command.js')).usageCommand },
  { words: ['unlearning'], load: async () => (await import('./commands/unlearning.command.js')).unlearningCommand },
  { words: ['audit', 'verify'], load: async () => (await import('./commands/audit-verify.command.js')).auditVerifyCommand },
  { words: ['serve'], load: async () => (await import('./commands/serve.command.js')).serveCommand },
  { words: ['member', 'password'], load: async () => (await import('./commands/member-password.command.js')).memberPasswordCommand },
  { words: ['staff', 'add'], load: async () => (await import('./commands/staff.command.js')).staffAddCommand },
  { words: ['staff', 'token'], load: async () => (await import('./commands/staff.command.js')).staffTokenCommand },
  { words: ['delegate', 'add'], load: async () => (await import('./commands/delegate-add.command.js')).delegateAddCommand },
  { words: ['demo', 'generate'], load: async () => (await import('./commands/demo-generate.command.js')).demoGenerateCommand },
];
