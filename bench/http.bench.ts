// HTTP benchmark (issue 4): autocannon against `consentry serve` in a child process — POST /api/v1/decisions
// with 100 triples a call and GET /api/v1/members/{id}/settings, next to the minimal route of the same server
// (GET /api/v1/health) in the same run. Target: each at least 30% of the minimal route's requests per second.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { machineInfo } from './machine-info.js';
import { median } from './median.js';

const ROOT = join(import.meta.dirname, '../..');
const WORK = join(ROOT, 'bench/work');
const BIN = join(ROOT, 'bin/consentry.js');
const MEMBERS = Number(process.env['BENCH_HTTP_MEMBERS'] ?? 2000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
/** Rounds of the three routes in turn: a burst of load from elsewhere on the machine then hits one round of each, not one route. */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 16);
const TARGET_RATIO = 0.3;
const PASSWORD = 'bench-password-123';

function cli(args: string[], stdin?: string): string {
  return execFileSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input: stdin ?? '', maxBuffer: 1 << 26 });
}

/** Starts `consentry serve` on a free port and resolves with its URL. */
function serve(db: string): Promise<{ url: string; child: ChildProcess }> {
  // The global per-address rate limit is off: every request comes from one address here, which is
  // exactly what the limit exists to stop. Everything else is as `npm start` runs it.
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', CONSENTRY_DB: db, CONSENTRY_SEED_DEMO: 'never', CONSENTRY_RATE_LIMIT: '0', CONSENTRY_LOG: 'silent' };
  const child = spawn(process.execPath, [BIN, 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /serving on (http:\/\/[^\s]+)/.exec(out);
      if (m?.[1] !== undefined) resolve({ url: m[1], child });
    });
    child.on('exit', (code) => {
      reject(new Error(`serve exited with ${String(code)} before listening:\n${out}`));
    });
  });
}

/** Signs a member in through the real form and returns the session cookie. */
async function memberSession(url: string, email: string): Promise<string> {
  const login = await fetch(`${url}/login`);
  const formCookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const token = /name="csrf-token" content="([^"]+)"/.exec(await login.text())?.[1] ?? '';
  const response = await fetch(`${url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: formCookie },
    body: new URLSearchParams({ _csrf: token, email, password: PASSWORD }).toString(),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('consentry_session='));
  if (session === undefined) throw new Error(`sign-in of ${email} failed (${response.status})`);
  return session.split(';')[0] ?? '';
}

interface Measured {
  readonly route: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
}

async function measure(route: string, options: autocannon.Options): Promise<Measured> {
  const result = await autocannon({ ...options, duration: SECONDS });
  const measured = { route, requestsPerSecond: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
  console.log(`  ${route.padEnd(48)} ${String(measured.requestsPerSecond).padStart(7)} req/s   p50 ${measured.p50Ms} ms   p99 ${measured.p99Ms} ms${measured.non2xx + measured.errors > 0 ? `   (${measured.non2xx} non-2xx, ${measured.errors} errors)` : ''}`);
  return measured;
}

/** One route over all rounds: median requests/s and latencies, and every round as measured. */
function summarise(rounds: readonly Measured[]): Measured & { rounds: readonly Measured[] } {
  const first = rounds[0];
  if (first === undefined) throw new Error('no rounds');
  return {
    route: first.route,
    requestsPerSecond: Math.round(median(rounds.map((r) => r.requestsPerSecond))),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    rounds,
  };
}

mkdirSync(WORK, { recursive: true });
const network = join(WORK, `http-network-${MEMBERS}.jsonl`);
const db = join(WORK, 'http-bench.db');
for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
console.log(`seeding ${MEMBERS} members …`);
cli(['demo', 'generate', '--members', String(MEMBERS), '--seed', '4', '--out', network]);
cli(['import', network, '--db', db]);
const members = readFileSync(network, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('{"type":"member"'))
  .map((line) => JSON.parse(line) as { id: string; email: string });
const member = members[0];
if (member === undefined || members.length < 100) throw new Error('the generated network has too few members');
cli(['member', 'password', '--member', member.id, '--db', db], `${PASSWORD}\n`);
cli(['staff', 'add', '--email', 'bench-ml@example.org', '--role', 'ml-engineer', '--db', db], `${PASSWORD}\n`);
const token = cli(['staff', 'token', '--email', 'bench-ml@example.org', '--db', db]).trim();

const PURPOSES = ['train-ai', 'train-genai', 'share-affiliates'];
const MOMENTS = ['2024-06-01T00:00:00Z', '2025-03-01T00:00:00Z', '2025-12-01T00:00:00Z', '2026-06-01T00:00:00Z'];
const queries = Array.from({ length: 100 }, (_, i) => ({ memberId: members[(i * 17) % members.length]?.id ?? member.id, purpose: PURPOSES[i % 3] ?? 'train-ai', at: MOMENTS[i % 4] ?? MOMENTS[0] }));
const decisionsBody = JSON.stringify({ queries });

const { url, child } = await serve(db);
try {
  const cookie = await memberSession(url, member.email);
  const check = await fetch(`${url}/api/v1/decisions`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: decisionsBody });
  const checked = (await check.json()) as { decisions?: unknown[] };
  if (check.status !== 200 || checked.decisions?.length !== 100) throw new Error(`decisions call failed: ${check.status}`);
  console.log(`server ${url}, ${ROUNDS} rounds of ${SECONDS} s per route, ${CONNECTIONS} connections`);
  const targets = {
    minimal: { route: 'GET /api/v1/health (minimal route)', options: { url: `${url}/api/v1/health`, connections: CONNECTIONS } },
    settings: { route: 'GET /api/v1/members/{id}/settings', options: { url: `${url}/api/v1/members/${encodeURIComponent(member.id)}/settings`, connections: CONNECTIONS, headers: { cookie } } },
    decisions: {
      route: 'POST /api/v1/decisions (100 triples)',
      options: { url: `${url}/api/v1/decisions`, connections: CONNECTIONS, method: 'POST' as const, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: decisionsBody },
    },
  };
  const loadAtStart = loadavg().map((l) => Number(l.toFixed(2)));
  // A warm-up of each route first: JIT, prepared statements and caches settle before measuring.
  for (const target of Object.values(targets)) await autocannon({ ...target.options, duration: 2 });
  const measured: Record<keyof typeof targets, Measured[]> = { minimal: [], settings: [], decisions: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(` round ${round}`);
    for (const key of ['minimal', 'settings', 'decisions'] as const) measured[key].push(await measure(targets[key].route, targets[key].options));
  }
  const minimal = summarise(measured.minimal);
  const settings = summarise(measured.settings);
  const decisions = summarise(measured.decisions);
  // Each round's ratio to the minimal route measured next to it; the median of those is reported.
  const ratio = (m: { rounds: readonly Measured[] }) => Number(median(m.rounds.map((r, i) => r.requestsPerSecond / (minimal.rounds[i]?.requestsPerSecond ?? 1))).toFixed(3));
  const results = {
    benchmark: 'http',
    at: new Date().toISOString(),
    machine: machineInfo(),
    setup: { members: MEMBERS, database: 'sqlite', rounds: ROUNDS, secondsPerRoundAndRoute: SECONDS, connections: CONNECTIONS, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))), server: 'consentry serve in a child process; autocannon in this process', rateLimit: 'off (CONSENTRY_RATE_LIMIT=0)' },
    target: `each route ≥ ${TARGET_RATIO * 100}% of the minimal route's requests/s`,
    minimal,
    settings: { ...settings, ratioToMinimal: ratio(settings), meetsTarget: ratio(settings) >= TARGET_RATIO },
    decisions: { ...decisions, triplesPerCall: 100, decisionsPerSecond: decisions.requestsPerSecond * 100, ratioToMinimal: ratio(decisions), meetsTarget: ratio(decisions) >= TARGET_RATIO },
  };
  writeFileSync(join(ROOT, 'bench/results/http-bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`median: minimal ${minimal.requestsPerSecond} req/s, settings ${settings.requestsPerSecond} req/s, decisions ${decisions.requestsPerSecond} req/s`);
  console.log(`settings ${ratio(settings)}× and decisions ${ratio(decisions)}× the minimal route (target ≥ ${TARGET_RATIO}); written to bench/results/http-bench.json`);
  const failures = settings.non2xx + settings.errors + decisions.non2xx + decisions.errors + minimal.non2xx + minimal.errors;
  process.exitCode = failures > 0 || !results.settings.meetsTarget || !results.decisions.meetsTarget ? 1 : 0;
} finally {
  child.kill('SIGTERM');
}
