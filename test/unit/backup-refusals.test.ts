import Dexie, { type Table } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError } from '@/lib/backup/errors';
import { readBackup } from '@/lib/backup/read';
import { writeBackup } from '@/lib/backup/write';
import type { CasebookDatabase } from '@/lib/db/database';
import { generateCases } from '../support/case-generator';
import { exportText, fillDesk, importText, snapshot } from '../support/backup-desk';
import { freshDatabase } from '../support/factories';

let db: CasebookDatabase;
let file: string;
let before: string;

beforeEach(async () => {
  // The file comes from one desk; it is imported into another desk with data of its own.
  const source = freshDatabase();
  await fillDesk(source);
  await source.cases.bulkPut(generateCases(5, 3));
  file = (await exportText(source)).text;
  db = freshDatabase();
  await db.cases.bulkPut(
    generateCases(3, 11).map((c) => ({
      ...c,
      id: `here-${c.id}`,
      ref: c.ref.replace('C-1', 'C-2'),
    })),
  );
  before = await snapshot(db);
});

/** Imports the text and returns the refusal; fails the test if it was accepted. */
async function refusal(text: string): Promise<BackupError> {
  const error = await importText(db, text).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  // Refused: the database is exactly as it was, derived tables and sync state included.
  expect(await snapshot(db)).toBe(before);
  return error as BackupError;
}

type Rows = Record<string, unknown>[];
type FileData = Record<string, unknown> & {
  tables: Record<'cases' | 'posts' | 'customers', Rows> & Record<string, Rows>;
};

/** The file with a change made to its data. */
const edit = (mutate: (backup: FileData) => void) => {
  const data = JSON.parse(file) as FileData;
  mutate(data);
  return JSON.stringify(data);
};

describe('backup import refuses, says why, and changes nothing', () => {
  it('a damaged file: where it broke', async () => {
    const at = file.indexOf('"status"');
    const error = await refusal(`${file.slice(0, at)}}${file.slice(at + 1)}`);
    expect(error.kind).toBe('damaged');
    expect(error.message).toMatch(
      /^The file is damaged: .+ at position \d+ \(line \d+, near ".+"\)\.$/,
    );
    const position = Number(/position (\d+)/.exec(error.message)![1]);
    expect(Math.abs(position - at)).toBeLessThan(5);
  });

  it('a truncated file: cut off anywhere', async () => {
    for (const cut of [0.5, 0.9, 0.999]) {
      const error = await refusal(file.slice(0, Math.floor(file.length * cut)));
      expect(error.kind).toBe('truncated');
      expect(error.message).toMatch(/^The file ends early: it was cut off \(truncated\)/);
    }
    // Cut inside a string too ("Unterminated string").
    const inString = file.indexOf('"Refunds"') + 4;
    expect((await refusal(file.slice(0, inString))).kind).toBe('truncated');
  });

  it('an empty file', async () => {
    expect((await refusal('  \n')).message).toBe('The file is empty.');
  });

  it('a foreign file: another app’s JSON, a list, a CSV', async () => {
    expect((await refusal('{"format":"trello-board","cards":[]}')).message).toBe(
      'This is not a Casebook backup: its format is “trello-board”.',
    );
    expect((await refusal('[{"id":1}]')).message).toBe(
      'This is not a Casebook backup: the file holds a JSON list.',
    );
    expect((await refusal('{"cases":[]}')).message).toBe(
      'This is not a Casebook backup: it has no "format" field.',
    );
    expect((await refusal('id,name\n1,Dana')).kind).toBe('damaged');
  });

  it('a file from a newer Casebook', async () => {
    const error = await refusal(edit((b) => (b.version = 2)));
    expect(error.kind).toBe('too-new');
    expect(error.message).toMatch(
      /^This backup was made by a newer Casebook \(format 2\); update Casebook to import it\./,
    );
  });

  it('a damaged frame: a table that is not a list, a table Casebook does not know', async () => {
    expect((await refusal(edit((b) => (b.tables.cases = {} as never)))).message).toMatch(
      /^The file is damaged: tables\.cases: /,
    );
    expect((await refusal(edit((b) => (b.tables.widgets = [])))).message).toBe(
      'The file is damaged: it has a table Casebook does not know (“widgets”).',
    );
    expect((await refusal(edit((b) => (b.version = '1' as never)))).kind).toBe('damaged');
  });

  it('invalid records: the message names the table, the index and the field', async () => {
    const error = await refusal(
      edit((b) => {
        b.tables.cases[1]!.status = 'on fire';
        (b.tables.customers[0]!.identities as unknown[]) = [{ platform: 'myspace', handle: 'x' }];
      }),
    );
    expect(error.kind).toBe('invalid-records');
    expect(error.message).toMatch(
      /^Nothing can be imported: the file has 2 records Casebook cannot accept: /,
    );
    expect(error.message).toContain('cases[1] (record 2 of cases), field status: Invalid option');
    expect(error.message).toContain(
      'customers[0] (record 1 of customers), field identities.0.platform',
    );
  });

  it('a 1 MB string where the schema allows 100,000 characters', async () => {
    const error = await refusal(edit((b) => (b.tables.cases[0]!.text = 'x'.repeat(1_048_576))));
    expect(error.message).toContain('cases[0] (record 1 of cases), field text: Too big');
  });

  it('two records with one id, or one post key, in the file', async () => {
    const error = await refusal(edit((b) => b.tables.cases.push({ ...b.tables.cases[0]! })));
    expect(error.message).toMatch(/cases\[\d+\] .*field id: the same as cases\[0\]/);
    const twoKeys = await refusal(
      edit((b) => b.tables.posts.push({ ...b.tables.posts[0]!, id: 'another-id' })),
    );
    expect(twoKeys.message).toMatch(/field key: the same as posts\[0\]/);
  });

  it('a record whose unique value another record here holds (a post captured again)', async () => {
    const post = (JSON.parse(file) as { tables: { posts: { key: string }[] } }).tables.posts[0]!;
    await db.posts.put({
      ...(await (async () => {
        const other = freshDatabase();
        await fillDesk(other);
        return (await other.posts.where('key').equals(post.key).first())!;
      })()),
      id: 'captured-here-again',
    });
    before = await snapshot(db);
    const error = await refusal(file);
    expect(error.kind).toBe('clash');
    expect(error.message).toContain('field key: another record here (id captured-here-again)');
  });

  it('a failure in the middle of the write: nothing of it stays', async () => {
    const progress: number[] = [];
    // Cases, posts and customers are written first; the follow-ups' write then fails, as
    // IndexedDB does when the disk is full.
    const bulkPut = db.Table.prototype.bulkPut;
    vi.spyOn(db.Table.prototype, 'bulkPut').mockImplementation(function (
      this: Table,
      ...args: Parameters<Table['bulkPut']>
    ) {
      if (this.name === 'followUps') return Dexie.Promise.reject(new Error('QuotaExceededError'));
      return bulkPut.apply(this, args);
    });
    const backup = await readBackup(file);
    const failed = await writeBackup(db, backup, {
      chunkSize: 2,
      onProgress: (done) => progress.push(done),
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).message).toContain('QuotaExceededError');
    expect(Math.max(...progress)).toBeGreaterThan(5); // several chunks were written first
    expect(await snapshot(db)).toBe(before);
  });

  it('stopped by the agent halfway: rolled back whole', async () => {
    const stop = new AbortController();
    const failed = await writeBackup(db, await readBackup(file), {
      chunkSize: 2,
      signal: stop.signal,
      onProgress: (done) => done >= 6 && stop.abort(),
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(BackupError);
    expect((failed as BackupError).kind).toBe('stopped');
    expect(await snapshot(db)).toBe(before);
  });
});
