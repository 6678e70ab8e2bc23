import { sentimentOf } from '../cases/sentiment';
import { scoreOf } from './rating';
import type { FeedbackRating } from './rating-schema';

/**
 * Whether an answer is clearly positive, so worth offering as a testimonial: the top of
 * the scale and words that read positive. A "5" with no words, or praise with a middling
 * score, is not offered: the marketer would have nothing to quote, or a mixed quote.
 */
export function isClearlyPositive(rating: FeedbackRating, comment: string): boolean {
  return scoreOf(rating) === 5 && sentimentOf(comment).label === 'positive';
}
