// `consentry serve`: the web app and /api/v1 on HOST:PORT over the chosen database.
import { systemClock } from '../../domain/clock.js';
import { createApp } from '../../server/create-app.js';
import { loadServerConfig } from '../../server/server-config.js';
import { openStore } from '../../store/open-store.js';
import { dbLocation } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, type CliCommand } from '../command.js';

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
    const store = await openStore(dbLocation(values.db, io), io.cwd);
    try {
      const { app } = await createApp({ store, clock: systemClock, config });
      const address = await app.listen({ host: config.HOST, port: config.PORT });
      io.stdout.write(`Consentry is serving on ${address.replace('[::1]', 'localhost')} (database: ${store.location})\n`);
      await (io.stopSignal ?? new Promise<void>(() => undefined));
      await app.close();
      return 0;
    } finally {
      await store.close();
    }
  },
};
