import { z } from '../zod';
import { PlatformSchema, TagSchema } from '../db/schema';
import { NO_VALUES } from './context';
import { fillReply, PLACEHOLDERS } from './fill';

const LIST = Object.keys(PLACEHOLDERS)
  .map((p) => `{${p}}`)
  .join(', ');

/**
 * A saved reply as the dashboard's form sends it: checked in the form (so errors show
 * beside the field, in plain words) and again by the background on arrival.
 */
export const SavedReplyInputSchema = z.object({
  /** The reply to change; a new one when absent. */
  id: z.string().min(1).max(64).optional(),
  name: z
    .string()
    .trim()
    .min(1, 'Give the saved reply a name.')
    .max(100, 'Keep the name to 100 characters or fewer.'),
  body: z
    .string()
    .trim()
    .min(1, 'Write the text of the reply.')
    .max(5_000, 'Keep the reply to 5,000 characters or fewer.')
    .superRefine((body, ctx) => {
      const { unknown } = fillReply(body, NO_VALUES);
      if (unknown.length) {
        ctx.addIssue({
          code: 'custom',
          message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a placeholder' : 'are not placeholders'}: use ${LIST}.`,
        });
      }
    }),
  channel: z.union([PlatformSchema, z.literal('any')]).default('any'),
  tags: z
    .array(TagSchema)
    .max(50, 'Use 50 tags or fewer.')
    .default([])
    .transform((tags) => [...new Set(tags)]),
});
export type SavedReplyInput = z.input<typeof SavedReplyInputSchema>;

/** The first problem of each field, in plain words, for showing beside the fields. */
export function fieldErrors(error: z.ZodError): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}
