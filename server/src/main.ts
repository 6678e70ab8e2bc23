// `npm run server`: migrate, listen, and shut down gracefully on SIGINT/SIGTERM (stop
// accepting, let requests in flight finish, close the database). With arguments it runs a
// CLI command instead (cli.ts).
import { buildApp } from './app';
import { runCli } from './cli';
import { describeDatabase, readConfig } from './config';
import { DEFAULT_DATA_DIR, openDb } from './db/db';
import { migrate } from './db/migrate';

/** A shutdown that takes longer (a stuck request) ends the process anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

async function serve(): Promise<void> {
  const config = readConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = buildApp({ db, logger: { level: config.logLevel } });
  const applied = await migrate(db);
  app.log.info(
    { database: db.kind, migrationsApplied: applied },
    `database: ${describeDatabase(config, DEFAULT_DATA_DIR)}`,
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      app.log.warn({ signal }, 'second signal: exiting at once');
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    setTimeout(() => {
      app.log.error('shutdown took too long: exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    try {
      await app.close();
      await db.close();
      app.log.info('stopped');
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));

  // Fastify logs "Server listening at http://host:port" itself.
  await app.listen({ port: config.port, host: config.host });
}

const args = process.argv.slice(2);
try {
  if (args.length > 0) process.exitCode = await runCli(args);
  else await serve();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
