// `consentry dataset build`: writes an eligible, redacted dataset and records its lineage (SPEC §5).
import { resolve } from 'node:path';
import { systemClock } from '../../domain/clock.js';
import { ConsentryError } from '../../domain/errors.js';
import type { RedactionOperator } from '../../domain/redaction/redactor.js';
import { buildDataset } from '../../pipeline/dataset/build-dataset.command.js';
import { resolvePolicy } from '../../pipeline/resolve-policy.js';
import { write } from '../cli-io.js';
import { withCliStore } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, requireOption, type CliCommand } from '../command.js';
import { momentOption, purposeOption } from '../option-values.js';
import { createProgressLine } from '../progress-line.js';

const OPERATORS: readonly RedactionOperator[] = ['replace', 'mask', 'pseudonym'];

/** The dataset build command. */
export const datasetBuildCommand: CliCommand = {
  words: ['dataset', 'build'],
  summary: 'build a training dataset for one purpose at one moment',
  usage: `Usage: consentry dataset build --purpose P [--at T] [--share] [--recipient NAME]… [--policy PACK|FILE]
                               [--operator replace|mask|pseudonym] --out DIR [--db …]

Applies SPEC §4 to every content item created at or before T (default: now), redacts the texts of
the included items and writes DIR/data.jsonl, DIR/manifest.json and DIR/croissant.json. DIR appears
only when the build is complete. --share also requires share-affiliates; --recipient names who
receives a shared dataset. --policy is a built-in pack (privacy-first, linkedin-2024) or a JSON file.`,
  async run(args, io) {
    const { values } = parseCommandArgs(
      'dataset build',
      args,
      {
        ...DB_OPTION,
        purpose: { type: 'string' },
        at: { type: 'string' },
        share: { type: 'boolean' },
        recipient: { type: 'string', multiple: true },
        policy: { type: 'string' },
        operator: { type: 'string' },
        out: { type: 'string' },
      },
      { min: 0, max: 0, names: '' },
    );
    const purpose = purposeOption('dataset build', values.purpose);
    const at = momentOption('dataset build', 'at', values.at);
    const out = resolve(io.cwd, requireOption('dataset build', 'out', values.out));
    const operator = (values.operator ?? 'replace') as RedactionOperator;
    if (!OPERATORS.includes(operator)) throw new ConsentryError('E_INVALID_ARGUMENT', `dataset build: --operator "${values.operator ?? ''}" is not one of ${OPERATORS.join(', ')}`);
    const shared = values.share === true;
    const recipients = values.recipient ?? [];
    if (!shared && recipients.length > 0) throw new ConsentryError('E_INVALID_ARGUMENT', 'dataset build: --recipient needs --share');
    const policy = await resolvePolicy(values.policy, io.cwd);
    if (at !== undefined && at > systemClock.now()) io.stderr.write('consentry: warning: --at is in the future; settings may still change before then\n');

    const abort = new AbortController();
    void io.stopSignal?.then(() => { abort.abort(); });
    const progress = createProgressLine(io, 'dataset build');
    const manifest = await withCliStore(values.db, io, (store) =>
      buildDataset({
        ctx: { store, clock: systemClock, actor: 'cli' },
        request: { purpose, at, shared, recipients, policy, outDir: out, operator },
        onProgress: (p) => { progress.update(p); },
        signal: abort.signal,
      }),
    ).finally(() => { progress.end(); });
    await write(io.stdout, `${JSON.stringify(manifest, null, 2)}\n`);
    return 0;
  },
};
