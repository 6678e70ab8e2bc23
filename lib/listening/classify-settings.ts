import { z } from '../zod';
import { DEFAULT_CLASSIFY_SETTINGS, type ClassifySettings } from './classify';
import { foldText } from './fold';

/**
 * The classifier's settings as the options page saves them (issue 11), validated on every
 * load; a record saved before a field existed gets that field's default. Thresholds are in
 * cue points (classify.ts: a cue counts 2), so 0–20 covers "every post" to "never".
 */
export const MAX_EXTRA_WORDS = 200;

const word = z
  .string()
  .trim()
  .min(1, 'A word cannot be empty')
  .max(60, 'A word or phrase is at most 60 characters')
  .refine((value) => foldText(value) !== '', 'A word needs a visible character');
const words = (defaults: readonly string[]) =>
  z
    .array(word)
    .max(MAX_EXTRA_WORDS, `At most ${MAX_EXTRA_WORDS} words`)
    .default(() => [...defaults]);
const threshold = (fallback: number) => z.number().min(0).max(20).default(fallback);
const handle = word.refine(
  (value) => /^@?[\p{L}\p{N}_.]+$/u.test(value),
  'A handle is letters, digits, "_" or "." (with or without "@")',
);

const d = DEFAULT_CLASSIFY_SETTINGS;
export const ClassifySettingsSchema = z.object({
  questionThreshold: threshold(d.questionThreshold),
  complaintThreshold: threshold(d.complaintThreshold),
  praiseThreshold: threshold(d.praiseThreshold),
  extraQuestionWords: words(d.extraQuestionWords),
  extraComplaintWords: words(d.extraComplaintWords),
  extraPraiseWords: words(d.extraPraiseWords),
  brandHandles: z
    .array(handle)
    .max(MAX_EXTRA_WORDS)
    .default(() => [...d.brandHandles]),
  brandMentionNeedsAnswer: z.boolean().default(d.brandMentionNeedsAnswer),
}) satisfies z.ZodType<ClassifySettings>;
export type ClassifySettingsInput = z.input<typeof ClassifySettingsSchema>;

/** Saved settings, or the defaults when they do not read (never a half-valid record). */
export function readClassifySettings(stored: unknown): ClassifySettings {
  const parsed = ClassifySettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_CLASSIFY_SETTINGS;
}
