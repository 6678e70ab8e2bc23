import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { setCaseStatus, setCaseTags } from '@/lib/cases/edit';
import { importCases } from '@/lib/cases/bulk-import';
import { LiveSearchIndex } from '@/lib/cases/live-search-index';
import { firstInOrder, listCases, matchesFilter, type StatusFilter } from '@/lib/cases/queries';
import { CaseSearchIndex } from '@/lib/cases/search-index';
import type { Case } from '@/lib/db/schema';
import { generateCases } from '../support/case-generator';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const NOW = Date.UTC(2026, 10, 22);

function indexed(id: string, terms: string[], fields: Partial<Case> = {}) {
  return {
    id,
    status: 'open' as const,
    updatedAt: 1,
    slaDueAt: null,
    priority: 'P3' as const,
    assignee: null,
    channel: 'x' as const,
    tags: [],
    terms,
    deleted: false,
    ...fields,
  };
}

const ids = (found: { id: string }[]) => found.map((c) => c.id).sort();
const everything = () => true;

describe('the in-memory search index', () => {
  it('matches every query word as the start of a term, in any order', () => {
    const index = new CaseSearchIndex();
    index.put(indexed('a', ['login', 'error', 'minecraft']));
    index.put(indexed('b', ['refund', 'login']));
    index.put(indexed('c', ['mined', 'refund']));
    expect(ids(index.matching(['log'], everything))).toEqual(['a', 'b']);
    expect(ids(index.matching(['refund', 'login'], everything))).toEqual(['b']);
    expect(ids(index.matching(['mine'], everything))).toEqual(['a', 'c']);
    expect(ids(index.matching(['mine', 'zz'], everything))).toEqual([]);
    // One-letter words cannot narrow (they are not indexed).
    expect(ids(index.matching(['r', 'refund'], everything))).toEqual(['b', 'c']);
    expect(ids(index.matching([], (row) => row.id !== 'a'))).toEqual(['b', 'c']);
  });

  it('follows edits and removals: old words stop matching, deleted cases leave', () => {
    const index = new CaseSearchIndex();
    index.put(indexed('a', ['login', 'error']));
    index.put(indexed('b', ['login']));
    index.put(indexed('a', ['refund'], { status: 'closed' }));
    expect(ids(index.matching(['login'], everything))).toEqual(['b']);
    expect(index.matching(['refund'], everything)).toMatchObject([{ id: 'a', status: 'closed' }]);
    index.put(indexed('b', ['login'], { deleted: true }));
    expect(index.matching(['login'], everything)).toEqual([]);
    index.remove('a');
    expect(index.size).toBe(0);
    index.put(indexed('a', ['login']));
    expect(ids(index.matching(['login'], everything))).toEqual(['a']);
  });

  it('finds terms added during a bulk load and after it alike', () => {
    const index = new CaseSearchIndex();
    index.beginBulk();
    index.put(indexed('a', ['zebra', 'apple']));
    index.put(indexed('b', ['mango', 'applause']));
    expect(ids(index.matching(['appl'], everything))).toEqual(['a', 'b']);
    index.put(indexed('c', ['appendix', 'banana']));
    expect(ids(index.matching(['app'], everything))).toEqual(['a', 'b', 'c']);
    expect(ids(index.matching(['ban'], everything))).toEqual(['c']);
  });

  it('firstInOrder picks the first ones in order, many or few', () => {
    const numbers = Array.from({ length: 1_000 }, (_, i) => (i * 7919) % 1_000);
    const byValue = (a: number, b: number) => a - b;
    expect(firstInOrder([...numbers], byValue, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(firstInOrder([3, 1, 2], byValue, 5)).toEqual([1, 2, 3]);
  });
});

describe('lists answered from the index', () => {
  const QUERIES = [
    'the',
    'login',
    'login refund',
    'billing twice please',
    'ka',
    'mine',
    'user_12',
    'C-100',
    'app crash again',
  ];
  const STATUSES: StatusFilter[] = ['all', 'queue', 'open', 'closed'];
  const inStatus = (c: Case, status: StatusFilter) =>
    status === 'all' ||
    (status === 'queue' ? ['new', 'open'].includes(c.status) : c.status === status);
  // The orders the dashboard promises, written out plainly.
  const newest = (a: Case, b: Case) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1);
  const urgent = (a: Case, b: Case) =>
    a.slaDueAt === null || b.slaDueAt === null
      ? a.slaDueAt === b.slaDueAt
        ? newest(a, b)
        : a.slaDueAt === null
          ? 1
          : -1
      : a.slaDueAt - b.slaDueAt || a.priority.localeCompare(b.priority) || (a.id < b.id ? -1 : 1);

  it('are exact: every match up to the page, in order, for any query, status and filter', async () => {
    const db = freshDatabase();
    const cases = generateCases(2_000, 3, NOW - 2_000 * 60_000);
    await importCases(db, cases, { now: NOW });
    const live = new LiveSearchIndex(db, async () => {});
    const stop = live.start();
    await live.settled();
    const index = live.getState().index!;
    expect(index.size).toBe(2_000);
    const stored = await db.cases.toArray();
    for (const search of QUERIES) {
      for (const status of STATUSES) {
        for (const extra of [{}, { tag: 'login' }, { assignee: null }]) {
          const filter = { search, ...extra };
          const label = JSON.stringify({ status, filter });
          const expected = stored
            .filter((c) => matchesFilter(c, filter) && inStatus(c, status))
            .sort(status === 'queue' ? urgent : newest)
            .slice(0, 100);
          const fromIndex = await listCases(db, status, filter, 100, index);
          expect(
            fromIndex.map((c) => c.id),
            label,
          ).toEqual(expected.map((c) => c.id));
          // IndexedDB's own indexes (while the index loads) may find fewer, never wrong ones.
          const fromDb = await listCases(db, status, filter, 100);
          expect(fromDb.every((c) => matchesFilter(c, filter) && inStatus(c, status))).toBe(true);
        }
      }
    }
    stop();
  }, 60_000);
});

describe('the live index follows every write', () => {
  it('captures, edits, deletions and bulk imports reach it without a reload by hand', async () => {
    const db = freshDatabase();
    const live = new LiveSearchIndex(db, async () => {});
    const stop = live.start();
    await live.settled();
    expect(live.getState().index!.size).toBe(0);

    const { caseId } = await capturePost(
      db,
      parsedPost({ postId: '1', text: 'Roaming in Saskatoon' }),
      actor(1),
    );
    await live.settled();
    const search = (text: string, status: StatusFilter = 'all') =>
      listCases(db, status, { search: text }, 50, live.getState().index);
    expect(ids(await search('saskatoon'))).toEqual([caseId]);

    await setCaseTags(db, caseId, ['billing'], actor(2));
    await setCaseStatus(db, caseId, 'waiting', actor(3));
    await live.settled();
    expect(live.getState().index!.matching(['billing'], everything)).toMatchObject([
      { id: caseId, status: 'waiting' },
    ]);
    expect(await search('saskatoon', 'queue')).toEqual([]);

    const before = live.getState().version;
    await importCases(db, generateCases(120, 9), { now: NOW });
    await live.settled();
    expect(live.getState().version).toBeGreaterThan(before);
    expect(live.getState().index!.size).toBe(121);

    await db.cases.update(caseId, { deleted: true });
    await live.settled();
    expect(await search('saskatoon')).toEqual([]);
    expect(live.getState().index!.size).toBe(120);
    stop();
  });
});
