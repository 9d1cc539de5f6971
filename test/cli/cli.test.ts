// The CLI of SPEC §5, in-process: arguments, exit statuses, JSON outputs and one-line errors.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const EXAMPLE = join(import.meta.dirname, '../fixtures/examples/basic/input.jsonl');

describe('consentry CLI', () => {
  let dir: string;
  let dbArgs: string[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'consentry-cli-'));
    dbArgs = ['--db', join(dir, 'cli.db')];
  });
  afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

  it('prints help, and refuses unknown commands and options with status 2', async () => {
    expect((await runCli(['--help'])).stdout).toContain('dataset build');
    expect((await runCli([])).status).toBe(2);
    const unknown = await runCli(['publish']);
    expect(unknown).toMatchObject({ status: 2 });
    expect(unknown.stderr).toContain('unknown command "publish"');
    const badOption = await runCli(['decide', '--member', 'm', '--purpose', 'train-ai', '--bogus']);
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toContain("Unknown option '--bogus'");
  });

  it('imports a file and prints a summary; a second import adds nothing', async () => {
    const first = await runCli(['import', EXAMPLE, ...dbArgs]);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ lines: 24, added: { member: 6, content: 10, consent: 5 } });
    const second = await runCli(['import', EXAMPLE, ...dbArgs]);
    expect(JSON.parse(second.stdout)).toMatchObject({ batchId: null, added: { member: 0, content: 0 } });
  });

  it('refuses an invalid file with status 1, listing each bad line', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"type":"member","id":"x"}\nnot json\n');
    const run = await runCli(['import', bad, ...dbArgs]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/import refused: 2 invalid lines/);
    expect(run.stderr).toMatch(/line 1: member x: name: required/);
    expect(run.stderr).toMatch(/line 2: not valid JSON/);
    expect((await runCli(['import', join(dir, 'missing.jsonl'), ...dbArgs])).stderr).toContain('no such file');
  });

  it('reads the import from stdin with -', async () => {
    const run = await runCli(['import', '-', '--db', join(dir, 'stdin.db')], { stdin: readFileSync(EXAMPLE, 'utf8') });
    expect(JSON.parse(run.stdout)).toMatchObject({ source: 'stdin', added: { member: 6 } });
  });

  it('decides for a member with exactly allowed, reason and regime', async () => {
    const run = await runCli(['decide', '--member', 'm-ada', '--purpose', 'train-genai', '--at', '2025-08-01T00:00:00Z', ...dbArgs]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ allowed: true, reason: null, regime: 'opt-in' });
    const li = await runCli(['decide', '--member', 'm-bo', '--purpose', 'train-genai', '--at', '2025-08-01', '--policy', 'linkedin-2024', ...dbArgs]);
    expect(JSON.parse(li.stdout)).toEqual({ allowed: false, reason: 'region-excluded', regime: 'excluded' });
  });

  it('names what is wrong with decide’s arguments', async () => {
    expect((await runCli(['decide', '--purpose', 'train-ai', ...dbArgs])).stderr).toContain('--member is required');
    expect((await runCli(['decide', '--member', 'm-ada', '--purpose', 'train-all', ...dbArgs])).stderr).toContain('--purpose "train-all" is not one of train-ai, train-genai, share-affiliates');
    expect((await runCli(['decide', '--member', 'm-ada', '--purpose', 'train-ai', '--at', 'yesterday', ...dbArgs])).stderr).toContain('--at "yesterday"');
    const missing = await runCli(['decide', '--member', 'nobody', '--purpose', 'train-ai', ...dbArgs]);
    expect(missing).toMatchObject({ status: 1 });
    expect(missing.stderr).toContain('no member with id "nobody"');
    expect((await runCli(['decide', '--member', 'm-ada', '--purpose', 'train-ai', '--policy', 'nope', ...dbArgs])).stderr).toContain('no built-in policy pack "nope"');
  });

  it('refuses a malformed policy file naming the field', async () => {
    const file = join(dir, 'pack.json');
    writeFileSync(file, JSON.stringify({ id: 'x', version: 1 }));
    const run = await runCli(['decide', '--member', 'm-ada', '--purpose', 'train-ai', '--policy', file, ...dbArgs]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('minimumAge: required');
  });

  it('builds a dataset, then reports usage, the unlearning queue and an intact audit chain', async () => {
    const out = join(dir, 'ds');
    const build = await runCli(['dataset', 'build', '--purpose', 'train-genai', '--at', '2025-08-01T00:00:00Z', '--out', out, ...dbArgs]);
    expect(build.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { datasetId: string; counts: { included: number } };
    expect(manifest.counts.included).toBe(4);
    const usage = JSON.parse((await runCli(['usage', '--member', 'm-ada', ...dbArgs])).stdout) as { datasetId: string; items: number }[];
    expect(usage).toEqual([expect.objectContaining({ datasetId: manifest.datasetId, items: 2 })]);
    const queue = JSON.parse((await runCli(['unlearning', ...dbArgs])).stdout) as { datasetId: string; items: { id: string; reason: string }[] }[];
    expect(queue.find((q) => q.datasetId === manifest.datasetId)?.items).toEqual([
      { id: 'c-ada-3', memberId: 'm-ada', reason: 'deleted' },
      { id: 'c-ed-1', memberId: 'm-ed', reason: 'opted-out' },
    ]);
    const run = await runCli(['run', 'register', '--dataset', manifest.datasetId, '--model', 'ranker-v2', ...dbArgs]);
    expect(JSON.parse(run.stdout)).toMatchObject({ model: 'ranker-v2', datasetIds: [manifest.datasetId] });
    expect(run.stderr).toContain(`warning: dataset ${manifest.datasetId} holds 2 item(s) no longer eligible now`);
    expect((await runCli(['run', 'register', '--dataset', 'ds_missing', '--model', 'x', ...dbArgs])).stderr).toContain('no completed dataset with id "ds_missing"');
    const listed = JSON.parse((await runCli(['dataset', 'list', ...dbArgs])).stdout) as { datasetId: string }[];
    expect(listed.map((d) => d.datasetId)).toEqual([manifest.datasetId]);
    const audit = await runCli(['audit', 'verify', ...dbArgs]);
    expect(audit.status).toBe(0);
    expect(JSON.parse(audit.stdout)).toMatchObject({ intact: true });
  });

  it('names what is wrong with dataset build’s arguments and leaves no output', async () => {
    const out = join(dir, 'never');
    expect((await runCli(['dataset', 'build', '--purpose', 'train-genai', ...dbArgs])).stderr).toContain('--out is required');
    expect((await runCli(['dataset', 'build', '--purpose', 'train-genai', '--recipient', 'X', '--out', out, ...dbArgs])).stderr).toContain('--recipient needs --share');
    expect((await runCli(['dataset', 'build', '--purpose', 'train-genai', '--operator', 'shred', '--out', out, ...dbArgs])).stderr).toContain('--operator "shred"');
    expect(existsSync(out)).toBe(false);
  });

  it('uses CONSENTRY_DB when --db is absent', async () => {
    const run = await runCli(['import', EXAMPLE], { env: { CONSENTRY_DB: join(dir, 'env.db') } });
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'env.db'))).toBe(true);
  });
});

describe('command table', () => {
  it('dispatches each entry to the command with the same words', async () => {
    const { COMMANDS } = await import('../../src/cli/command-table.js');
    for (const entry of COMMANDS) expect((await entry.load()).words).toEqual(entry.words);
  });
});
