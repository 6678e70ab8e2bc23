import { beforeEach, describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { addIdentity } from '@/lib/customers/customer-store';
import { buildCustomerView } from '@/lib/customers/customer-view';
import type { CasebookDatabase } from '@/lib/db/database';
import { RecordNotFoundError } from '@/lib/db/records';
import { eraseTestimonials } from '@/lib/testimonials/erase';
import {
  editTestimonial,
  moderateTestimonial,
  saveFromCase,
  savedOf,
  saveTestimonial,
  setConsent,
} from '@/lib/testimonials/store';
import { TestimonialInputError } from '@/lib/testimonials/testimonial';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const QUOTE = 'The replacement arrived in a day, you are wonderful';
const happy = (
  postId = '1850000000000000002',
  handle = 'dana_r',
  name = 'Dana Ruiz',
  quote = QUOTE,
) =>
  parsedPost({
    postId,
    text: `@AcmeSupport ${quote}`,
    author: {
      handle,
      name,
      profileUrl: `https://x.com/${handle}`,
      avatarUrl: 'https://pbs.twimg.com/profile_images/1/dana.jpg',
      followers: 120,
      verified: false,
    },
  });

let db: CasebookDatabase;
beforeEach(() => {
  db = freshDatabase();
});

// In the order they were written (ids are time-ordered).
const testimonialEvents = () => db.events.where('type').startsWith('testimonial.').sortBy('id');

describe('saving', () => {
  it('saves a post once: a second save returns the first, with one event', async () => {
    const first = await saveTestimonial(db, happy(), null, actor());
    expect(first.already).toBe(false);
    expect(first.testimonial).toMatchObject({
      quote: QUOTE,
      customerKey: 'x:dana_r',
      caseId: null,
    });
    const again = await saveTestimonial(
      db,
      { ...happy(), text: 'changed' },
      null,
      actor(actor().now + 1),
    );
    expect(again).toEqual({ testimonial: first.testimonial, already: true });
    expect(await db.testimonials.count()).toBe(1);
    const events = await testimonialEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'testimonial.saved',
      data: { testimonialId: first.testimonial.id, platform: 'x', source: 'page' },
    });
  });

  it('links a post saved from the page to the case that captured it', async () => {
    const post = happy();
    const captured = await capturePost(db, post, actor());
    const { testimonial } = await saveTestimonial(db, post, null, actor());
    expect(testimonial).toMatchObject({ caseId: captured.caseId, customerKey: 'x:dana_r' });
    expect((await testimonialEvents())[0]!.caseId).toBe(captured.caseId);
  });

  it('saves a case’s first post (or a named one) from the case', async () => {
    const captured = await capturePost(db, happy(), actor());
    const { testimonial, already } = await saveFromCase(db, captured.caseId, undefined, actor());
    expect(already).toBe(false);
    expect(testimonial).toMatchObject({ caseId: captured.caseId, postKey: captured.postKey });
    expect(testimonial.history[0]!.to).toBe('case');
    expect((await saveFromCase(db, captured.caseId, captured.postKey, actor())).already).toBe(true);
    await expect(saveFromCase(db, captured.caseId, 'x:999', actor())).rejects.toThrow(
      TestimonialInputError,
    );
    await expect(saveFromCase(db, 'no-such-case', undefined, actor())).rejects.toThrow(
      RecordNotFoundError,
    );
  });

  it('savedOf answers the page’s buttons: postId → testimonial id', async () => {
    const { testimonial } = await saveTestimonial(db, happy(), null, actor());
    expect(await savedOf(db, 'x', ['1850000000000000002', '42'])).toEqual({
      '1850000000000000002': testimonial.id,
    });
    expect(await savedOf(db, 'reddit', ['1850000000000000002'])).toEqual({});
  });
});

describe('changes', () => {
  it('edits, moderates and sets consent with one event each, holding ids and names only', async () => {
    const { testimonial } = await saveTestimonial(db, happy(), null, actor());
    const id = testimonial.id;
    await editTestimonial(db, id, { quote: 'arrived in a day', tags: ['Delight'] }, actor());
    await moderateTestimonial(db, id, 'approved', actor());
    await setConsent(db, id, { state: 'requested', via: 'Reply to @dana_r' }, actor());
    const done = await setConsent(
      db,
      id,
      { state: 'granted', evidence: { kind: 'link', url: 'https://x.com/dana_r/status/9' } },
      actor(),
    );
    expect(done).toMatchObject({ state: 'approved', tags: ['delight'], quote: 'arrived in a day' });
    expect(done.consent.state).toBe('granted');
    const events = await testimonialEvents();
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['testimonial.saved', { testimonialId: id, platform: 'x', source: 'page' }],
      ['testimonial.edited', { testimonialId: id, fields: 'quote,tags', state: 'pending' }],
      [
        'testimonial.approved',
        { testimonialId: id, fields: 'state', from: 'pending', to: 'approved' },
      ],
      ['testimonial.consent', { testimonialId: id, from: 'not-asked', to: 'requested' }],
      ['testimonial.consent', { testimonialId: id, from: 'requested', to: 'granted' }],
    ]);
    // No change, no write.
    const same = await moderateTestimonial(db, id, 'approved', actor());
    expect(same.version).toBe(done.version);
    expect(await testimonialEvents()).toHaveLength(5);
  });

  it('refuses a change that does not validate, and leaves the record as it was', async () => {
    const { testimonial } = await saveTestimonial(db, happy(), null, actor());
    await expect(editTestimonial(db, testimonial.id, { quote: '' }, actor())).rejects.toThrow(
      'A testimonial needs a quote.',
    );
    await expect(setConsent(db, testimonial.id, { state: 'granted' }, actor())).rejects.toThrow(
      /needs evidence/,
    );
    expect(await db.testimonials.get(testimonial.id)).toEqual(testimonial);
    await expect(moderateTestimonial(db, 'nope', 'approved', actor())).rejects.toThrow(
      RecordNotFoundError,
    );
  });
});

/** Every record of every table, as text: what an erasure must leave nothing of. */
async function everything(): Promise<string> {
  const dumps = await Promise.all(
    db.tables.map(async (table) => JSON.stringify(await table.toArray())),
  );
  return dumps.join('\n');
}

describe('erasure', () => {
  it('by one testimonial: nothing of the quote, name or handle remains in any table', async () => {
    const { testimonial } = await saveTestimonial(db, happy(), null, actor());
    await editTestimonial(db, testimonial.id, { tags: ['dana_r fan'], product: 'Kettle' }, actor());
    await moderateTestimonial(db, testimonial.id, 'approved', actor());
    await setConsent(
      db,
      testimonial.id,
      { state: 'granted', evidence: { kind: 'note', text: 'Dana Ruiz said yes in a DM' } },
      actor(),
    );
    const other = await saveTestimonial(
      db,
      happy('1850000000000000077', 'sam_k', 'Sam K', 'Five stars from me'),
      null,
      actor(),
    );
    expect(await everything()).toContain('Dana Ruiz');

    const erasure = await eraseTestimonials(
      db,
      { testimonialId: testimonial.id },
      'Dana Ruiz (@dana_r) asked by email; Dana wants it gone',
      actor(),
    );
    expect(erasure).toMatchObject({
      customerId: null,
      testimonialIds: [testimonial.id],
      reason: '[erased] ([erased]) asked by email; [erased] wants it gone',
      by: 'me',
    });
    const dump = await everything();
    for (const gone of [QUOTE, 'Dana Ruiz', 'dana_r', 'Dana', 'Kettle', 'said yes']) {
      expect(dump).not.toContain(gone);
    }
    // The other author's testimonial is untouched; the events of the erased one keep ids.
    expect(await db.testimonials.get(other.testimonial.id)).toEqual(other.testimonial);
    const events = (await testimonialEvents()).filter(
      (e) => e.data.testimonialId === testimonial.id,
    );
    expect(events.length).toBe(4);
    for (const event of events) expect(event.data).toEqual({ testimonialId: testimonial.id });
    const erased = (await testimonialEvents()).find((e) => e.type === 'testimonial.erased');
    expect(erased?.data).toEqual({ erasureId: erasure.id, count: 1 });
    expect(await db.testimonialErasures.toArray()).toEqual([erasure]);
  });

  it('by customer: the testimonials of every identity they have, one transaction', async () => {
    const post = happy();
    await capturePost(db, post, actor());
    const customer = (await db.customers.toArray())[0]!;
    await addIdentity(
      db,
      customer.id,
      { platform: 'reddit', handle: 'DanaR', profileUrl: null },
      actor(),
    );
    const onX = await saveTestimonial(db, post, null, actor());
    const onReddit = await saveTestimonial(
      db,
      {
        ...happy('t3_abc', 'DanaR'),
        platform: 'reddit',
        permalink: 'https://www.reddit.com/r/acme/comments/abc/',
        author: { ...post.author, handle: 'DanaR', profileUrl: null },
      },
      null,
      actor(),
    );
    const stranger = await saveTestimonial(
      db,
      happy('1850000000000000078', 'sam_k', 'Sam K'),
      null,
      actor(),
    );
    const view = await buildCustomerView(db, { identityKey: 'x:dana_r' }, actor().now);
    expect(view.testimonials.map((t) => t.id).sort()).toEqual(
      [onX.testimonial.id, onReddit.testimonial.id].sort(),
    );
    expect(view.testimonials[0]).toMatchObject({ state: 'pending', consent: 'not-asked' });

    const erasure = await eraseTestimonials(db, { customerId: customer.id }, null, actor());
    expect(erasure.customerId).toBe(customer.id);
    expect(erasure.testimonialIds.sort()).toEqual(
      [onX.testimonial.id, onReddit.testimonial.id].sort(),
    );
    expect(await db.testimonials.toArray()).toEqual([stranger.testimonial]);
    expect(
      (await buildCustomerView(db, { identityKey: 'x:dana_r' }, actor().now)).testimonials,
    ).toEqual([]);
    // The customer's case and post stay: this erases testimonials, not the customer.
    expect(await db.cases.count()).toBe(1);
  });

  it('an unknown customer or testimonial is an error; nothing is written', async () => {
    await expect(eraseTestimonials(db, { customerId: 'nope' }, null, actor())).rejects.toThrow(
      RecordNotFoundError,
    );
    await expect(eraseTestimonials(db, { testimonialId: 'nope' }, null, actor())).rejects.toThrow(
      RecordNotFoundError,
    );
    expect(await db.testimonialErasures.count()).toBe(0);
  });
});
