// What a CLI command may touch: streams, environment and working directory, passed in for testing.
import type { Readable, Writable } from 'node:stream';

/** The process surroundings of one CLI run. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** True when stderr is a terminal, so a live progress line makes sense. */
  readonly interactive: boolean;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); long-running commands await it. */
  readonly stopSignal?: Promise<void> | undefined;
}

/**
 * Writes a string to a stream, waiting for it to drain when its buffer is full — or to close or
 * fail, since a reader that went away (`| head`) never drains and would otherwise hang the command.
 */
export async function write(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
    stream.once('error', done);
  });
}
