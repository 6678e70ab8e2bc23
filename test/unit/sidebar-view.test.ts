import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { setCaseStatus } from '@/lib/cases/edit';
import { buildSidebarView, type PageFocus } from '@/lib/cases/sidebar-view';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const focusOn = (handle: string, postId: string | null): PageFocus => ({
  platform: 'x',
  pageUrl: 'https://x.com/home',
  postId,
  author: { handle, name: handle, profileUrl: null, avatarUrl: null },
});

const author = (handle: string) => ({
  handle,
  name: handle,
  profileUrl: `https://x.com/${handle}`,
  avatarUrl: null,
  followers: null,
  verified: false,
});

describe('buildSidebarView', () => {
  it('with nobody in focus shows the latest open cases and the open total', async () => {
    const db = freshDatabase();
    const a = await capturePost(db, parsedPost({ postId: '1' }), actor(1000));
    const b = await capturePost(
      db,
      parsedPost({ postId: '2', author: author('sam') }),
      actor(2000),
    );
    await setCaseStatus(db, a.caseId, 'closed', actor(3000), 'test');
    const view = await buildSidebarView(db, null);
    expect(view.openTotal).toBe(1);
    expect(view.recentOpen.map((c) => c.id)).toEqual([b.caseId]);
    expect(view.currentCase).toBeNull();
  });

  it("shows the focused post's case and the author's other cases, handle case-insensitive", async () => {
    const db = freshDatabase();
    const first = await capturePost(db, parsedPost({ postId: '1' }), actor(1000));
    const second = await capturePost(db, parsedPost({ postId: '2' }), actor(2000));
    const old = await capturePost(db, parsedPost({ postId: '3' }), actor(500));
    await setCaseStatus(db, old.caseId, 'resolved', actor(600), 'test');
    await capturePost(db, parsedPost({ postId: '9', author: author('someone_else') }), actor(700));

    const view = await buildSidebarView(db, focusOn('DANA_R', '1'));
    expect(view.currentCase?.id).toBe(first.caseId);
    expect(view.currentCase?.text).toContain('never arrived');
    expect(view.authorOpen.map((c) => c.id)).toEqual([second.caseId, first.caseId]);
    expect(view.authorPast.map((c) => c.id)).toEqual([old.caseId]);
    expect(view.recentOpen).toEqual([]);
    expect(view.openTotal).toBe(3);
  });

  it('for an uncaptured post of a known author, the current case is their latest open one', async () => {
    const db = freshDatabase();
    const latest = await capturePost(db, parsedPost({ postId: '1' }), actor(1000));
    const view = await buildSidebarView(db, focusOn('dana_r', '404'));
    expect(view.currentCase?.id).toBe(latest.caseId);
  });

  it('for a stranger shows no case', async () => {
    const db = freshDatabase();
    const view = await buildSidebarView(db, focusOn('nobody', null));
    expect(view).toMatchObject({ currentCase: null, authorOpen: [], authorPast: [], openTotal: 0 });
  });
});
