import type { CasebookDatabase } from '../db/database';
import type { Case, ConsentState, TestimonialState } from '../db/schema';
import { resolvedAtOf, suggestTestimonial, type TestimonialSuggestion } from './suggest';

/** What the sidebar's case card shows about testimonials. */
export interface CaseTestimonialView {
  /** The case's post: what "Save as testimonial" on the card saves. */
  postKey: string;
  /** The testimonial made of one of the case's posts, once saved. */
  saved: { id: string; state: TestimonialState; consent: ConsentState } | null;
  /** Why the post reads like a testimonial, while it is not saved; null if it does not. */
  suggestion: TestimonialSuggestion | null;
}

// The customer's other cases read for "thanks after a resolution": a bounded index range.
const OTHER_CASES_LIMIT = 200;

/**
 * The case card's testimonial state, from indexed reads only: the testimonial of one of
 * the case's posts (unique postKey index), else the suggestion from the post's sentiment
 * and, only for a mildly positive post, the customer's other cases.
 */
export async function caseTestimonialOf(
  db: CasebookDatabase,
  record: Case,
): Promise<CaseTestimonialView> {
  // The newest post: a happy reply joining the case later is the one to suggest.
  const postKey = record.postKeys.at(-1)!;
  const saved = await db.testimonials
    .where('postKey')
    .anyOf(record.postKeys)
    .filter((t) => !t.deleted)
    .first();
  if (saved) {
    return {
      postKey: saved.postKey,
      saved: { id: saved.id, state: saved.state, consent: saved.consent.state },
      suggestion: null,
    };
  }
  const post = await db.posts.where('key').equals(postKey).first();
  const sentiment = post?.sentiment;
  const input = { sentiment, postedAt: post?.postedAt ?? record.createdAt, otherCases: [] };
  const alone = suggestTestimonial(input);
  // Only a positive post that is not strong enough alone needs the customer's history.
  if (alone || sentiment?.label !== 'positive') return { postKey, saved: null, suggestion: alone };
  const others = await db.cases
    .where('customerKey')
    .equals(record.customerKey)
    .limit(OTHER_CASES_LIMIT)
    .toArray();
  const otherCases = others
    .filter((c) => c.id !== record.id && !c.deleted)
    .map((c) => ({ ref: c.ref, resolvedAt: resolvedAtOf(c) }));
  return { postKey, saved: null, suggestion: suggestTestimonial({ ...input, otherCases }) };
}
