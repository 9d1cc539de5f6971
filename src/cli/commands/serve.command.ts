// `consentry serve`: the web app and /api/v1 on HOST:PORT over the chosen database.
import { dirname, join, resolve } from 'node:path';
import { systemClock } from '../../domain/clock.js';
import { ConsentryError } from '../../domain/errors.js';
import { createApp } from '../../server/create-app.js';
import { loadServerConfig } from '../../server/server-config.js';
import { seedDemoIfEmpty } from '../../pipeline/demo/seed-demo.command.js';
import { isPostgresUrl, openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import type { CliIo } from '../cli-io.js';
import { dbLocation } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, type CliCommand } from '../command.js';

async function seedDemo(store: Store, location: string, io: CliIo) {
  const datasetsDir = isPostgresUrl(location) ? resolve(io.cwd, 'data/datasets') : join(dirname(resolve(io.cwd, location)), 'datasets');
  const empty = (await store.db.selectFrom('members').select('id').limit(1).executeTakeFirst()) === undefined;
  if (empty) io.stdout.write('Seeding a demo network (first start on an empty database) …\n');
  return seedDemoIfEmpty({ ctx: { store, clock: systemClock, actor: 'system:demo-seed' }, datasetsDir });
}

/** Starts listening; a taken address is the operator's to fix, so it gets a plain message, not a stack. */
async function listen(app: { listen: (options: { host: string; port: number }) => Promise<string> }, host: string, port: number): Promise<string> {
  try {
    return await app.listen({ host, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ConsentryError('E_ADDRESS_IN_USE', `${host}:${port} is already in use by another process; stop it or set PORT to a free port`);
    }
    throw error;
  }
}

/** The serve command. */
export const serveCommand: CliCommand = {
  words: ['serve'],
  summary: 'serve the web app and the API (HOST/PORT, default 127.0.0.1:3000)',
  usage: `Usage: consentry serve [--db …]

Environment: HOST (127.0.0.1), PORT (3000), CONSENTRY_DB, CONSENTRY_SEED_DEMO (auto|never),
CONSENTRY_LOG (silent|error|info|debug). Stops cleanly on SIGINT/SIGTERM.`,
  async run(args, io) {
    const { values } = parseCommandArgs('serve', args, { ...DB_OPTION }, { min: 0, max: 0, names: '' });
    const config = loadServerConfig(io.env);
    const location = dbLocation(values.db, io);
    const store = await openStore(location, io.cwd);
    try {
      const seed = config.CONSENTRY_SEED_DEMO === 'never' ? null : await seedDemo(store, location, io);
      const { app } = await createApp({ store, clock: systemClock, config });
      const address = (await listen(app, config.HOST, config.PORT)).replace('[::1]', 'localhost');
      io.stdout.write(`Consentry is serving on ${address} (database: ${store.location})\n`);
      if (seed !== null && seed.logins.length > 0) {
        io.stdout.write(`\nDemo logins (password for all: ${seed.logins[0]?.password ?? ''}) — sign in at ${address}/login\n`);
        for (const login of seed.logins) io.stdout.write(`  ${login.role.padEnd(16)} ${login.email.padEnd(42)} ${login.who}\n`);
      }
      await (io.stopSignal ?? new Promise<void>(() => undefined));
      await app.close();
      return 0;
    } finally {
      await store.close();
    }
  },
};
