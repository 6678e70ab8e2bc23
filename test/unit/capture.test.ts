import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { addCaseNote, CaseNotFoundError, setCaseStatus } from '@/lib/cases/edit';
import { readCounter } from '@/lib/db/counters';
import { CaseSchema, PostSchema } from '@/lib/db/schema';
import { actor, freshDatabase, parsedPost } from '../support/factories';

describe('capturePost', () => {
  it('stores the post and opens a new case for it', async () => {
    const db = freshDatabase();
    const result = await capturePost(db, parsedPost(), actor());
    expect(result.created).toBe(true);
    expect(result.ref).toMatch(/^C-[0-9A-F]{6}$/);
    const post = PostSchema.parse(
      await db.posts.where('key').equals('x:1850000000000000001').first(),
    );
    expect(post.text).toBe('@AcmeSupport my order #4411 never arrived 😡');
    const record = CaseSchema.parse(await db.cases.get(result.caseId));
    expect(record).toMatchObject({
      status: 'new',
      channel: 'x',
      customerKey: 'x:dana_r',
      postKeys: ['x:1850000000000000001'],
      permalink: 'https://x.com/dana_r/status/1850000000000000001',
    });
    expect(record.history).toEqual([
      { at: actor().now, by: 'me', type: 'created', from: null, to: 'new' },
    ]);
    expect(await readCounter(db, 'openCases')).toBe(1);
    expect(await db.events.where('caseId').equals(result.caseId).count()).toBe(1);
  });

  it('capturing the same post again returns the same case and duplicates nothing', async () => {
    const db = freshDatabase();
    const first = await capturePost(db, parsedPost(), actor());
    const again = await capturePost(
      db,
      parsedPost({ metrics: { replies: 9, reposts: 1, likes: 50, bookmarks: 2, views: 999 } }),
      actor(actor().now + 60_000),
    );
    expect(again).toEqual({ ...first, created: false });
    expect(await db.posts.count()).toBe(1);
    expect(await db.cases.count()).toBe(1);
    expect(await readCounter(db, 'openCases')).toBe(1);
    // The fresher counts the page shows now are kept.
    expect((await db.posts.toCollection().first())?.metrics.likes).toBe(50);
  });

  it('concurrent captures of one post still make one case', async () => {
    const db = freshDatabase();
    const results = await Promise.all([1, 2, 3].map(() => capturePost(db, parsedPost(), actor())));
    expect(new Set(results.map((r) => r.caseId)).size).toBe(1);
    expect(await db.cases.count()).toBe(1);
  });

  it('keeps the full text when a cut post is captured again in full', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost({ text: 'The start…', truncated: true }), actor());
    await capturePost(
      db,
      parsedPost({ text: 'The start and the rest', truncated: false }),
      actor(),
    );
    const post = await db.posts.toCollection().first();
    expect(post?.text).toBe('The start and the rest');
    expect(post?.truncated).toBe(false);
  });

  it('refuses a post that breaks the schema and stores nothing', async () => {
    const db = freshDatabase();
    const bad = parsedPost({ text: 'x'.repeat(200_000) });
    await expect(capturePost(db, bad, actor())).rejects.toThrow();
    expect(await db.posts.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
    expect(await readCounter(db, 'openCases')).toBe(0);
  });
});

describe('case edits', () => {
  it('status changes are recorded and keep the open total right', async () => {
    const db = freshDatabase();
    const { caseId } = await capturePost(db, parsedPost(), actor());
    await setCaseStatus(db, caseId, 'waiting', actor());
    expect(await readCounter(db, 'openCases')).toBe(1);
    await setCaseStatus(db, caseId, 'resolved', actor(), 'test: closed by hand');
    expect(await readCounter(db, 'openCases')).toBe(0);
    const reopened = await setCaseStatus(db, caseId, 'open', actor());
    expect(await readCounter(db, 'openCases')).toBe(1);
    expect(reopened.history.map((e) => [e.type, e.from, e.to])).toEqual([
      ['created', null, 'new'],
      ['status', 'new', 'waiting'],
      [
        'closed-incomplete',
        'Define and agree the problem with the customer; Contact the customer with it; ' +
          'Solved? If not, open a new case; Write up the issue and its resolution',
        'test: closed by hand',
      ],
      ['status', 'waiting', 'resolved'],
      ['status', 'resolved', 'open'],
    ]);
    expect(reopened.version).toBe(4);
  });

  it('setting the same status again changes nothing', async () => {
    const db = freshDatabase();
    const { caseId } = await capturePost(db, parsedPost(), actor());
    const same = await setCaseStatus(db, caseId, 'new', actor());
    expect(same.version).toBe(1);
    expect(same.history).toHaveLength(1);
  });

  it('notes are appended with author and time, text kept as typed', async () => {
    const db = freshDatabase();
    const { caseId } = await capturePost(db, parsedPost(), actor());
    const record = await addCaseNote(db, caseId, '  <b>Called</b> the courier  ', actor());
    expect(record.notes).toHaveLength(1);
    expect(record.notes[0]).toMatchObject({ text: '<b>Called</b> the courier', by: 'me' });
  });

  it('editing a missing case fails clearly', async () => {
    const db = freshDatabase();
    await expect(setCaseStatus(db, 'nope', 'open', actor())).rejects.toBeInstanceOf(
      CaseNotFoundError,
    );
  });
});

describe('SLA due time on cases', () => {
  const HOUR = 3_600_000;

  it('a captured public post is due 24 h later under the default policy', async () => {
    const db = freshDatabase();
    const { caseId } = await capturePost(db, parsedPost(), actor());
    const record = await db.cases.get(caseId);
    expect(record).toMatchObject({ kind: 'public', resolutionDueAt: actor().now + 24 * HOUR });
  });

  it('a captured post gets its priority and the reasons for it', async () => {
    const db = freshDatabase();
    const angry = parsedPost({
      text: 'Outage again, I want a refund',
      author: { ...parsedPost().author, followers: 54_000 },
    });
    const { caseId } = await capturePost(db, angry, actor());
    const record = await db.cases.get(caseId);
    expect(record?.priority).toBe('P1');
    expect(record?.priorityReasons).toEqual([
      '54k followers',
      'negative',
      "mentions 'outage'",
      "mentions 'refund'",
    ]);
    // P1 shortens the 24 h target to 12 h (default priority settings).
    expect(record?.resolutionDueAt).toBe(actor().now + 12 * HOUR);
  });

  it('waiting stops the clock, reopening resumes it with the waited time added', async () => {
    const db = freshDatabase();
    const start = actor().now;
    const { caseId } = await capturePost(db, parsedPost(), actor(start));
    const waiting = await setCaseStatus(db, caseId, 'waiting', actor(start + 2 * HOUR));
    expect(waiting.resolutionDueAt).toBeNull();
    const reopened = await setCaseStatus(db, caseId, 'open', actor(start + 5 * HOUR));
    expect(reopened.resolutionDueAt).toBe(start + 27 * HOUR);
    const resolved = await setCaseStatus(db, caseId, 'resolved', actor(start + 6 * HOUR), 'test');
    expect(resolved.resolutionDueAt).toBeNull();
  });
});
