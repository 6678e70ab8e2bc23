/**
 * The shape of a customer's feedback on a case (issue 12, point 2), apart from the code
 * that reads it so that the record schemas carry only zod.
 */
import { z } from '../zod';

export const FEEDBACK_SCALES = ['five', 'three'] as const;
export type FeedbackScale = (typeof FEEDBACK_SCALES)[number];

export const THREE_POINTS = ['bad', 'neutral', 'good'] as const;
export type ThreePoint = (typeof THREE_POINTS)[number];

export const FeedbackRatingSchema = z.discriminatedUnion('scale', [
  z.object({ scale: z.literal('five'), value: z.number().int().min(1).max(5) }),
  z.object({ scale: z.literal('three'), value: z.enum(THREE_POINTS) }),
]);
export type FeedbackRating = z.infer<typeof FeedbackRatingSchema>;

export const FEEDBACK_COMMENT_LENGTH = 2_000;

/** Who gave the rating: the agent picked it, or took it from the customer's reply. */
export const FEEDBACK_SOURCES = ['agent', 'reply'] as const;

/** What a case keeps of its feedback: the request, then the answer. */
export const CaseFeedbackSchema = z.object({
  requestedAt: z.number().int().nonnegative().nullable(),
  requestedBy: z.string().max(100).nullable(),
  /** The follow-up that checks for the answer; done once the answer is recorded. */
  followUpId: z.string().max(64).nullable(),
  rating: FeedbackRatingSchema.nullable(),
  comment: z.string().trim().max(FEEDBACK_COMMENT_LENGTH),
  source: z.enum(FEEDBACK_SOURCES).nullable(),
  recordedAt: z.number().int().nonnegative().nullable(),
  recordedBy: z.string().max(100).nullable(),
});
export type CaseFeedback = z.infer<typeof CaseFeedbackSchema>;

export const NO_FEEDBACK: CaseFeedback = {
  requestedAt: null,
  requestedBy: null,
  followUpId: null,
  rating: null,
  comment: '',
  source: null,
  recordedAt: null,
  recordedBy: null,
};
