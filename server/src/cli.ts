// Administration from the command line: `npm run server -- create-team "<team>" "<admin>"`.
// The first admin's token can only come from here (the API needs a token to make one).
import { readConfig } from './config';
import { openDb } from './db/db';
import { migrate } from './db/migrate';
import { createTeam } from './teams/store';

export const USAGE = `Usage:
  npm run server                                        start the server
  npm run server -- create-team "<team name>" "<admin name>"
                                                        create a team and its first admin`;

/** Runs a CLI command; returns the process exit code. */
export async function runCli(args: string[], out = console.log, err = console.error) {
  const [command, teamName, adminName, ...extra] = args;
  if (command !== 'create-team') {
    err(
      command === 'help' || command === '--help' ? USAGE : `Unknown command ${command}\n${USAGE}`,
    );
    return command === 'help' || command === '--help' ? 0 : 2;
  }
  if (!teamName?.trim() || !adminName?.trim() || extra.length > 0) {
    err(`create-team needs a team name and an admin name, each quoted\n${USAGE}`);
    return 2;
  }
  const config = readConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    const { team, admin, token } = await createTeam(db, teamName.trim(), adminName.trim());
    out(`Team "${team.name}" created (id ${team.id}).`);
    out(`Admin "${admin.name}" (id ${admin.id}), token:`);
    out('');
    out(`  ${token.token}`);
    out('');
    out('This token is shown only once: the server keeps only its hash. Store it now');
    out('(a password manager); a lost token is revoked and replaced, never recovered.');
    return 0;
  } finally {
    await db.close();
  }
}
