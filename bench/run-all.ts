// `npm run bench`: runs each benchmark in its own process (so peak memory is its own) and reports.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BENCHES = ['consent-core', 'redaction', 'http'] as const;
const wanted = process.argv.slice(2);
const selected = wanted.length === 0 ? BENCHES : BENCHES.filter((b) => wanted.includes(b));
let failed = false;
for (const name of selected) {
  const file = join(import.meta.dirname, `${name}.bench.js`);
  if (!existsSync(file)) {
    console.log(`bench ${name}: not built (${file} missing), skipped`);
    continue;
  }
  console.log(`\n=== bench ${name} ===`);
  const result = spawnSync(process.execPath, ['--expose-gc', file], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
// Redraw docs/benchmarks.svg from whatever results are now committed or fresh.
const charts = spawnSync(process.execPath, [join(import.meta.dirname, 'render-charts.js')], { stdio: 'inherit' });
process.exitCode = failed || charts.status !== 0 ? 1 : 0;
