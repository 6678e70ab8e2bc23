import { describe, expect, it, vi } from 'vitest';
import { ArticleCatalog } from '@/lib/knowledge/article-catalog';
import { deleteArticle, publishArticle, saveArticle } from '@/lib/knowledge/articles';
import { actor, freshDatabase } from '../support/factories';

const input = (title: string, body = '', status: 'draft' | 'published' = 'published') => ({
  title,
  url: '',
  body,
  tags: [],
  status,
});

describe('the Knowledge view catalog (kept index, updated change by change)', () => {
  it('lists drafts first, searches full text, and re-reads only what changed', async () => {
    const db = freshDatabase();
    const login = await saveArticle(
      db,
      input('Fix a login error', 'Sign out and in.'),
      actor(1000),
    );
    await saveArticle(db, input('Roaming in Canada', 'Turn on data roaming.'), actor(2000));
    const draft = await saveArticle(db, input('Session expired', 'Clear it.', 'draft'), actor(500));
    const catalog = new ArticleCatalog();
    const reads = vi.spyOn(db.articles, 'bulkGet');

    let view = await catalog.refresh(db);
    expect(view.articles.map((a) => a.title)).toEqual([
      'Session expired',
      'Roaming in Canada',
      'Fix a login error',
    ]);
    // The list holds what it shows, not the bodies.
    expect(Object.keys(view.articles[0]!).sort()).toEqual(
      ['id', 'status', 'title', 'updatedAt', 'url'].sort(),
    );
    expect([...view.search('roaming')]).toHaveLength(1);
    expect(reads.mock.calls.flatMap(([ids]) => ids)).toHaveLength(3);

    // Nothing changed: nothing read.
    reads.mockClear();
    await catalog.refresh(db);
    expect(reads).not.toHaveBeenCalled();

    // One article changed: only it is read, and the index follows its new text.
    await saveArticle(
      db,
      { ...input('Fix a login error', 'Reset the password.'), id: login.id },
      actor(3000),
    );
    view = await catalog.refresh(db);
    expect(reads.mock.calls.flatMap(([ids]) => ids)).toEqual([login.id]);
    expect(view.search('password')).toEqual(new Set([login.id]));
    expect(view.search('sign')).toEqual(new Set());

    // Published and deleted ones move and leave.
    await publishArticle(db, draft.id, actor(4000));
    await deleteArticle(db, login.id, actor(5000));
    view = await catalog.refresh(db);
    expect(view.articles.map((a) => [a.title, a.status])).toEqual([
      ['Session expired', 'published'],
      ['Roaming in Canada', 'published'],
    ]);
    expect(view.search('password')).toEqual(new Set());
    expect(view.full).toBe(false);
  });

  it('lists the newest up to its limit, and older drafts all the same', async () => {
    const db = freshDatabase();
    const old = await saveArticle(db, input('Old draft', '', 'draft'), actor(100));
    for (const [i, title] of ['A', 'B', 'C'].entries()) {
      await saveArticle(db, input(title), actor(1000 + i));
    }
    const catalog = new ArticleCatalog(2);
    const view = await catalog.refresh(db);
    expect(view.articles.map((a) => a.title)).toEqual(['Old draft', 'C', 'B']);
    expect(view.full).toBe(true);
    // Published now, it is among the newest.
    await publishArticle(db, old.id, actor(2000));
    expect((await catalog.refresh(db)).articles.map((a) => a.title)).toEqual(['Old draft', 'C']);
  });
});
