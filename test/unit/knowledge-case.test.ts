import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { setCaseStatus } from '@/lib/cases/edit';
import { buildSidebarView } from '@/lib/cases/sidebar-view';
import { saveArticle } from '@/lib/knowledge/articles';
import {
  addExpertToCase,
  linkArticleToCase,
  removeExpertFromCase,
  unlinkArticleFromCase,
} from '@/lib/knowledge/case-links';
import { caseKnowledge } from '@/lib/knowledge/case-knowledge';
import { deleteExpert, saveExpert } from '@/lib/knowledge/experts';
import { WRITE_UP_LIMITS, WriteUpSchema } from '@/lib/knowledge/inputs';
import { TRIMMED_MARK, writeUpBody, writeUpCase, writeUpDraft } from '@/lib/knowledge/write-up';
import type { Sender } from '@/lib/messages/router';
import { quietHub, testRoute } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const LOGIN_POST = 'Login error again: the app says "session expired" every time I sign in';

async function seeded() {
  const db = freshDatabase();
  const { caseId } = await capturePost(db, parsedPost({ text: LOGIN_POST }), actor(1000));
  const dana = await saveExpert(
    db,
    {
      name: 'Dana Reyes',
      role: 'Identity',
      topics: ['login'],
      contacts: [{ label: 'Email', url: 'mailto:dana@acme.example' }],
      notes: '',
    },
    actor(1100),
  );
  const fix = await saveArticle(
    db,
    {
      title: 'Fix a login error',
      url: 'https://help.acme.example/login-error',
      body: 'Sign out and in again.',
      tags: [],
      status: 'published',
    },
    actor(1200),
  );
  return { db, caseId, dana, fix };
}

const step = (
  record: { checklist: { id: string; doneAt: number | null; doneBy: string | null }[] },
  id: string,
) => record.checklist.find((s) => s.id === id);

describe('experts and articles on a case', () => {
  it('adding an expert is recorded and ticks "Find the experts and add them"', async () => {
    const { db, caseId, dana } = await seeded();
    const record = await addExpertToCase(db, caseId, dana.id, actor(2000));
    expect(record.experts).toEqual([dana.id]);
    expect(record.history.slice(-2)).toEqual([
      { at: 2000, by: 'me', type: 'expert', from: null, to: 'Dana Reyes' },
      { at: 2000, by: 'me', type: 'step', from: null, to: 'Find the experts and add them' },
    ]);
    expect(step(record, 'experts')).toMatchObject({ doneAt: 2000, doneBy: 'me' });
    expect(record.version).toBe(2);

    // Again: nothing changes, nothing is recorded.
    const same = await addExpertToCase(db, caseId, dana.id, actor(3000));
    expect(same.history).toHaveLength(record.history.length);

    // Removing is recorded; the step stays ticked (the experts were found).
    const removed = await removeExpertFromCase(db, caseId, dana.id, actor(4000));
    expect(removed.experts).toEqual([]);
    expect(removed.history.at(-1)).toEqual({
      at: 4000,
      by: 'me',
      type: 'expert',
      from: 'Dana Reyes',
      to: null,
    });
    expect(step(removed, 'experts')?.doneAt).toBe(2000);

    // Adding a second expert later does not tick (or record) the step again.
    const again = await addExpertToCase(db, caseId, dana.id, actor(5000));
    expect(again.history.at(-1)?.type).toBe('expert');
  });

  it('linking an article is recorded and ticks "Link existing knowledge"', async () => {
    const { db, caseId, fix } = await seeded();
    const record = await linkArticleToCase(db, caseId, fix.id, actor(2000));
    expect(record.articles).toEqual([fix.id]);
    expect(record.history.slice(-2)).toEqual([
      { at: 2000, by: 'me', type: 'article', from: null, to: 'Fix a login error' },
      { at: 2000, by: 'me', type: 'step', from: null, to: 'Link existing knowledge' },
    ]);
    const unlinked = await unlinkArticleFromCase(db, caseId, fix.id, actor(3000));
    expect(unlinked.articles).toEqual([]);
    expect(unlinked.history.at(-1)).toMatchObject({
      type: 'article',
      from: 'Fix a login error',
      to: null,
    });
  });

  it('does not tick a step the case does not have, or has done already', async () => {
    const { db, caseId, dana } = await seeded();
    await db.cases.update(caseId, (c) => {
      c.checklist = c.checklist.filter((s) => s.id !== 'experts');
    });
    const record = await addExpertToCase(db, caseId, dana.id, actor(2000));
    expect(record.history.at(-1)?.type).toBe('expert');
    expect(record.history.filter((e) => e.type === 'step')).toEqual([]);
  });

  it('refuses a deleted expert, but a deleted one can be taken off', async () => {
    const { db, caseId, dana } = await seeded();
    await addExpertToCase(db, caseId, dana.id, actor(2000));
    await deleteExpert(db, dana.id, actor(3000));
    const { db: other, caseId: otherCase } = await seeded();
    await deleteExpert(other, (await other.experts.toArray())[0]!.id, actor(3000));
    await expect(
      addExpertToCase(other, otherCase, (await other.experts.toArray())[0]!.id, actor(4000)),
    ).rejects.toThrow(/No expert with id/);
    const knowledge = await caseKnowledge(db, (await db.cases.get(caseId))!);
    expect(knowledge.experts).toEqual([
      expect.objectContaining({ name: 'Dana Reyes', removed: true }),
    ]);
    const removed = await removeExpertFromCase(db, caseId, dana.id, actor(5000));
    expect(removed.experts).toEqual([]);
  });

  it('refuses a missing case with the usual error', async () => {
    const { db, dana } = await seeded();
    await expect(addExpertToCase(db, 'nope', dana.id, actor())).rejects.toThrow(
      /No case with id nope/,
    );
  });
});

describe('the case view of experts and knowledge', () => {
  it('suggests the expert and the article, then lists them once added', async () => {
    const { db, caseId, dana, fix } = await seeded();
    const before = await caseKnowledge(db, (await db.cases.get(caseId))!);
    expect(before.suggestedExperts).toEqual([
      expect.objectContaining({ id: dana.id, reasons: ['topic “login”'] }),
    ]);
    expect(before.suggestedArticles).toEqual([
      expect.objectContaining({ id: fix.id, title: 'Fix a login error' }),
    ]);
    expect(before.suggestedArticles[0]!.reasons[0]).toMatch(/“login”/);
    await addExpertToCase(db, caseId, dana.id, actor(2000));
    await linkArticleToCase(db, caseId, fix.id, actor(2100));
    const after = await caseKnowledge(db, (await db.cases.get(caseId))!);
    expect(after.suggestedExperts).toEqual([]);
    expect(after.suggestedArticles).toEqual([]);
    expect(after.experts).toEqual([
      expect.objectContaining({
        name: 'Dana Reyes',
        contacts: [{ label: 'Email', url: 'mailto:dana@acme.example' }],
        removed: false,
      }),
    ]);
    expect(after.articles).toEqual([
      expect.objectContaining({ url: 'https://help.acme.example/login-error', removed: false }),
    ]);
  });

  it('leaves out contact links of a record stored with a bad scheme', async () => {
    const { db, caseId, dana } = await seeded();
    await db.experts.update(dana.id, {
      contacts: [
        { label: 'x', url: 'javascript:alert(1)' },
        { label: 'Phone', url: 'tel:+15551234' },
      ],
    });
    await addExpertToCase(db, caseId, dana.id, actor(2000));
    const view = await caseKnowledge(db, (await db.cases.get(caseId))!);
    expect(view.experts[0]!.contacts).toEqual([{ label: 'Phone', url: 'tel:+15551234' }]);
  });

  it('reaches the sidebar with the focused case', async () => {
    const { db, dana } = await seeded();
    const view = await buildSidebarView(db, {
      platform: 'x',
      pageUrl: 'https://x.com/home',
      postId: parsedPost().postId,
      author: { handle: 'dana_r', name: 'Dana R', profileUrl: null, avatarUrl: null },
    });
    expect(view.knowledge?.suggestedExperts.map((e) => e.id)).toEqual([dana.id]);
    expect((await buildSidebarView(db, null)).knowledge).toBeNull();
  });
});

describe('write-up of a finished case', () => {
  it('becomes a draft article linked to the case, and ticks the write-up step', async () => {
    const { db, caseId } = await seeded();
    const open = await db.cases.get(caseId);
    const draft = writeUpDraft(open!);
    expect(draft).toMatchObject({ problem: LOGIN_POST, resolution: '', notes: '' });
    await expect(
      writeUpCase(db, caseId, { ...draft, resolution: 'Cleared the session.' }, actor(2000)),
    ).rejects.toThrow('Only a resolved or closed case can be written up.');

    await setCaseStatus(db, caseId, 'resolved', actor(3000), 'test');
    const { record, article } = await writeUpCase(
      db,
      caseId,
      { ...draft, title: 'Session expired on sign-in', resolution: 'Cleared the session.' },
      actor(4000),
    );
    expect(article).toMatchObject({
      title: 'Session expired on sign-in',
      status: 'draft',
      source: 'case',
      caseId,
      url: null,
      body: `Problem\n${LOGIN_POST}\n\nResolution\nCleared the session.`,
    });
    expect(await db.articles.get(article.id)).toEqual(article);
    expect(record.articles).toEqual([article.id]);
    expect(record.history.slice(-2)).toEqual([
      { at: 4000, by: 'me', type: 'article', from: null, to: 'Draft: Session expired on sign-in' },
      { at: 4000, by: 'me', type: 'step', from: null, to: 'Write up the issue and its resolution' },
    ]);
    expect(step(record, 'write-up')?.doneAt).toBe(4000);
    // The draft is not suggested until it is published.
    expect((await caseKnowledge(db, record)).suggestedArticles.map((a) => a.id)).not.toContain(
      article.id,
    );
  });

  it('needs a resolution, and the body leaves out empty parts', async () => {
    const { db, caseId } = await seeded();
    await setCaseStatus(db, caseId, 'closed', actor(3000), 'test');
    await expect(
      writeUpCase(
        db,
        caseId,
        { title: 'T', problem: '', resolution: ' ', notes: '', tags: [] },
        actor(),
      ),
    ).rejects.toThrow(/Write down how the case was resolved/);
    expect(await db.articles.where('status').equals('draft').count()).toBe(0);
    expect(writeUpBody({ problem: '', resolution: 'Done', notes: 'n' })).toBe(
      'Resolution\nDone\n\nNotes\nn',
    );
  });
});

describe('write-up draft of a long case', () => {
  it('cuts notes and text to the write-up limits, visibly, so the form saves as it opens', async () => {
    const note = (i: number) => ({ id: `n${i}`, text: 'x'.repeat(9_000), at: i, by: 'me' });
    const record = {
      title: 'Long case',
      text: 'y'.repeat(60_000),
      notes: [note(1), note(2), note(3)],
      tags: [],
    };
    const draft = writeUpDraft(record);
    expect(draft.trimmed).toEqual(['problem', 'notes']);
    expect(draft.notes.length).toBe(WRITE_UP_LIMITS.notes);
    expect(draft.notes.endsWith(TRIMMED_MARK)).toBe(true);
    expect(draft.problem.length).toBe(WRITE_UP_LIMITS.problem);
    expect(WriteUpSchema.safeParse({ ...draft, resolution: 'Done' }).success).toBe(true);

    // Within the limits nothing is cut or marked.
    const short = writeUpDraft({ ...record, text: 'short', notes: [note(1)] });
    expect(short).toMatchObject({ trimmed: [], problem: 'short', notes: 'x'.repeat(9_000) });
  });
});

describe('knowledge requests', () => {
  const EXT = 'abcdefghijklmnopabcdefghijklmnop';
  const options = {
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}/`,
    isSupportedPage: (url: URL) => url.hostname === 'x.com',
  };
  const dashboard: Sender = { id: EXT, url: `chrome-extension://${EXT}/dashboard.html` };
  const contentScript: Sender = { id: EXT, url: 'https://x.com/home', tab: { id: 7 }, frameId: 0 };

  it('change records only from our own pages, and push to the sidebars', async () => {
    const { db, caseId, dana } = await seeded();
    const hub = quietHub();
    const route = testRoute(db, options, { hub, now: () => 9000 });
    const request = { type: 'case.addExpert', payload: { caseId, expertId: dana.id } };
    expect(await route(request, contentScript)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await route(request, dashboard)).toMatchObject({
      ok: true,
      data: { experts: [dana.id] },
    });
    expect(hub.pushes).toBe(1);
    const bad = await route(
      {
        type: 'expert.save',
        payload: {
          expert: {
            name: 'X',
            role: '',
            topics: [],
            notes: '',
            contacts: [{ label: 'x', url: 'javascript:1' }],
          },
        },
      },
      dashboard,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const imported = await route(
      {
        type: 'articles.import',
        payload: {
          rows: [{ at: 2, title: 'Roaming', url: 'https://a.example/roaming', body: '', tags: [] }],
        },
      },
      dashboard,
    );
    expect(imported).toEqual({ ok: true, data: { added: 1, updated: 0, skipped: 0 } });
    const missing = await route(
      { type: 'article.publish', payload: { articleId: 'nope' } },
      dashboard,
    );
    expect(missing).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/No article with id nope/) },
    });
  });
});
