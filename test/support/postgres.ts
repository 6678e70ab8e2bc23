/// <reference types="node" />
// A real PostgreSQL server for the server tests (issue 8, item 5: the same suite on PGlite
// and on PostgreSQL). DATABASE_URL_TEST names one when set; otherwise a throwaway cluster
// is made with the machine's initdb/pg_ctl in a temp dir, listening on 127.0.0.1 at a free
// port (and its own socket dir, so it never meets a system cluster). Null when PostgreSQL
// is not installed: the caller decides whether that is a skip or a failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePort } from './free-port';

export interface RunningPostgres {
  /** postgres://… of a database the tests may create databases beside. */
  url: string;
  stop(): Promise<void>;
}

/** Where Debian (/usr/lib/postgresql/<major>/bin) and source builds put the binaries. */
function candidateDirs(): string[] {
  const fromPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((major) => /^\d+$/.test(major))
        .sort((a, b) => Number(b) - Number(a))
        .map((major) => `/usr/lib/postgresql/${major}/bin`)
    : [];
  return [...fromPath, ...debian, '/usr/local/bin'];
}

/** The first folder holding both initdb and pg_ctl, or null. */
export function findPostgresBin(): string | null {
  for (const dir of candidateDirs()) {
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

/** PostgreSQL refuses to run as root: as root, its commands run as the postgres user. */
function runAsOwner(command: string, args: string[], owner: string | null): void {
  const [file, fileArgs] = owner
    ? ['runuser', ['-u', owner, '--', command, ...args]]
    : [command, args];
  execFileSync(file, fileArgs, { stdio: 'pipe', timeout: 60_000 });
}

function ownerForRoot(): string | null {
  if (userInfo().uid !== 0) return null;
  if (!existsSync('/usr/sbin/runuser') && !existsSync('/sbin/runuser')) {
    throw new Error('Running as root without runuser: cannot start PostgreSQL as postgres');
  }
  return 'postgres';
}

function chownTree(dir: string, user: string): void {
  execFileSync('chown', ['-R', user, dir]);
}

export async function startPostgres(): Promise<RunningPostgres | null> {
  const given = process.env.DATABASE_URL_TEST;
  if (given) return { url: given, stop: async () => {} };

  const bin = findPostgresBin();
  if (!bin) return null;
  const owner = ownerForRoot();
  const dir = mkdtempSync(join(tmpdir(), 'casebook-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  // mkdtemp makes the folder 0700 for root; postgres must own it (and root still reads it).
  if (owner) chownTree(dir, owner);

  try {
    runAsOwner(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync'],
      owner,
    );
    const port = await freePort();
    // fsync off: a test cluster needs no durability, and the machine has two cores.
    const serverOptions = [
      '-c listen_addresses=127.0.0.1',
      `-p ${port}`,
      `-k ${dir}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    runAsOwner(
      join(bin, 'pg_ctl'),
      ['-D', data, '-o', serverOptions, '-l', log, '-w', 'start'],
      owner,
    );
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: async () => {
        try {
          runAsOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], owner);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    const detail = existsSync(log) ? `\n${readFileSync(log, 'utf8')}` : '';
    rmSync(dir, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL found in ${bin} but it did not start: ${message}${detail}`, {
      cause: error,
    });
  }
}
