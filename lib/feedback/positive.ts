import { sentimentOf } from '../cases/sentiment';
import { scoreOf } from './rating';
import type { CaseFeedback, FeedbackRating } from './rating-schema';

/**
 * Whether an answer is clearly positive: the top of the scale and words that read
 * positive. A "5" with no words, or praise with a middling score, is not.
 */
export function isClearlyPositive(rating: FeedbackRating, comment: string): boolean {
  return scoreOf(rating) === 5 && sentimentOf(comment).label === 'positive';
}

/**
 * Whether the feedback may be offered as a testimonial: clearly positive, and its comment
 * the customer's own words (the agent's note of a call is no quote of the customer's).
 */
export const isTestimonialWorthy = (
  feedback: Pick<CaseFeedback, 'rating' | 'comment' | 'source'>,
): boolean =>
  feedback.source === 'reply' &&
  feedback.rating !== null &&
  isClearlyPositive(feedback.rating, feedback.comment);
