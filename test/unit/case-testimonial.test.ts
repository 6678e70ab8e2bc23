import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { setCaseStatus } from '@/lib/cases/edit';
import { buildSidebarView } from '@/lib/cases/sidebar-view';
import type { CasebookDatabase } from '@/lib/db/database';
import { TestimonialSchema, type ParsedPost } from '@/lib/db/schema';
import { caseTestimonialOf } from '@/lib/testimonials/case-testimonial';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 20, 9, 0);

async function caseOf(db: CasebookDatabase, post: ParsedPost, at = T0) {
  const { caseId } = await capturePost(db, post, actor(at));
  return (await db.cases.get(caseId))!;
}

/** A pending testimonial of a post, as the data helper's store keeps one. */
async function saveTestimonial(db: CasebookDatabase, post: ParsedPost) {
  const record = TestimonialSchema.parse({
    id: `t-${post.postId}`,
    createdAt: T0,
    updatedAt: T0,
    version: 1,
    deleted: false,
    postKey: `${post.platform}:${post.postId}`,
    platform: post.platform,
    postId: post.postId,
    permalink: post.permalink,
    quote: post.text,
    originalText: post.text,
    author: post.author,
    postedAt: post.postedAt,
    language: post.language,
    metrics: post.metrics,
    rating: null,
    product: null,
    tags: [],
    favourite: false,
    customerKey: null,
    caseId: null,
    savedAt: T0,
    savedBy: 'me',
    state: 'pending',
    consent: { state: 'not-asked', requestedAt: null, via: null, answeredAt: null, evidence: null },
    history: [],
  });
  await db.testimonials.add(record);
  return record;
}

const PRAISE = 'Best support experience I’ve had all year, thank you @AcmeSupport ❤️';
const THANKS = 'Thanks, that fixed it!';

describe('caseTestimonialOf', () => {
  it('suggests a strongly positive post, and nothing for a complaint', async () => {
    const db = freshDatabase();
    const praise = await caseOf(db, parsedPost({ postId: '1', text: PRAISE }));
    expect(await caseTestimonialOf(db, praise)).toEqual({
      postKey: 'x:1',
      saved: null,
      suggestion: { reason: 'positive', score: expect.any(Number) },
    });
    const complaint = await caseOf(db, parsedPost({ postId: '2' }));
    expect((await caseTestimonialOf(db, complaint)).suggestion).toBeNull();
  });

  it('suggests a thank-you posted after the customer’s case was resolved, not before', async () => {
    const db = freshDatabase();
    const problem = await caseOf(db, parsedPost({ postId: '10', postedAt: T0 }));
    const early = await caseOf(
      db,
      parsedPost({ postId: '11', text: THANKS, postedAt: T0 + HOUR }),
      T0 + HOUR,
    );
    await setCaseStatus(db, problem.id, 'resolved', actor(T0 + 2 * HOUR), 'test');
    const later = await caseOf(
      db,
      parsedPost({ postId: '12', text: THANKS, postedAt: T0 + 3 * HOUR }),
      T0 + 3 * HOUR,
    );
    expect((await caseTestimonialOf(db, early)).suggestion).toBeNull();
    expect((await caseTestimonialOf(db, later)).suggestion).toEqual({
      reason: 'thanks-after-resolution',
      score: 2,
      resolvedRef: problem.ref,
    });
    // Another customer's resolved case is no context for this one.
    const stranger = await caseOf(
      db,
      parsedPost({
        postId: '13',
        text: THANKS,
        postedAt: T0 + 4 * HOUR,
        author: { ...parsedPost().author, handle: 'someone_else' },
      }),
      T0 + 4 * HOUR,
    );
    expect((await caseTestimonialOf(db, stranger)).suggestion).toBeNull();
  });

  it('once saved shows the testimonial’s state and consent instead of a suggestion', async () => {
    const db = freshDatabase();
    const post = parsedPost({ postId: '20', text: PRAISE });
    const record = await caseOf(db, post);
    const saved = await saveTestimonial(db, post);
    expect(await caseTestimonialOf(db, record)).toEqual({
      postKey: 'x:20',
      saved: { id: saved.id, state: 'pending', consent: 'not-asked' },
      suggestion: null,
    });
  });

  it('reaches the sidebar view on the current case', async () => {
    const db = freshDatabase();
    const post = parsedPost({ postId: '30', text: PRAISE });
    await caseOf(db, post);
    const view = await buildSidebarView(db, {
      platform: 'x',
      pageUrl: 'https://x.com/home',
      postId: '30',
      author: { handle: 'dana_r', name: 'Dana R', profileUrl: null, avatarUrl: null },
    });
    expect(view.currentCase?.testimonial?.suggestion?.reason).toBe('positive');
  });
});
