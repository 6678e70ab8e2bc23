import type { CasebookDatabase } from '../db/database';
import { postKey, type Case, type TestimonialState } from '../db/schema';
import { readSettings } from '../settings';
import { isTestimonialWorthy } from './positive';
import { NO_FEEDBACK, type CaseFeedback, type FeedbackScale } from './rating-schema';

/** What the case card shows of feedback: the record's, the desk's scale, the offer. */
export interface CaseFeedbackView extends CaseFeedback {
  scale: FeedbackScale;
  /** A clearly positive answer not yet saved as a testimonial: offer to save it. */
  offerTestimonial: boolean;
  /** The answer is kept as a testimonial, in this state of moderation. */
  testimonial: TestimonialState | null;
}

/** The testimonial key a case's feedback is saved under (see saveFeedbackTestimonial). */
export const feedbackTestimonialKey = (record: Pick<Case, 'channel' | 'id'>) =>
  postKey(record.channel, `feedback-${record.id}`);

/** The case card's feedback state: one settings read and, for a positive answer, one get. */
export async function caseFeedbackOf(
  db: CasebookDatabase,
  record: Case,
): Promise<CaseFeedbackView> {
  const feedback = record.feedback ?? NO_FEEDBACK;
  const { scale } = (await readSettings(db)).feedback;
  const positive = isTestimonialWorthy(feedback);
  const saved = positive
    ? await db.testimonials.where('postKey').equals(feedbackTestimonialKey(record)).first()
    : undefined;
  const kept = saved && !saved.deleted ? saved.state : null;
  return { ...feedback, scale, offerTestimonial: positive && !kept, testimonial: kept };
}
