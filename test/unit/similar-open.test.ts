import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { setCaseStatus } from '@/lib/cases/edit';
import { buildSidebarView } from '@/lib/cases/sidebar-view';
import { changedKeys, OpenCaseIndex, readOpenCandidates } from '@/lib/cases/similar-open';
import type { CasebookDatabase } from '@/lib/db/database';
import { actor, freshDatabase, parsedPost } from '../support/factories';

let postId = 100;
async function capture(db: CasebookDatabase, handle: string, text: string, at: number) {
  const id = String(++postId);
  return capturePost(
    db,
    parsedPost({
      postId: id,
      text,
      author: {
        handle,
        name: handle,
        profileUrl: `https://x.com/${handle}`,
        avatarUrl: null,
        followers: null,
        verified: false,
      },
      permalink: `https://x.com/${handle}/status/${id}`,
    }),
    actor(at),
  );
}

const OUTAGE = 'No signal at all in CITY since this morning. Is this an outage? @AcmeMobile';
const outage = (city: string) => OUTAGE.replace('CITY', city);
const caseOf = async (db: CasebookDatabase, id: string) => (await db.cases.get(id))!;
const idsOf = (found: { record: { id: string } }[]) => found.map((f) => f.record.id).sort();

describe('open cases compared for similarity', () => {
  it('are read newest first per open status, bounded, never resolved ones', async () => {
    const db = freshDatabase();
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await capture(db, `u${i}`, `post ${i}`, 1000 + i));
    await setCaseStatus(db, made[0]!.caseId, 'resolved', actor(2000), 'test');
    await setCaseStatus(db, made[1]!.caseId, 'waiting', actor(2001));
    const read = await readOpenCandidates(db, 2);
    expect(read.map((c) => c.id).sort()).toEqual(
      [made[4]!.caseId, made[3]!.caseId, made[1]!.caseId].sort(),
    );
  });

  it('are kept in an index that follows captures and status changes without rebuilding', async () => {
    const db = freshDatabase();
    const a = await capture(db, 'ann', outage('Austin'), 1000);
    const b = await capture(db, 'bob', outage('Dallas'), 1001);
    await capture(db, 'cy', 'Loved the new store in Boston, great staff', 1002);
    const index = new OpenCaseIndex(db);
    expect(idsOf(await index.similarTo(await caseOf(db, a.caseId)))).toEqual([b.caseId]);
    expect(index.builds).toBe(1);

    const c = await capture(db, 'cat', outage('Denver'), 1003);
    expect(idsOf(await index.similarTo(await caseOf(db, a.caseId)))).toEqual(
      [b.caseId, c.caseId].sort(),
    );
    await setCaseStatus(db, b.caseId, 'resolved', actor(1004), 'answered elsewhere');
    expect(idsOf(await index.similarTo(await caseOf(db, a.caseId)))).toEqual([c.caseId]);
    expect(index.size).toBe(3);
    expect(index.builds).toBe(1);
  });

  it('rebuilds after a change that touches a range of cases', async () => {
    const db = freshDatabase();
    const a = await capture(db, 'ann', outage('Austin'), 1000);
    const b = await capture(db, 'bob', outage('Dallas'), 1001);
    const index = new OpenCaseIndex(db);
    const target = await caseOf(db, a.caseId);
    expect(idsOf(await index.similarTo(target))).toEqual([b.caseId]);
    // A change Dexie cannot name case by case (a cleared table) starts again.
    await db.cases.clear();
    expect(await index.similarTo(target)).toEqual([]);
    expect(index.builds).toBe(2);
  });

  it('can leave cases out (the same customer)', async () => {
    const db = freshDatabase();
    const a = await capture(db, 'ann', outage('Austin'), 1000);
    await capture(db, 'ann', outage('Austin again'), 1001);
    const index = new OpenCaseIndex(db);
    const target = await caseOf(db, a.caseId);
    expect(
      await index.similarTo(target, { exclude: (c) => c.customerKey === target.customerKey }),
    ).toEqual([]);
  });

  it('reads the changed keys of a Dexie change, or says a range changed', () => {
    expect(changedKeys(undefined)).toEqual([]);
    expect(changedKeys({ d: 0 })).toEqual([]);
    const tree = {
      from: 'b',
      to: 'b',
      d: 2,
      l: { from: 'a', to: 'a', d: 1 },
      r: { from: 'c', to: 'c', d: 1 },
    };
    expect(changedKeys(tree)).toEqual(['b', 'a', 'c']);
    expect(changedKeys({ ...tree, r: { from: 'c', to: 'f', d: 1 } })).toBeNull();
  });
});

describe('the sidebar offers similar open cases', () => {
  it('for the case in view: other customers on the same problem, with the shared words', async () => {
    const db = freshDatabase();
    const a = await capture(db, 'ann', outage('Austin'), 1000);
    const b = await capture(db, 'bob', outage('Dallas'), 1001);
    await capture(db, 'ann', outage('Austin, still'), 1002); // her own: listed elsewhere
    await capture(db, 'cy', 'My order #4411 never arrived, tracking is stuck', 1003);
    const view = await buildSidebarView(
      db,
      {
        platform: 'x',
        pageUrl: 'https://x.com/home',
        postId: String(postId - 3),
        author: { handle: 'ann', name: 'ann', profileUrl: null, avatarUrl: null },
      },
      5000,
    );
    expect(view.currentCase?.id).toBe(a.caseId);
    expect(view.similarOpen.map((s) => s.summary.id)).toEqual([b.caseId]);
    expect(view.similarOpen[0]).toMatchObject({
      handle: 'bob',
      reason: { shared: ['signal', 'morning', 'outage'] },
    });
  });

  it('offers nothing when no case is in view', async () => {
    const db = freshDatabase();
    await capture(db, 'ann', outage('Austin'), 1000);
    await capture(db, 'bob', outage('Dallas'), 1001);
    expect((await buildSidebarView(db, null, 5000)).similarOpen).toEqual([]);
  });
});
