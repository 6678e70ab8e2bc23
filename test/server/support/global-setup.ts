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
  'PostgreSQL not found (no DATABASE_URL_TEST, no initdb/pg_ctl): the server suites ran on PGlite only, the PostgreSQL ones are SKIPPED.';

export default async function setup(project: TestProject) {
  const postgres = await startPostgres();
  if (!postgres) {
    if (process.env.CI) throw new Error(`${NO_POSTGRES} CI must test PostgreSQL: failing.`);
    console.warn(`\n*** ${NO_POSTGRES} ***\n`);
  }
  project.provide('postgresUrl', postgres?.url ?? null);
  return async () => {
    await postgres?.stop();
  };
}
