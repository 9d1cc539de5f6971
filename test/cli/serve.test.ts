// `consentry serve` (what `npm start` runs): seeds an empty database, prints demo logins, answers.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function startServe(cwd: string) {
  const stdout = new PassThrough();
  let printed = '';
  stdout.on('data', (c: Buffer) => (printed += c.toString()));
  let stop: () => void = () => undefined;
  const stopSignal = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const status = main(['serve'], { stdin: Readable.from([]), stdout, stderr: new PassThrough(), env: { PORT: '0', CONSENTRY_LOG: 'silent' }, cwd, interactive: false, stopSignal });
  for (let i = 0; i < 600 && !/serving on (\S+)/.test(printed); i++) await new Promise((r) => setTimeout(r, 100));
  const url = /serving on (\S+)/.exec(printed)?.[1] ?? '';
  return {
    url,
    printed: () => printed,
    stop: async () => {
      stop();
      return status;
    },
  };
}

describe('consentry serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-serve-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('seeds a demo network on first start, prints demo logins, and serves the sign-in page and API', async () => {
    const server = await startServe(dir);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.printed()).toContain('Seeding a demo network');
    expect(server.printed()).toMatch(/member +\S+@\S+ +.+\(m-000001, US\)/);
    expect(server.printed()).toMatch(/delegate +legacy\.contact@/);
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
    const login = await fetch(`${server.url}/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('Sign in');
    expect(readdirSync(join(dir, 'data', 'datasets'))).toHaveLength(2);
    expect(await server.stop()).toBe(0);

    const again = await startServe(dir);
    expect(again.printed()).not.toContain('Seeding');
    expect(again.printed()).toContain('Demo logins');
    expect(await again.stop()).toBe(0);
  }, 120_000);

  it('says plainly when the port is taken, without a stack trace, and exits 1', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    const stderr = new PassThrough();
    let printed = '';
    stderr.on('data', (c: Buffer) => (printed += c.toString()));
    const env = { PORT: String(port), CONSENTRY_LOG: 'silent', CONSENTRY_SEED_DEMO: 'never' };
    const status = await main(['serve'], { stdin: Readable.from([]), stdout: new PassThrough(), stderr, env, cwd: dir, interactive: false });
    await new Promise((resolve) => taken.close(resolve));
    expect(status).toBe(1);
    expect(printed).toBe(`consentry: 127.0.0.1:${port} is already in use by another process; stop it or set PORT to a free port\n`);
  });

  it('names every bad environment variable once, with how to fix it, before opening anything', async () => {
    const stderr = new PassThrough();
    let printed = '';
    stderr.on('data', (c: Buffer) => (printed += c.toString()));
    const status = await main(['serve'], { stdin: Readable.from([]), stdout: new PassThrough(), stderr, env: { PORT: 'abc' }, cwd: dir, interactive: false });
    expect(status).toBe(1);
    expect(printed).toBe('consentry: invalid environment: PORT: expected number, received NaN (set PORT to a number such as 3000)\n');
  });
});
