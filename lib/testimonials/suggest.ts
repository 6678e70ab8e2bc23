import type { CaseStatus } from '../db/constants';
import type { CaseEvent } from '../db/schema';

/**
 * When the sidebar says "This reads like a testimonial". Scores are those of
 * lib/cases/sentiment.ts (AFINN words, minus 2 per complaint cue), taken at capture.
 *
 * - A post on its own must score at least 4: two positive words ("Great, thanks" 5), or
 *   one strong one ("amazing", "fantastic" 4). One ordinary positive word is not enough:
 *   "good question, still waiting" scores 3, and so does "love it"; a testimonial should
 *   read as praise, not politeness.
 * - A customer's post after one of their cases was resolved (or closed) needs only to read
 *   positive (2 or more): "Thanks, that fixed it!" scores 2, and a thank-you after a fix is
 *   the classic testimonial. The resolved case is the context the words lack.
 * Posts Casebook did not score (another language) are never suggested.
 */
export const STRONG_POSITIVE_SCORE = 4;
export const THANKS_AFTER_RESOLUTION_SCORE = 2;

export type TestimonialSuggestion =
  | { reason: 'positive'; score: number }
  /** A positive post after case `resolvedRef` of the same customer was resolved. */
  | { reason: 'thanks-after-resolution'; score: number; resolvedRef: string };

export interface SuggestionInput {
  /** How the case's post reads, scored at capture; absent when it was not scored. */
  sentiment: { label: 'negative' | 'neutral' | 'positive'; score: number } | null | undefined;
  /** When the customer posted it (else when it was captured). */
  postedAt: number;
  /** The customer's other cases and when each was resolved (null: not resolved now). */
  otherCases: readonly { ref: string; resolvedAt: number | null }[];
}

/** Whether the case's post should be suggested as a testimonial, and why; null if not. */
export function suggestTestimonial(input: SuggestionInput): TestimonialSuggestion | null {
  const { sentiment } = input;
  if (!sentiment || sentiment.label !== 'positive') return null;
  if (sentiment.score >= STRONG_POSITIVE_SCORE) {
    return { reason: 'positive', score: sentiment.score };
  }
  if (sentiment.score < THANKS_AFTER_RESOLUTION_SCORE) return null;
  // The latest resolution before the post: the case the customer is most likely thanking.
  const before = input.otherCases
    .filter((c) => c.resolvedAt !== null && c.resolvedAt <= input.postedAt)
    .sort((a, b) => b.resolvedAt! - a.resolvedAt!)[0];
  return before
    ? { reason: 'thanks-after-resolution', score: sentiment.score, resolvedRef: before.ref }
    : null;
}

const DONE: readonly CaseStatus[] = ['resolved', 'closed'];

/**
 * When a case was resolved: the start of its current stretch of resolved or closed (a
 * case resolved, then closed, was resolved at the first; one reopened since is open).
 * Null when it is open now.
 */
export function resolvedAtOf(record: {
  status: CaseStatus;
  history: readonly Pick<CaseEvent, 'type' | 'from' | 'to' | 'at'>[];
}): number | null {
  if (!DONE.includes(record.status)) return null;
  let at: number | null = null;
  for (const event of record.history) {
    if (event.type !== 'status') continue;
    const done = DONE.includes(event.to as CaseStatus);
    if (!done) at = null;
    else if (at === null || !DONE.includes(event.from as CaseStatus)) at = event.at;
  }
  return at;
}

/** The suggestion's line in the sidebar, saying why. */
export function suggestionReason(suggestion: TestimonialSuggestion): string {
  return suggestion.reason === 'positive'
    ? 'The post reads strongly positive.'
    : `A happy post after case ${suggestion.resolvedRef} was resolved.`;
}

/** How many dismissed suggestions are remembered (the oldest are forgotten first). */
export const MAX_DISMISSED = 500;

/** The cases whose suggestion the agent dismissed, with this one added (newest last). */
export function withDismissed(dismissed: readonly string[], caseId: string): string[] {
  return [...dismissed.filter((id) => id !== caseId), caseId].slice(-MAX_DISMISSED);
}
