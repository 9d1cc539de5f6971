// A one-line progress display on the terminal (stderr), silent when stderr is not a terminal.
import type { Progress } from '../pipeline/pipeline-context.js';
import type { CliIo } from './cli-io.js';

/** A progress line that rewrites itself in place. */
export interface ProgressLine {
  update(progress: Progress): void;
  /** Clears the line (before the final result is printed). */
  end(): void;
}

const number = new Intl.NumberFormat('en-US');

/** Creates a progress line for a labelled operation. */
export function createProgressLine(io: CliIo, label: string): ProgressLine {
  const started = Date.now();
  let shown = false;
  return {
    update(progress) {
      if (!io.interactive) return;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const parts = [`${label}: ${number.format(progress.done)}${progress.total === null ? '' : ` / ${number.format(progress.total)}`} ${progress.unit}`];
      if (progress.total !== null && progress.total > 0) parts.push(`${Math.floor((100 * progress.done) / progress.total)}%`);
      if (progress.bytes !== undefined) parts.push(`${(progress.bytes / 1e6).toFixed(1)} MB`, `${(progress.bytes / 1e6 / seconds).toFixed(1)} MB/s`);
      parts.push(`${number.format(Math.round(progress.done / seconds))} ${progress.unit}/s`);
      io.stderr.write(`\r\x1b[2K${parts.join(' · ')}`);
      shown = true;
    },
    end() {
      if (shown) io.stderr.write('\r\x1b[2K');
    },
  };
}
