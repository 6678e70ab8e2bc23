import type { FeedbackScale } from './rating-schema';

/**
 * The built-in feedback request, used when the team has not chosen a saved reply of its
 * own (options, Feedback). Its placeholders are filled as a saved reply's are.
 */
export const FEEDBACK_REQUEST_TEXT: Record<FeedbackScale, string> = {
  five: '{handle} Glad we could sort this out! How did we do? Reply with a number from 1 (poor) to 5 (great), and tell us anything we could do better. Reference {case}.',
  three:
    '{handle} Glad we could sort this out! How did we do: good, okay or bad? Tell us anything we could do better. Reference {case}.',
};
