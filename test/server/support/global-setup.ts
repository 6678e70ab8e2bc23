// Once per test run: a real PostgreSQL for the server suites, or a loud line saying there
// is none. Absent PostgreSQL skips those suites on a developer's machine and fails CI,
// where .ci/run installs it: a green run must never mean "only PGlite was tested" there.
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../support/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL whose user may create databases; null when none. */
    postgresUrl: string | null;
  }
}

export const NO_POSTGRES =
  'PostgreSQL not found (no DATABASE_URL_TEST, no initdb/pg_ctl on PATH, in /usr/lib/postgresql/*/bin or /usr/local/bin)';

export default async function setup(project: TestProject) {
  const postgres = await startPostgres();
  if (!postgres) {
    if (process.env.CI) {
      throw new Error(
        `${NO_POSTGRES}: CI must test the server on PostgreSQL (.ci/run installs it).`,
      );
    }
    console.warn(
      `\n*** ${NO_POSTGRES}: the server suites run on PGlite only; PostgreSQL SKIPPED ***\n`,
    );
  }
  project.provide('postgresUrl', postgres?.url ?? null);
  return async () => {
    await postgres?.stop();
  };
}
