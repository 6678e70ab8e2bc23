import { describe, expect, it } from 'vitest';
import { CasebookDatabase } from '@/lib/db/database';
import { LATEST_VERSION, MIGRATIONS } from '@/lib/db/migrations';
import { capturePost } from '@/lib/cases/capture';
import { CaseSchema, CustomerSchema } from '@/lib/db/schema';
import { customerByIdentity } from '@/lib/customers/capture-store';
import { readSettings } from '@/lib/settings';
import { actor, freshDatabase, parsedPost } from '../support/factories';

/**
 * The upgrade harness: seed a database at an old version, close it, open it with the
 * current code, and check that every record survived and the new shape is right.
 */
async function seedAtVersion(version: number, seed: (db: CasebookDatabase) => Promise<void>) {
  const old = freshDatabase(version);
  await old.open();
  expect(old.verno).toBe(version);
  await seed(old);
  old.close();
  const current = new CasebookDatabase(old.name);
  await current.open();
  return current;
}

describe('database versions', () => {
  it('lists versions in increasing order, ending at the latest', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(LATEST_VERSION);
  });

  it('v1 → latest keeps every post and case and computes the running totals', async () => {
    const db = await seedAtVersion(1, async (v1) => {
      // v1 had no counters table: write through the v1 tables directly.
      const one = await capturePostIntoV1(v1, '1', 'open');
      const two = await capturePostIntoV1(v1, '2', 'closed');
      const three = await capturePostIntoV1(v1, '3', 'waiting');
      expect([one, two, three]).toHaveLength(3);
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.posts.count()).toBe(3);
    expect(await db.cases.count()).toBe(3);
    expect((await db.counters.get('openCases'))?.value).toBe(2);
    expect((await db.counters.get('cases'))?.value).toBe(3);
    expect((await db.counters.get('posts'))?.value).toBe(3);
    // The compound index added in v2 answers the queue's query.
    const open = await db.cases
      .where('[status+updatedAt]')
      .between(['open', 0], ['open', Infinity])
      .toArray();
    expect(open.map((c) => c.postKeys[0])).toEqual(['x:1']);
    db.close();
  });

  it('v2 → latest gives every case a kind and its SLA due time', async () => {
    const db = await seedAtVersion(2, async (v2) => {
      await capturePostIntoV1(v2, '1', 'open');
      await capturePostIntoV1(v2, '2', 'closed');
      await capturePostIntoV1(v2, '3', 'waiting');
    });
    const cases = await db.cases.orderBy('createdAt').toArray();
    expect(cases.map((c) => c.kind)).toEqual(['public', 'public', 'public']);
    // Open: due 24 h (the default public policy, around the clock) after creation;
    // closed: no clock; waiting: the clock stands still.
    expect(cases[0]!.resolutionDueAt).toBe(cases[0]!.createdAt + 24 * 3_600_000);
    expect(cases[1]!.resolutionDueAt).toBeNull();
    expect(cases[2]!.resolutionDueAt).toBeNull();
    for (const record of cases) expect(() => CaseSchema.parse(record)).not.toThrow();
    // The queue's index (v4) holds the open case only.
    const queue = await db.cases.orderBy('slaDueAt').toArray();
    expect(queue.map((c) => c.id)).toEqual(['case-1']);
    db.close();
  });

  it('v3 → latest derives search terms and response clocks, and keeps custom settings', async () => {
    const db = await seedAtVersion(3, async (v3) => {
      for (const [postId, status] of [
        ['1', 'new'],
        ['2', 'open'],
      ] as const) {
        await capturePostIntoV1(v3, postId, status);
        // The fields v3 added to cases.
        await v3.table('cases').update(`case-${postId}`, {
          kind: 'public',
          priority: 'P4',
          priorityReasons: [],
          checklist: [],
          resolutionDueAt: null,
        });
      }
      // Settings saved by v3 had only agents; they must still read.
      await v3.table('settings').put({ key: 'main', agents: ['me', 'Sam'] });
    });
    const [fresh, answered] = await db.cases.orderBy('createdAt').toArray();
    // A new case still waits for its first response (60 min by default); an open one
    // was answered before replies were recorded.
    expect(fresh!.awaitingSince).toBe(fresh!.createdAt);
    expect(fresh!.responseDueAt).toBe(fresh!.createdAt + 60 * 60_000);
    expect(fresh!.slaDueAt).toBe(fresh!.responseDueAt);
    expect(answered!.awaitingSince).toBeNull();
    expect(answered!.slaDueAt).toBe(answered!.resolutionDueAt);
    expect(fresh!.terms).toContain('dana_r');
    for (const word of ['dana_r', 'c']) {
      const hits = await db.cases.where('terms').startsWith(word).primaryKeys();
      expect(hits.length).toBe(word === 'c' ? 0 : 2); // one-letter words are not indexed
    }
    expect((await readSettings(db)).agents).toEqual(['me', 'Sam']);
    for (const record of [fresh, answered]) expect(() => CaseSchema.parse(record)).not.toThrow();
    db.close();
  });

  it('v4 → latest keeps every record and makes one customer per customerKey of the cases', async () => {
    const db = await seedAtVersion(4, async (v4) => {
      await capturePostIntoV1(v4, '1', 'open');
      await capturePostIntoV1(v4, '2', 'closed');
      // A second customer, with the follower count the page showed on their post.
      await capturePostIntoV1(v4, '3', 'new', { handle: 'Sam_K', name: 'Sam K' });
      await v4.table('posts').update('post-3', { 'author.followers': 12_500 });
      await v4.table('events').add({
        id: 'event-1',
        at: 1,
        by: 'me',
        type: 'case.created',
        caseId: 'case-1',
        data: {},
      });
      await v4.table('savedReplies').add({ id: 'reply-1', name: 'Hi', updatedAt: 1 });
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.posts.count()).toBe(3);
    expect(await db.cases.count()).toBe(3);
    expect(await db.events.get('event-1')).toMatchObject({ caseId: 'case-1' });
    expect(await db.savedReplies.get('reply-1')).toMatchObject({ name: 'Hi' });
    const customers = await db.customers.orderBy('nameKey').toArray();
    expect(customers).toHaveLength(2);
    for (const customer of customers) expect(() => CustomerSchema.parse(customer)).not.toThrow();
    const [dana, sam] = customers;
    expect(dana).toMatchObject({
      name: 'Dana R',
      identityKeys: ['x:dana_r'],
      mergedInto: null,
      // The first case of the customer is when Casebook first saw them.
      createdAt: Date.UTC(2026, 10, 1) + 1,
    });
    expect(sam!.identities).toEqual([
      {
        platform: 'x',
        handle: 'Sam_K',
        profileUrl: null,
        followers: { count: 12_500, seenAt: Date.UTC(2026, 10, 1) + 3 },
      },
    ]);
    // The case's customerKey finds its customer by the new index.
    expect((await customerByIdentity(db, 'x:sam_k'))?.id).toBe(sam!.id);
    expect(await db.customerMerges.count()).toBe(0);
    db.close();
  });

  it('v5 → latest keeps every record, adds the follow-ups table and reads old settings', async () => {
    const db = await seedAtVersion(5, async (v5) => {
      await capturePostIntoV1(v5, '1', 'open');
      await capturePostIntoV1(v5, '2', 'closed', { handle: 'Sam_K', name: 'Sam K' });
      await v5.table('customers').add({ id: 'customer-1', name: 'Dana R', nameKey: 'dana r' });
      await v5.table('customerMerges').add({ id: 'merge-1', survivorId: 'a', mergedId: 'b' });
      await v5.table('events').add({
        id: 'event-1',
        at: 1,
        by: 'me',
        type: 'customer.created',
        caseId: null,
        customerId: 'customer-1',
        data: {},
      });
      await v5.table('counters').put({ key: 'openCases', value: 1 });
      await v5.table('savedReplies').add({ id: 'reply-1', name: 'Hi', updatedAt: 1 });
      await v5.table('experts').add({ id: 'expert-1', topics: ['billing'], updatedAt: 1 });
      await v5.table('articles').add({ id: 'article-1', status: 'draft', updatedAt: 1 });
      // Settings as v5 saved them: no follow-up settings yet.
      await v5.table('settings').put({ key: 'main', agents: ['me', 'Sam'] });
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.posts.count()).toBe(2);
    expect((await db.cases.orderBy('createdAt').toArray()).map((c) => c.id)).toEqual([
      'case-1',
      'case-2',
    ]);
    expect(await db.customers.get('customer-1')).toMatchObject({ name: 'Dana R' });
    expect(await db.customerMerges.get('merge-1')).toMatchObject({ survivorId: 'a' });
    expect(await db.events.where('customerId').equals('customer-1').count()).toBe(1);
    expect((await db.counters.get('openCases'))?.value).toBe(1);
    expect(await db.savedReplies.get('reply-1')).toMatchObject({ name: 'Hi' });
    expect(await db.experts.where('topics').equals('billing').count()).toBe(1);
    expect(await db.articles.get('article-1')).toMatchObject({ status: 'draft' });
    const settings = await readSettings(db);
    expect(settings.agents).toEqual(['me', 'Sam']);
    expect(settings.followUps).toEqual({
      defaultWindowMinutes: 1440,
      leadMinutes: 60,
      autoConfirm: false,
      useBusinessHours: true,
    });
    // The new table and its indexes answer the reminders' query.
    expect(await db.followUps.count()).toBe(0);
    const pendingDue = await db.followUps
      .where('[status+dueAt]')
      .between(['pending', 0], ['pending', Infinity])
      .count();
    expect(pendingDue).toBe(0);
    db.close();
  });

  it('v6 → latest keeps every follow-up and adds the testimonials tables', async () => {
    const db = await seedAtVersion(6, async (v6) => {
      await capturePostIntoV1(v6, '1', 'open');
      await v6.table('followUps').add({
        id: 'followup-1',
        status: 'pending',
        dueAt: 5,
        caseId: 'case-1',
        customerKey: 'x:dana_r',
        owner: 'me',
        updatedAt: 1,
      });
      await v6.table('customers').add({ id: 'customer-1', name: 'Dana R', nameKey: 'dana r' });
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.cases.count()).toBe(1);
    expect(await db.customers.get('customer-1')).toMatchObject({ name: 'Dana R' });
    expect(
      await db.followUps.where('[status+dueAt]').between(['pending', 0], ['pending', 10]).count(),
    ).toBe(1);
    // The new tables and their indexes: one testimonial per post, found by state and consent.
    const saved = { id: 't-1', postKey: 'x:1', state: 'approved', consent: { state: 'granted' } };
    await db.testimonials.add(saved as never);
    await expect(db.testimonials.add({ ...saved, id: 't-2' } as never)).rejects.toThrow(
      /ConstraintError|uniqueness/i,
    );
    expect(await db.testimonials.where('consent.state').equals('granted').count()).toBe(1);
    expect(await db.testimonialErasures.count()).toBe(0);
    db.close();
  });

  it('v7 → latest keeps every record and adds team sync, finding posts by their last change', async () => {
    const db = await seedAtVersion(7, async (v7) => {
      await capturePostIntoV1(v7, '1', 'open');
      await capturePostIntoV1(v7, '2', 'closed');
      await v7.table('testimonials').add({ id: 't-1', postKey: 'x:1', state: 'approved' });
      await v7.table('testimonialErasures').add({ id: 'e-1', at: 3, customerId: null });
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.cases.count()).toBe(2);
    expect(await db.testimonials.get('t-1')).toMatchObject({ postKey: 'x:1' });
    expect(await db.testimonialErasures.count()).toBe(1);
    // The change scan reads posts by updatedAt: both old posts are in that index.
    expect(await db.posts.where('updatedAt').aboveOrEqual(0).count()).toBe(2);
    // Sync's own tables start empty: an upgrade never queues anything by itself.
    for (const table of [db.syncShadows, db.syncOutbox, db.syncConflicts, db.syncMeta])
      expect(await table.count()).toBe(0);
    db.close();
  });

  it('v8 → latest keeps every record and adds the analytics tables, empty', async () => {
    const db = await seedAtVersion(8, async (v8) => {
      await capturePostIntoV1(v8, '1', 'open');
      await v8.table('syncMeta').put({ key: 'cursor', value: '42' });
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.cases.count()).toBe(1);
    expect(await db.syncMeta.get('cursor')).toMatchObject({ value: '42' });
    // Built on first use from the events: nothing is derived during the upgrade.
    expect(await db.analyticsDays.count()).toBe(0);
    expect(await db.analyticsMarks.count()).toBe(0);
    db.close();
  });

  it('v9 → latest counts open cases per assignee from the index, and starts no turns', async () => {
    const db = await seedAtVersion(9, async (v9) => {
      await capturePostIntoV1(v9, '1', 'open');
      await capturePostIntoV1(v9, '2', 'waiting');
      await capturePostIntoV1(v9, '3', 'closed');
      await v9.table('cases').update('case-2', { assignee: 'Ana' });
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.cases.count()).toBe(3);
    // The new index holds the cases that were there before the upgrade.
    expect(await db.cases.where('[assignee+status]').equals(['me', 'open']).count()).toBe(1);
    expect(await db.cases.where('[assignee+status]').equals(['me', 'closed']).count()).toBe(1);
    expect(await db.cases.where('[assignee+status]').equals(['Ana', 'waiting']).count()).toBe(1);
    expect(await db.routingState.count()).toBe(0);
    db.close();
  });

  it('every earlier version has its upgrade test above', () => {
    const tested = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(tested).toEqual(MIGRATIONS.slice(0, -1).map((migration) => migration.version));
  });

  it('an old connection left open does not block the upgrade', async () => {
    const old = freshDatabase(1);
    await old.open();
    const current = new CasebookDatabase(old.name);
    await current.open(); // would hang or fail with "blocked" if the old one held on
    expect(current.verno).toBe(LATEST_VERSION);
    expect(old.isOpen()).toBe(false);
    current.close();
  });

  it('the latest schema captures and counts', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost(), actor());
    expect((await db.counters.get('openCases'))?.value).toBe(1);
    db.close();
  });
});

/** Writes a post and case in the v1 shape (as version 1 of the code would have). */
async function capturePostIntoV1(
  db: CasebookDatabase,
  postId: string,
  status: string,
  who = { handle: 'dana_r', name: 'Dana R' },
) {
  const post = parsedPost({ postId });
  const now = Date.UTC(2026, 10, 1) + Number(postId);
  await db.table('posts').add({
    ...post,
    id: `post-${postId}`,
    key: `x:${postId}`,
    createdAt: now,
    updatedAt: now,
    version: 1,
    deleted: false,
    capturedAt: now,
    capturedBy: 'me',
  });
  await db.table('cases').add({
    id: `case-${postId}`,
    ref: `C-00000${postId}`,
    createdAt: now,
    updatedAt: now,
    version: 1,
    deleted: false,
    status,
    title: post.text,
    text: post.text,
    channel: 'x',
    permalink: post.permalink,
    postKeys: [`x:${postId}`],
    customer: {
      platform: 'x',
      handle: who.handle,
      name: who.name,
      profileUrl: null,
      avatarUrl: null,
    },
    customerKey: `x:${who.handle.toLowerCase()}`,
    assignee: 'me',
    notes: [],
    tags: [],
    history: [],
  });
  return postId;
}
