import type { Actor } from '../cases/actor';
import type { CasebookDatabase } from '../db/database';
import { liveRecord, RecordNotFoundError } from '../db/records';
import {
  postKey as postKeyOf,
  type CasebookEvent,
  type ParsedPost,
  type Platform,
  type Post,
  type Testimonial,
  type TestimonialState,
} from '../db/schema';
import { newId } from '../ids';
import {
  applyTransition,
  authorKeyOf,
  consentChange,
  edit,
  moderation,
  newTestimonial,
  TestimonialInputError,
  type ConsentInput,
  type SaveSource,
  type TestimonialEdit,
  type TestimonialLinks,
  type Transition,
} from './testimonial';

/**
 * Testimonials in the database. Every write is one transaction that also records one
 * 'testimonial.*' event whose data holds the testimonial's id and names of states or
 * fields only — never the quote, the author or the evidence, so that an erasure leaves
 * nothing of them in the event log.
 */

export interface SaveResult {
  testimonial: Testimonial;
  /** True when the post was saved before: the first testimonial is returned, unchanged. */
  already: boolean;
}

type EventType = Extract<CasebookEvent['type'], `testimonial.${string}`>;

async function recordEvent(
  db: CasebookDatabase,
  type: EventType,
  testimonial: Pick<Testimonial, 'id' | 'caseId'>,
  data: Record<string, string | number | null>,
  actor: Actor,
): Promise<void> {
  await db.events.add({
    id: newId(),
    at: actor.now,
    by: actor.by,
    type,
    caseId: testimonial.caseId,
    data: { testimonialId: testimonial.id, ...data },
  });
}

/**
 * What a post is linked to when it was captured: its case (the live case whose postKeys
 * hold it) and the customer — always its author's identity key ("x:dana_r"), the key
 * cases and customer identities share, so an erasure of that customer finds it even when
 * the post was never captured.
 */
export async function linksOfPost(
  db: CasebookDatabase,
  post: Pick<ParsedPost, 'platform' | 'postId' | 'author'>,
): Promise<TestimonialLinks> {
  const key = postKeyOf(post.platform, post.postId);
  const cases = await db.cases.where('postKeys').equals(key).toArray();
  const linked = cases.find((c) => !c.deleted) ?? null;
  return { customerKey: authorKeyOf(post), caseId: linked?.id ?? null };
}

/**
 * Saves a post as a pending testimonial. The same post is never saved twice: a second
 * save returns the first testimonial with `already: true`. Links left out (or null) are
 * looked up: the case that captured the post, the author's customer key.
 */
export async function saveTestimonial(
  db: CasebookDatabase,
  post: ParsedPost | Post,
  links: Partial<TestimonialLinks> | null,
  actor: Actor,
  source: SaveSource = 'page',
): Promise<SaveResult> {
  return db.transaction('rw', [db.testimonials, db.events, db.cases], async () => {
    const key = postKeyOf(post.platform, post.postId);
    const existing = await db.testimonials.where('postKey').equals(key).first();
    if (existing) return { testimonial: existing, already: true };
    const found = await linksOfPost(db, post);
    const testimonial = newTestimonial(
      post,
      {
        customerKey: links?.customerKey ?? found.customerKey,
        caseId: links?.caseId ?? found.caseId,
      },
      source,
      actor,
    );
    await db.testimonials.add(testimonial);
    await recordEvent(
      db,
      'testimonial.saved',
      testimonial,
      { platform: post.platform, source },
      actor,
    );
    return { testimonial, already: false };
  });
}

/**
 * Saves a stored post of a case (its first post when `postKey` is left out) from the
 * sidebar or the dashboard, linked to the case. The customer is the post's author: for
 * the case's own posts that is the case's customer.
 */
export async function saveFromCase(
  db: CasebookDatabase,
  caseId: string,
  postKey: string | undefined,
  actor: Actor,
): Promise<SaveResult> {
  return db.transaction('rw', [db.testimonials, db.events, db.cases, db.posts], async () => {
    const record = await liveRecord(db.cases, 'case', caseId);
    const key = postKey ?? record.postKeys[0]!;
    if (!record.postKeys.includes(key)) {
      throw new TestimonialInputError(`The post ${key} is not one of case ${record.ref}'s posts.`);
    }
    const post = await db.posts.where('key').equals(key).first();
    if (!post || post.deleted) throw new RecordNotFoundError('post', key);
    return saveTestimonial(
      db,
      post,
      { caseId: record.id, customerKey: authorKeyOf(post) },
      actor,
      'case',
    );
  });
}

/** Reads, changes, re-validates and stores one testimonial, with its one event. */
async function changeTestimonial(
  db: CasebookDatabase,
  id: string,
  actor: Actor,
  change: (current: Testimonial) => { transition: Transition | null; event: EventType } | null,
  eventData: (before: Testimonial, after: Testimonial) => Record<string, string | number | null>,
): Promise<Testimonial> {
  return db.transaction('rw', [db.testimonials, db.events], async () => {
    const before = await liveRecord(db.testimonials, 'testimonial', id);
    const planned = change(before);
    if (!planned?.transition) return before;
    const after = applyTransition(before, planned.transition, actor);
    await db.testimonials.put(after);
    await recordEvent(db, planned.event, after, eventData(before, after), actor);
    return after;
  });
}

/** The marketer's edits (quote, tags, product, rating, favourite); see `edit`. */
export async function editTestimonial(
  db: CasebookDatabase,
  id: string,
  change: TestimonialEdit,
  actor: Actor,
): Promise<Testimonial> {
  return changeTestimonial(
    db,
    id,
    actor,
    (current) => ({ transition: edit(current, change), event: 'testimonial.edited' }),
    (before, after) => ({
      // Which fields changed, by name: never their values (a quote, a tag naming someone).
      fields: (['quote', 'tags', 'product', 'rating', 'favourite'] as const)
        .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
        .join(','),
      state: after.state,
    }),
  );
}

const MODERATION_EVENT: Record<TestimonialState, EventType> = {
  approved: 'testimonial.approved',
  rejected: 'testimonial.rejected',
  // Back to pending for another look: an edit of the state.
  pending: 'testimonial.edited',
};

/** Approve, reject, or send back to pending. */
export async function moderateTestimonial(
  db: CasebookDatabase,
  id: string,
  state: TestimonialState,
  actor: Actor,
): Promise<Testimonial> {
  return changeTestimonial(
    db,
    id,
    actor,
    (current) => ({ transition: moderation(current, state), event: MODERATION_EVENT[state] }),
    (before, after) => ({ fields: 'state', from: before.state, to: after.state }),
  );
}

/** Consent asked, granted, declined or reset; see `consentChange`. */
export async function setConsent(
  db: CasebookDatabase,
  id: string,
  input: ConsentInput,
  actor: Actor,
): Promise<Testimonial> {
  return changeTestimonial(
    db,
    id,
    actor,
    (current) => ({
      transition: consentChange(current, input, actor),
      event: 'testimonial.consent',
    }),
    (before, after) => ({ from: before.consent.state, to: after.consent.state }),
  );
}

/**
 * Which of these posts of one platform are saved: postId → testimonial id (the page's
 * "Saved" buttons). One read of the unique postKey index.
 */
export async function savedOf(
  db: CasebookDatabase,
  platform: Platform,
  postIds: readonly string[],
): Promise<Record<string, string>> {
  const keys = [...new Set(postIds)].map((postId) => postKeyOf(platform, postId));
  const found = await db.testimonials.where('postKey').anyOf(keys).toArray();
  const saved: Record<string, string> = {};
  for (const testimonial of found) {
    if (!testimonial.deleted && testimonial.platform === platform) {
      saved[testimonial.postId] = testimonial.id;
    }
  }
  return saved;
}
