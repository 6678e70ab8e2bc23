import { describe, expect, it } from 'vitest';
import { contactLabelFor, contactUrlFrom, safeContactHref } from '@/lib/knowledge/contacts';
import { deleteExpert, listExperts, saveExpert, topicsOfExperts } from '@/lib/knowledge/experts';
import { ArticleCatalog } from '@/lib/knowledge/article-catalog';
import { deleteArticle, publishArticle, saveArticle } from '@/lib/knowledge/articles';
import { applyImport, articlesMatching } from '@/lib/knowledge/import/write';
import { loadLibrary } from '@/lib/knowledge/library';
import { actor, freshDatabase } from '../support/factories';

const dana = {
  name: ' Dana Reyes ',
  role: 'Identity team',
  topics: ['Login', 'login', 'Password reset'],
  contacts: [
    { label: 'Email', url: 'mailto:dana@acme.example' },
    { label: 'Slack', url: 'https://acme.slack.com/team/dana' },
  ],
  notes: 'Knows the session service.',
};

describe('contact links', () => {
  it('only http(s), mailto: and tel: links become links', () => {
    expect(safeContactHref('mailto:dana@acme.example')).toBe('mailto:dana@acme.example');
    expect(safeContactHref('tel:+4930123456')).toBe('tel:+4930123456');
    expect(safeContactHref('https://acme.slack.com/x')).toBe('https://acme.slack.com/x');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      'mailto:',
      'not a link',
    ]) {
      expect(safeContactHref(bad)).toBeNull();
    }
  });

  it('turns what an agent types into a link, and names it', () => {
    expect(contactUrlFrom('dana@acme.example')).toBe('mailto:dana@acme.example');
    expect(contactUrlFrom('+49 (30) 123-4567')).toBe('tel:+49301234567');
    expect(contactUrlFrom('acme.slack.com/team/dana')).toBe('https://acme.slack.com/team/dana');
    expect(contactUrlFrom('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(contactLabelFor('mailto:a@b.example')).toBe('Email');
    expect(contactLabelFor('tel:+1555')).toBe('Phone');
    expect(contactLabelFor('https://www.acme.example/x')).toBe('acme.example');
  });
});

describe('experts', () => {
  it('are saved validated (topics lower case, each once), changed and deleted', async () => {
    const db = freshDatabase();
    const saved = await saveExpert(db, dana, actor(1000));
    expect(saved).toMatchObject({
      name: 'Dana Reyes',
      topics: ['login', 'password reset'],
      version: 1,
      deleted: false,
      createdAt: 1000,
    });
    const changed = await saveExpert(db, { ...dana, id: saved.id, role: 'Lead' }, actor(2000));
    expect(changed).toMatchObject({
      id: saved.id,
      role: 'Lead',
      version: 2,
      createdAt: 1000,
      updatedAt: 2000,
    });
    await deleteExpert(db, saved.id, actor(3000));
    expect(await db.experts.get(saved.id)).toMatchObject({ deleted: true, version: 3 });
    expect(await listExperts(db)).toEqual([]);
    await expect(saveExpert(db, { ...dana, id: saved.id }, actor(4000))).rejects.toThrow(
      /No expert with id/,
    );
  });

  it('refuses a contact link that is not http(s), mailto: or tel:, and an empty name', async () => {
    const db = freshDatabase();
    await expect(
      saveExpert(db, { ...dana, contacts: [{ label: 'x', url: 'javascript:alert(1)' }] }, actor()),
    ).rejects.toThrow(/an http\(s\), mailto: or tel: link/);
    await expect(saveExpert(db, { ...dana, name: '  ' }, actor())).rejects.toThrow(
      /An expert needs a name/,
    );
    expect(await db.experts.count()).toBe(0);
  });

  it('are listed newest first, or by topic through the index', async () => {
    const db = freshDatabase();
    await saveExpert(db, dana, actor(1000));
    await saveExpert(db, { ...dana, name: 'Sam', topics: ['billing'] }, actor(2000));
    expect((await listExperts(db)).map((e) => e.name)).toEqual(['Sam', 'Dana Reyes']);
    expect((await listExperts(db, { topic: 'Login' })).map((e) => e.name)).toEqual(['Dana Reyes']);
    expect(topicsOfExperts(await listExperts(db))).toEqual(['billing', 'login', 'password reset']);
  });
});

describe('articles', () => {
  const input = {
    title: 'Fix a login error',
    url: '',
    body: 'Sign in again.',
    tags: ['Login'],
    status: 'published' as const,
  };

  it('are saved (an empty URL is none), published and deleted; drafts list first', async () => {
    const db = freshDatabase();
    const manual = await saveArticle(db, input, actor(1000));
    expect(manual).toMatchObject({ url: null, tags: ['login'], source: 'manual', caseId: null });
    const draft = await saveArticle(db, { ...input, title: 'Draft', status: 'draft' }, actor(500));
    const later = await saveArticle(
      db,
      { ...input, title: 'Later', url: 'https://a.example/x' },
      actor(2000),
    );
    const catalog = new ArticleCatalog();
    const titles = async () => (await catalog.refresh(db)).articles.map((a) => a.title);
    expect(await titles()).toEqual(['Draft', 'Later', 'Fix a login error']);
    const published = await publishArticle(db, draft.id, actor(3000));
    expect(published).toMatchObject({ status: 'published', version: 2 });
    await deleteArticle(db, later.id, actor(4000));
    expect(await titles()).toEqual(['Draft', 'Fix a login error']);
    await expect(
      saveArticle(db, { ...input, url: 'javascript:alert(1)' }, actor()),
    ).rejects.toThrow(/http\(s\) URL/);
  });

  it('an import adds and updates in one transaction, matching URLs', async () => {
    const db = freshDatabase();
    await saveArticle(db, { ...input, url: 'https://a.example/login' }, actor(1000));
    const rows = [
      {
        at: 2,
        title: 'Fix a login error',
        url: 'https://a.example/login/',
        body: 'New body',
        tags: [],
      },
      { at: 3, title: 'Roaming', url: 'https://a.example/roaming', body: '', tags: ['roaming'] },
      { at: 4, title: 'Roaming twice', url: 'https://a.example/roaming#x', body: '', tags: [] },
    ];
    expect(await applyImport(db, rows, actor(2000))).toEqual({ added: 1, updated: 1, skipped: 1 });
    const all = (await db.articles.toArray()).sort((a, b) => a.title.localeCompare(b.title));
    expect(all.map((a) => [a.title, a.source, a.version])).toEqual([
      ['Fix a login error', 'manual', 2],
      ['Roaming', 'import', 1],
    ]);
    expect(all[0]!.body).toBe('New body');
    // Nothing new the second time.
    expect(await applyImport(db, rows, actor(3000))).toEqual({ added: 0, updated: 0, skipped: 3 });
  });

  it('stores links in one form, so an import finds the same page through the url index', async () => {
    const db = freshDatabase();
    const saved = await saveArticle(
      db,
      { ...input, url: 'https://Help.Example/Login/#step-2' },
      actor(1000),
    );
    expect(saved.url).toBe('https://help.example/Login');
    expect(await db.articles.where('url').equals('https://help.example/Login').count()).toBe(1);
    const rows = [
      { at: 2, title: 'Login', url: 'https://HELP.example/Login/', body: 'New', tags: [] },
    ];
    expect((await articlesMatching(db, rows)).map((a) => a.id)).toEqual([saved.id]);
    expect(await applyImport(db, rows, actor(2000))).toMatchObject({ added: 0, updated: 1 });
    // The path keeps its case: another page.
    const other = [{ ...rows[0]!, url: 'https://help.example/login' }];
    expect(await articlesMatching(db, other)).toEqual([]);
  });

  it('importing the same file again adds nothing, rows without a URL included', async () => {
    const db = freshDatabase();
    const rows = [
      { at: 2, title: 'Reset your password', url: null, body: 'Use the link.', tags: [] },
      { at: 3, title: 'Roaming', url: 'https://a.example/roaming', body: '', tags: [] },
    ];
    expect(await applyImport(db, rows, actor(1000))).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(await applyImport(db, rows, actor(2000))).toEqual({ added: 0, updated: 0, skipped: 2 });
    const changed = [{ ...rows[0]!, title: 'reset your password ', body: 'Use the new link.' }];
    expect(await applyImport(db, changed, actor(3000))).toEqual({
      added: 0,
      updated: 1,
      skipped: 0,
    });
    expect(await db.articles.count()).toBe(2);
  });

  it('an import with one invalid record writes nothing', async () => {
    const db = freshDatabase();
    const rows = [
      { at: 2, title: 'Good', url: 'https://a.example/good', body: '', tags: [] },
      { at: 3, title: 'x'.repeat(400), url: null, body: '', tags: [] },
    ];
    await expect(applyImport(db, rows, actor())).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
  });
});

describe('library for suggestions', () => {
  it('is read bounded and built again only after a change', async () => {
    const db = freshDatabase();
    await saveExpert(db, dana, actor(1000));
    const first = await loadLibrary(db);
    expect(await loadLibrary(db)).toBe(first);
    await saveArticle(
      db,
      { title: 'A', url: '', body: '', tags: [], status: 'published' },
      actor(2000),
    );
    const second = await loadLibrary(db);
    expect(second).not.toBe(first);
    expect(second.articles.byId.size).toBe(1);
    expect(second.experts.byId.size).toBe(1);
  });
});
