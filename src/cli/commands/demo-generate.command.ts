// `consentry demo generate`: writes a synthetic network in the import format (SPEC §5).
import { randomBytes } from 'node:crypto';
import { close, createWriteStream, fsync, open } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { ConsentryError } from '../../domain/errors.js';
import { MAX_MEMBERS } from '../../pipeline/demo/generate-network.js';
import { networkJsonl, type JsonlProgress } from '../../pipeline/demo/network-jsonl.js';
import type { CliIo } from '../cli-io.js';
import { parseCommandArgs, requireOption, type CliCommand } from '../command.js';
import { createProgressLine } from '../progress-line.js';

const COMMAND = 'demo generate';
const DEFAULT_SEED = 1;
const INTERRUPTED = 130;

/** The demo generate command. */
export const demoGenerateCommand: CliCommand = {
  words: ['demo', 'generate'],
  summary: 'write a synthetic network (members, content, consent events) as import JSONL',
  usage: `Usage: consentry demo generate --members N [--seed S] [--out FILE]

Writes a synthetic professional network in the import format (one JSON record a line): members
from 43 countries, their posts, articles, comments, profiles and private messages with the
personal data people really write, consent changes, GPC signals, objections, moves, deaths and
deletions. About 10 content items per member. The same N and seed always give the same bytes,
and the output for N members is the start of the output for more.

  --members N   how many members, 1 to ${MAX_MEMBERS.toLocaleString('en-US')}
  --seed S      any integer (default ${String(DEFAULT_SEED)})
  --out FILE    write to FILE (complete or not at all) instead of standard output`,
  async run(args, io) {
    const { values } = parseCommandArgs(COMMAND, args, { members: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } }, { min: 0, max: 0, names: '' });
    const members = parseMembers(requireOption(COMMAND, 'members', values.members));
    const seed = values.seed === undefined ? DEFAULT_SEED : parseSeed(values.seed);
    let stopped = false;
    void io.stopSignal?.then(() => {
      stopped = true;
    });
    const progress = throttledProgress(io, members);
    const chunks = networkJsonl({ members, seed }, { onChunk: progress.update });
    try {
      const outcome = values.out === undefined ? await writeToStream(io.stdout, chunks, () => stopped) : await writeFileAtomically(resolve(io.cwd, values.out), values.out, chunks, () => stopped);
      if (outcome === 'stopped') {
        progress.end();
        io.stderr.write(`consentry: ${COMMAND}: interrupted${values.out === undefined ? '' : `, ${values.out} not written`}\n`);
        return INTERRUPTED;
      }
      return 0;
    } finally {
      progress.end();
    }
  },
};

/** Parses --members: a whole number from 1 to MAX_MEMBERS. */
function parseMembers(text: string): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_MEMBERS) {
    throw new ConsentryError('E_INVALID_ARGUMENT', `${COMMAND}: --members must be a whole number from 1 to ${MAX_MEMBERS.toLocaleString('en-US')}, got "${text}"`);
  }
  return value;
}

/** Parses --seed: any integer JavaScript can represent exactly. */
function parseSeed(text: string): number {
  const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value)) {
    throw new ConsentryError('E_INVALID_ARGUMENT', `${COMMAND}: --seed must be an integer within ±9,007,199,254,740,991, got "${text}"`);
  }
  return value;
}

/** A progress line updated at most four times a second. */
function throttledProgress(io: CliIo, members: number): { update: (p: JsonlProgress) => void; end: () => void } {
  const line = createProgressLine(io, COMMAND);
  let last = 0;
  let ended = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      line.update({ done: p.members, total: members, unit: 'members', bytes: p.bytes });
    },
    end: () => {
      if (!ended) line.end();
      ended = true;
    },
  };
}

type Outcome = 'done' | 'stopped';

/**
 * Writes the chunks to a stream, waiting whenever its buffer is full. Unlike a bare wait for
 * 'drain', this also ends when the reader goes away (`consentry demo generate | head`), which is a
 * normal way to use the command and not an error.
 */
async function writeToStream(stream: Writable, chunks: Iterable<Buffer>, stopped: () => boolean, shown = 'the output'): Promise<Outcome> {
  const state: { failure: NodeJS.ErrnoException | null; wake: (() => void) | null } = { failure: null, wake: null };
  const onError = (error: NodeJS.ErrnoException): void => {
    state.failure = error;
    state.wake?.();
  };
  const onDrain = (): void => state.wake?.();
  stream.on('error', onError);
  stream.on('drain', onDrain);
  stream.on('close', onDrain);
  try {
    for (const chunk of chunks) {
      if (state.failure !== null || stream.destroyed) break;
      if (stopped()) return 'stopped';
      if (!stream.write(chunk)) {
        await new Promise<void>((resolve) => {
          state.wake = resolve;
        });
        state.wake = null;
      }
    }
    // A write to a closed pipe reports its error a tick later; wait for it before letting go.
    await new Promise<void>((resolve) => setImmediate(resolve));
  } finally {
    stream.off('drain', onDrain);
    stream.off('close', onDrain);
    // After a failure the listener stays, so a late second error cannot crash the process.
    if (state.failure === null) stream.off('error', onError);
  }
  if (state.failure !== null && state.failure.code !== 'EPIPE') {
    throw new ConsentryError('E_OUTPUT_UNWRITABLE', `${COMMAND}: cannot write ${shown}: ${describe(state.failure)}`);
  }
  return 'done';
}

const openFile = promisify(open);
const syncFile = promisify(fsync);
const closeFile = promisify(close);

/** Writes the chunks to a temporary file beside the target and renames it into place when complete. */
async function writeFileAtomically(target: string, shown: string, chunks: Iterable<Buffer>, stopped: () => boolean): Promise<Outcome> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  let fd: number;
  try {
    fd = await openFile(temp, 'wx');
  } catch (error) {
    throw new ConsentryError('E_OUTPUT_UNWRITABLE', `${COMMAND}: cannot write ${shown}: ${describe(error)}`);
  }
  let closed = false;
  let renamed = false;
  try {
    // A stream rather than awaiting each write, so the next chunk is generated while one is written.
    // A plain descriptor rather than a FileHandle: FileHandle#sync never settles after its stream ends (Node 20).
    const stream = createWriteStream('', { fd, autoClose: false, highWaterMark: 1 << 20 });
    const outcome = await writeToStream(stream, chunks, stopped, shown);
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(resolve);
    });
    if (outcome === 'stopped') return outcome;
    // Flushed to disk before the rename, so a crash cannot leave a complete-looking short file.
    await syncFile(fd);
    closed = true;
    await closeFile(fd);
    await rename(temp, target);
    renamed = true;
    return 'done';
  } catch (error) {
    if (error instanceof ConsentryError) throw error;
    throw new ConsentryError('E_OUTPUT_UNWRITABLE', `${COMMAND}: cannot write ${shown}: ${describe(error)}`);
  } finally {
    if (!closed) await closeFile(fd).catch(() => undefined);
    if (!renamed) await rm(temp, { force: true });
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}
