import { describe, expect, it } from 'vitest';
import { CaseImportError, importCases } from '@/lib/cases/bulk-import';
import { listCases } from '@/lib/cases/queries';
import { readCounter } from '@/lib/db/counters';
import { CaseSchema } from '@/lib/db/schema';
import { generateCases } from '../support/case-generator';
import { freshDatabase } from '../support/factories';

const NOW = Date.UTC(2026, 10, 22);

describe('bulk import of cases', () => {
  it('writes valid cases with their derived fields and exact counters, reporting progress', async () => {
    const db = freshDatabase();
    const cases = generateCases(500, 7);
    const progress: number[] = [];
    const report = await importCases(db, cases, {
      now: NOW,
      chunkSize: 200,
      onProgress: (done) => progress.push(done),
    });
    expect(report).toEqual({ added: 500, updated: 0 });
    expect(progress).toEqual([200, 400, 500]);
    const open = cases.filter((c) => ['new', 'open', 'waiting'].includes(c.status)).length;
    expect(await readCounter(db, 'cases')).toBe(500);
    expect(await readCounter(db, 'openCases')).toBe(open);
    const stored = await db.cases.get(cases[0]!.id);
    expect(stored!.terms.length).toBeGreaterThan(3);
    expect(() => CaseSchema.parse(stored)).not.toThrow();
    // Searchable and in the queue at once.
    const word = stored!.terms.find((t) => t.length > 5)!;
    expect((await listCases(db, 'all', { search: word })).map((c) => c.id)).toContain(stored!.id);
  });

  it('updates cases with the same id and keeps the counters exact', async () => {
    const db = freshDatabase();
    const cases = generateCases(50, 3).map((c) => ({ ...c, status: 'open' as const }));
    await importCases(db, cases, { now: NOW });
    const closed = cases.slice(0, 10).map((c) => ({ ...c, status: 'closed' as const }));
    expect(await importCases(db, closed, { now: NOW })).toEqual({ added: 0, updated: 10 });
    expect(await readCounter(db, 'cases')).toBe(50);
    expect(await readCounter(db, 'openCases')).toBe(40);
  });

  it('refuses the whole batch when one record is bad, and writes nothing', async () => {
    const db = freshDatabase();
    const cases: unknown[] = generateCases(20, 5);
    cases[13] = { ...(cases[13] as object), status: 'on fire' };
    cases[17] = 'not a case';
    const error = await importCases(db, cases, { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseImportError);
    expect((error as CaseImportError).problems.map((p) => p.index)).toEqual([13, 17]);
    expect((error as Error).message).toMatch(/^2 cases could not be read \(case 14: status/);
    expect(await db.cases.count()).toBe(0);
    expect(await readCounter(db, 'cases')).toBe(0);
  });
});
