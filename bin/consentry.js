#!/usr/bin/env node
// The installed `consentry` command: runs the compiled CLI and is the only place that sets the exit status.
import { main } from '../dist/src/cli/main.js';

let stop;
const stopSignal = new Promise((resolve) => {
  stop = resolve;
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop());

// A reader that goes away (`consentry … | head`) is not an error of ours: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const status = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  interactive: Boolean(process.stderr.isTTY),
  stopSignal,
});
// exitCode rather than exit(): piped stdout is flushed before the process ends.
process.exitCode = status;
// Nothing may keep the process alive once the command has returned (e.g. a stdin listener).
process.stdin.destroy();
setTimeout(() => process.exit(status), 5000).unref();
