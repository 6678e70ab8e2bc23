import { describe, expect, it } from 'vitest';
import { planBackup } from '@/lib/backup/plan';
import { readBackup } from '@/lib/backup/read';
import { writeBackup } from '@/lib/backup/write';
import { readCounter } from '@/lib/db/counters';
import { generateCases } from '../support/case-generator';
import { exportText } from '../support/backup-desk';
import { freshDatabase } from '../support/factories';

const T0 = Date.UTC(2026, 9, 1);

/** A backup of these cases, and a database holding some of them, some changed. */
async function scene() {
  const source = freshDatabase();
  const cases = generateCases(10, 21, T0).map((c) => ({ ...c, status: 'open' as const }));
  await source.cases.bulkPut(cases);
  const backup = await readBackup((await exportText(source)).text);

  const db = freshDatabase();
  await db.cases.bulkPut([
    cases[0]!, // identical: skip
    cases[1]!, // identical: skip
    { ...cases[2]!, status: 'closed', updatedAt: T0 + 86_400_000 }, // changed here later
    { ...cases[3]!, tags: ['older-here'], updatedAt: 0 }, // changed, older than the backup's
    { ...cases[4]!, updatedAt: T0 + 86_400_000, version: 9 }, // only written again later
  ]);
  await db.counters.bulkPut([
    { key: 'cases', value: 5 },
    { key: 'openCases', value: 4 },
  ]);
  // Sync last scanned after every one of these cases was written.
  await db.syncMeta.put({ key: 'scanMark', value: T0 + 10 * 86_400_000 });
  return { db, backup, cases };
}

describe('backup import: what it will add, update and skip', () => {
  it('previews add / update / skip per table, and which updates replace newer records', async () => {
    const { db, backup } = await scene();
    const plan = await planBackup(db, backup, { chunkSize: 3 });
    // Newer here by content only: a record written again with nothing changed loses nothing.
    expect(plan.cases).toEqual({ add: 5, update: 3, skip: 2, newerHere: 1 });
    expect(plan.posts).toEqual({ add: 0, update: 0, skip: 0, newerHere: 0 });
    // The preview wrote nothing.
    expect(await db.cases.count()).toBe(5);
  });

  it('writes what it previewed, with progress, exact totals and sync told to look back', async () => {
    const { db, backup, cases } = await scene();
    const progress: [number, number][] = [];
    const done = await writeBackup(db, backup, {
      chunkSize: 4,
      onProgress: (n, total) => progress.push([n, total]),
    });
    expect(done.cases).toMatchObject({ add: 5, update: 3, skip: 2 });
    expect(progress).toEqual([
      [0, 10],
      [4, 10],
      [8, 10],
      [10, 10],
    ]);
    expect(await db.cases.get(cases[2]!.id)).toEqual(cases[2]); // the backup's copy won
    expect(await readCounter(db, 'cases')).toBe(10);
    expect(await readCounter(db, 'openCases')).toBe(10); // the closed one is open again
    // Written records keep the backup's times: sync's next scan starts at the oldest written.
    const earliest = Math.min(...cases.slice(2).map((c) => c.updatedAt));
    expect((await db.syncMeta.get('scanMark'))?.value).toBe(earliest);
  });
});
