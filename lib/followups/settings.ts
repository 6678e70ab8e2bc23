import { z } from '../zod';

/**
 * The team's follow-up settings (issue 5): when a promise without a time cue falls due,
 * how long before the due time the reminder comes, whether a caught promise needs the
 * agent's "keep" to be confirmed, and whether due times follow the SLA business hours.
 */
export const DEFAULT_FOLLOW_UP_SETTINGS = {
  defaultWindowMinutes: 1440,
  leadMinutes: 60,
  autoConfirm: false,
  useBusinessHours: true,
} as const;

const WEEK_MINUTES = 7 * 24 * 60;

export const FollowUpSettingsSchema = z.object({
  defaultWindowMinutes: z
    .number()
    .int()
    .min(1, 'A follow-up window is at least a minute')
    .max(90 * 24 * 60, 'A follow-up window is at most 90 days')
    .default(DEFAULT_FOLLOW_UP_SETTINGS.defaultWindowMinutes),
  leadMinutes: z
    .number()
    .int()
    .min(0, 'The reminder cannot come after the due time')
    .max(WEEK_MINUTES, 'A reminder comes at most a week ahead')
    .default(DEFAULT_FOLLOW_UP_SETTINGS.leadMinutes),
  autoConfirm: z.boolean().default(DEFAULT_FOLLOW_UP_SETTINGS.autoConfirm),
  useBusinessHours: z.boolean().default(DEFAULT_FOLLOW_UP_SETTINGS.useBusinessHours),
});
export type FollowUpSettings = z.infer<typeof FollowUpSettingsSchema>;
