// PGlite has no postmaster: two processes opening one data folder would both write to it
// and corrupt it (a server and `create-team` run beside it, say). A lock file with the
// owner's pid keeps it to one process; a lock left by a process that died is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'casebook.lock';

/** Folders this process holds: its own pid in a lock file is not enough to tell (see below). */
const heldHere = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user: running all the same.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock or throws saying who holds it; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  if (heldHere.has(path)) throw new Error(`The data folder ${dataDir} is already open`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      heldHere.add(path);
      return () => {
        heldHere.delete(path);
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // Our own pid in the file is a previous life of ours (a container's pid 1 restarted).
    const holder = Number(readFileSync(path, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
      throw new Error(
        `The data folder ${dataDir} is in use by process ${holder} (a Casebook server or command); stop it first`,
      );
    }
    rmSync(path, { force: true });
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}
