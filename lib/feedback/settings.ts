import { z } from '../zod';
import { FEEDBACK_SCALES } from './rating-schema';

/**
 * How the team asks for feedback once a case is resolved (issue 12): the scale customers
 * answer on, the saved reply that asks (the built-in request when none is chosen), and
 * how long after asking the agent is reminded to look for the answer.
 */
export const FeedbackSettingsSchema = z.object({
  scale: z.enum(FEEDBACK_SCALES).default('five'),
  replyId: z.string().min(1).max(64).nullable().default(null),
  checkAfterHours: z
    .number()
    .int()
    .min(1, 'Check for the answer at least an hour later')
    .max(14 * 24, 'Check for the answer within two weeks')
    .default(48),
});
export type FeedbackSettings = z.infer<typeof FeedbackSettingsSchema>;
