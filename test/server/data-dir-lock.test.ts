// One process per embedded data folder: a second opener is refused with the holder's pid,
// a lock left by a dead process is taken over.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { lockDataDir } from '../../server/src/db/data-dir-lock';
import { openDb } from '../../server/src/db/db';

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-lock-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

it('a PGlite folder opens once at a time, and again after close', async () => {
  const dataDir = folder();
  const db = await openDb({ dataDir });
  await expect(openDb({ dataDir })).rejects.toThrow(/already open/);
  expect(readFileSync(join(dataDir, 'casebook.lock'), 'utf8')).toBe(String(process.pid));
  await db.query('create table kept (id int)');
  await db.close();
  const again = await openDb({ dataDir });
  expect((await again.query('select count(*)::int as n from kept')).rows).toEqual([{ n: 0 }]);
  await again.close();
});

it('refuses a folder another live process holds, naming it', () => {
  const dataDir = folder();
  writeFileSync(join(dataDir, 'casebook.lock'), String(process.ppid));
  expect(() => lockDataDir(dataDir)).toThrow(`in use by process ${process.ppid}`);
});

it('takes over the lock of a process that has died', () => {
  const dataDir = folder();
  const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)']);
  writeFileSync(join(dataDir, 'casebook.lock'), dead.stdout.toString().trim());
  const release = lockDataDir(dataDir);
  expect(readFileSync(join(dataDir, 'casebook.lock'), 'utf8')).toBe(String(process.pid));
  release();
});
