import { describe, expect, it } from 'vitest';
import { collectBackup } from '@/lib/backup/export';
import { BACKUP_TABLE_NAMES } from '@/lib/backup/format';
import { readBackup } from '@/lib/backup/read';
import { readCounter } from '@/lib/db/counters';
import { DEFAULT_SETTINGS, saveSettings } from '@/lib/settings';
import { readHotTopics } from '@/lib/cases/topic-store';
import { generateCases } from '../support/case-generator';
import { DESK_NOW, exportText, fillDesk, HOSTILE, importText } from '../support/backup-desk';
import { freshDatabase } from '../support/factories';

const COUNTERS = ['cases', 'openCases', 'posts'] as const;
const counters = (db: ReturnType<typeof freshDatabase>) =>
  Promise.all(COUNTERS.map((key) => readCounter(db, key)));

describe('backup: export, then import into an empty database', () => {
  it('round-trips every table exactly: the second export is byte for byte the first', async () => {
    const source = freshDatabase();
    await fillDesk(source);
    const first = await exportText(source);
    // Something in every table, so the comparison means something.
    for (const name of BACKUP_TABLE_NAMES)
      expect(first.summary.written[name], name).toBeGreaterThan(0);
    expect(first.summary.invalid).toBe(0);

    const target = freshDatabase();
    const { plan, done } = await importText(target, first.text);
    expect(plan.cases).toEqual({ add: 3, update: 0, skip: 0, newerHere: 0 });
    expect(done.cases).toEqual({ add: 3, update: 0, skip: 0, newerHere: 0 });
    const second = await exportText(target);
    expect(second.tables).toBe(first.tables);
    // And as records: each table holds what the source holds.
    for (const name of BACKUP_TABLE_NAMES) {
      expect(await target.table(name).toArray(), name).toEqual(await source.table(name).toArray());
    }
  });

  it('keeps the running totals exact, and a second import of the same file skips everything', async () => {
    const source = freshDatabase();
    await fillDesk(source);
    const { text } = await exportText(source);
    const target = freshDatabase();
    await importText(target, text);
    expect(await counters(target)).toEqual(await counters(source));
    expect(await counters(target)).toEqual([3, 2, 3]); // one of three cases resolved

    const again = await importText(target, text);
    for (const name of BACKUP_TABLE_NAMES) {
      expect(again.done[name].add + again.done[name].update, name).toBe(0);
    }
    expect(await counters(target)).toEqual([3, 2, 3]);
  });

  it('counts restored recent cases toward the hot topics of their day', async () => {
    const source = freshDatabase();
    // Local noon of the desk's day, not the clock: an hour before midnight's "now" the cases
    // were yesterday's (this failed once in CI at 00:0x). The import's window is the desk's.
    const now = new Date(2026, 10, 22, 12, 0).getTime();
    const cases = generateCases(12, 5, now - 3_600_000).map((c) => ({
      ...c,
      text: 'Outage again #AcmeDown nothing loads',
    }));
    await source.cases.bulkPut(cases);
    const { text } = await exportText(source, now);
    const target = freshDatabase();
    await importText(target, text);
    const hot = await readHotTopics(target, now);
    expect(hot.map((t) => t.topic)).toContain('#acmedown');
  });

  it('hostile text comes back as the same text: markup, bidi, zero-width, lone surrogates, 100k characters', async () => {
    const source = freshDatabase();
    const long = (HOSTILE + ' ').repeat(2_000).slice(0, 100_000); // the longest text a case keeps
    const [record] = generateCases(1, 9);
    await source.cases.put({ ...record!, text: long, title: HOSTILE.slice(0, 200) });
    await fillDesk(source); // more text: notes, quotes, expert notes, article body
    const { text, tables } = await exportText(source);
    expect(text.length).toBeGreaterThan(100_000);
    // Markup stays text inside JSON strings: no raw "<\/script>" breakout is possible, as
    // every string is JSON-escaped, and the round trip keeps every code unit.
    const target = freshDatabase();
    await importText(target, text);
    const restored = await target.cases.get(record!.id);
    expect(restored!.text).toBe(long);
    expect(restored!.title).toBe(HOSTILE.slice(0, 200));
    expect((await exportText(target)).tables).toBe(tables);
  });
});

describe('backup: what goes in the file', () => {
  it('is one JSON document with the format, its version, the time and every table', async () => {
    const db = freshDatabase();
    await fillDesk(db);
    const progress: [number, number][] = [];
    const { parts, summary } = await collectBackup(db, {
      now: DESK_NOW,
      chunkSize: 4,
      onProgress: (done, total) => progress.push([done, total]),
    });
    const file = JSON.parse(parts.join('')) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'casebook-backup',
      version: 1,
      exportedAt: DESK_NOW,
      range: null,
    });
    expect(Object.keys(file.tables as object)).toEqual(BACKUP_TABLE_NAMES);
    expect(parts.length).toBeGreaterThan(BACKUP_TABLE_NAMES.length * 2); // streamed in pieces
    const total = progress[0]![1];
    expect(progress.at(-1)).toEqual([total, total]);
    expect(total).toBe(summary.records);
    // Nothing derived or per-browser.
    expect(parts.join('')).not.toMatch(/"(counters|topicCounts|syncMeta|syncShadows)"/);
  });

  it('with a date range, holds the records changed in it, and the settings always', async () => {
    const db = freshDatabase();
    await saveSettings(db, { ...DEFAULT_SETTINGS, agents: ['me', 'Sam'] });
    const cases = generateCases(10, 2, DESK_NOW); // one a minute
    await db.cases.bulkPut(cases);
    await db.events.bulkPut([
      { id: 'e1', at: DESK_NOW + 60_000, by: 'me', type: 'case.note', caseId: null, data: {} },
      { id: 'e2', at: DESK_NOW + 3_600_000, by: 'me', type: 'case.note', caseId: null, data: {} },
    ]);
    await fillDesk(freshDatabase()); // another desk's data does not leak in
    const range = { from: DESK_NOW + 2 * 60_000, to: DESK_NOW + 5 * 60_000 };
    const { parts, summary } = await collectBackup(db, { range, now: DESK_NOW, chunkSize: 3 });
    const backup = await readBackup(parts.join(''));
    expect(backup.range).toEqual(range);
    expect(backup.tables.cases.map((c) => c.id)).toEqual(cases.slice(2, 6).map((c) => c.id));
    expect(backup.tables.events).toEqual([]);
    expect(backup.tables.settings).toMatchObject([{ key: 'main', agents: ['me', 'Sam'] }]);
    expect(summary.written.cases).toBe(4);

    const open = await collectBackup(db, { range: { from: DESK_NOW + 9 * 60_000, to: null } });
    const later = await readBackup(open.parts.join(''));
    expect(later.tables.cases.map((c) => c.id)).toEqual([cases[9]!.id]);
    expect(later.tables.events.map((e) => e.id)).toEqual(['e2']);
  });

  it('leaves out the background’s marker of an SLA pass, kept in the settings table', async () => {
    const db = freshDatabase();
    await fillDesk(db);
    await db.table('settings').put({ key: 'slaRecompute', startedAt: DESK_NOW, total: 3 });
    const { parts, summary } = await collectBackup(db);
    expect(summary.invalid).toBe(0);
    const backup = await readBackup(parts.join(''));
    expect(backup.tables.settings.map((s) => s.key)).toEqual(['main']);
  });

  it('writes a record its schema refuses as stored, and says an import would refuse it', async () => {
    const db = freshDatabase();
    const [good, bad] = generateCases(2, 4);
    await db.cases.bulkPut([good!, { ...bad!, status: 'on fire' as 'open' }]);
    const { parts, summary } = await collectBackup(db);
    expect(summary.invalid).toBe(1);
    expect(summary.problems[0]).toMatchObject({ table: 'cases', index: 1, field: 'status' });
    expect(parts.join('')).toContain('"status":"on fire"');
  });
});
