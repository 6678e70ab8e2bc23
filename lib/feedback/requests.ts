import { z } from '../zod';
import { FEEDBACK_COMMENT_LENGTH, FEEDBACK_SOURCES, FeedbackRatingSchema } from './rating-schema';

const caseId = z.string().min(1).max(64);

/**
 * The feedback requests (issue 12, point 2; lib/messages/protocol.ts), from Casebook's own
 * pages only: the sidebar and the dashboard's case page.
 */
export const FEEDBACK_REQUESTS = {
  /** Puts the feedback request into the case's reply box (never sent) and notes it. */
  'feedback.request': {
    access: 'extension',
    payload: z.object({ caseId }),
  },
  /** The customer's rating and comment, picked by the agent or read from the reply. */
  'feedback.record': {
    access: 'extension',
    payload: z.object({
      caseId,
      rating: FeedbackRatingSchema,
      comment: z.string().trim().max(FEEDBACK_COMMENT_LENGTH).default(''),
      source: z.enum(FEEDBACK_SOURCES).default('agent'),
    }),
  },
  /** A clearly positive answer, saved as a testimonial in the customer's words. */
  'testimonial.fromFeedback': {
    access: 'extension',
    payload: z.object({ caseId }),
  },
} as const;
