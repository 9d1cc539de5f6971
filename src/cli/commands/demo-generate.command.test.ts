// `consentry demo generate` in-process: output, --out atomicity, bad options, backpressure, early close, stop.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';
import { networkJsonl } from '../../pipeline/demo/network-jsonl.js';
import { RECORD_SCHEMAS, type ImportRecord } from '../../schema/records.js';
import { main } from '../main.js';

const dirs: string[] = [];
function emptyDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-demo-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const expected = (members: number, seed: number): string => Buffer.concat([...networkJsonl({ members, seed })]).toString('utf8');

/** Runs the command with a given stdout, so tests can control how fast it is read. */
async function runWith(args: readonly string[], stdout: Writable, stopSignal?: Promise<void>): Promise<{ status: number; stderr: string }> {
  const stderr = new PassThrough();
  const err: Buffer[] = [];
  stderr.on('data', (c: Buffer) => err.push(c));
  const status = await main(['demo', 'generate', ...args], { stdin: Readable.from([]), stdout, stderr, env: {}, cwd: emptyDir(), interactive: false, stopSignal });
  return { status, stderr: Buffer.concat(err).toString() };
}

describe('consentry demo generate', () => {
  it('writes the network as import JSONL to stdout, seed 1 by default', async () => {
    const run = await runCli(['demo', 'generate', '--members', '40']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected(40, 1));
    const records = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as ImportRecord);
    expect(records.filter((r) => r.type === 'member')).toHaveLength(40);
    for (const record of records) expect(RECORD_SCHEMAS[record.type].safeParse(record).success).toBe(true);
  });

  it('follows --seed and is reproducible', async () => {
    const a = await runCli(['demo', 'generate', '--members', '20', '--seed', '12']);
    const b = await runCli(['demo', 'generate', '--members', '20', '--seed=-12']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(expected(20, 12));
    expect(a.stdout).not.toBe(expected(20, 1));
    expect(b.status).toBe(0);
    expect(b.stdout).toBe(expected(20, -12));
    expect(b.stdout).not.toBe(a.stdout);
  });

  it('writes --out FILE completely, leaving no temporary file behind', async () => {
    const cwd = emptyDir();
    const run = await runCli(['demo', 'generate', '--members', '60', '--seed', '5', '--out', 'network.jsonl'], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(cwd, 'network.jsonl'), 'utf8')).toBe(expected(60, 5));
    expect(readdirSync(cwd)).toEqual(['network.jsonl']);
  });

  it.each([
    [['--members', '0'], '--members must be a whole number from 1 to 10,000,000, got "0"'],
    [['--members', 'many'], '--members must be a whole number from 1 to 10,000,000, got "many"'],
    [['--members', '2.5'], '--members must be a whole number'],
    [['--members', '10000001'], '--members must be a whole number'],
    [[], '--members is required'],
    [['--members', '3', '--seed', 'x'], '--seed must be an integer'],
    [['--members', '3', '--seed', '1e3'], '--seed must be an integer'],
    [['--members', '3', '--colour'], "Unknown option '--colour'"],
  ])('refuses %j with a clear message and exit status 2', async (args, message) => {
    const run = await runCli(['demo', 'generate', ...args]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`consentry: demo generate: ${message}`);
  });

  it('reports an unwritable --out with exit status 1 and creates nothing', async () => {
    const cwd = emptyDir();
    const run = await runCli(['demo', 'generate', '--members', '5', '--out', join('missing', 'network.jsonl')], { cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('demo generate: cannot write missing/network.jsonl: no such directory');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('waits for a slow reader instead of buffering the whole network', async () => {
    const received: Buffer[] = [];
    let peakBuffered = 0;
    const stdout = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk);
        setImmediate(done);
      },
    });
    const writeOriginal = stdout.write.bind(stdout);
    stdout.write = ((chunk: Buffer, ...rest: never[]) => {
      const ok = writeOriginal(chunk, ...rest);
      peakBuffered = Math.max(peakBuffered, stdout.writableLength);
      return ok;
    }) as typeof stdout.write;
    const run = await runWith(['--members', '600', '--seed', '2'], stdout);
    expect(run.status).toBe(0);
    expect(Buffer.concat(received).toString('utf8')).toBe(expected(600, 2));
    // One 256 KiB chunk may be in flight, never the whole output.
    expect(peakBuffered).toBeLessThanOrEqual(256 * 1024);
    expect(Buffer.concat(received).length).toBeGreaterThan(4 * 256 * 1024);
  });

  it('stops quietly when the reader goes away, as with `| head`', async () => {
    let chunks = 0;
    const stdout: Writable = new Writable({
      highWaterMark: 1024,
      write(_chunk: Buffer, _encoding, done) {
        chunks++;
        if (chunks === 2) {
          const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
          done(error);
        } else setImmediate(done);
      },
    });
    const run = await runWith(['--members', '2000'], stdout);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(chunks).toBe(2);
  });

  it('reports any other write failure with exit status 1', async () => {
    const stdout = new Writable({
      write(_chunk: Buffer, _encoding, done) {
        done(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
      },
    });
    const run = await runWith(['--members', '2000'], stdout);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('demo generate: cannot write the output: no space left on device');
  });

  it('stops on a stop signal, and then leaves no --out file at all', async () => {
    const cwd = emptyDir();
    const stderr = new PassThrough();
    const err: Buffer[] = [];
    stderr.on('data', (c: Buffer) => err.push(c));
    const status = await main(['demo', 'generate', '--members', '5000', '--out', 'network.jsonl'], {
      stdin: Readable.from([]),
      stdout: new PassThrough(),
      stderr,
      env: {},
      cwd,
      interactive: false,
      stopSignal: Promise.resolve(),
    });
    expect(status).toBe(130);
    expect(Buffer.concat(err).toString()).toContain('demo generate: interrupted, network.jsonl not written');
    expect(readdirSync(cwd)).toEqual([]);
  });
});
