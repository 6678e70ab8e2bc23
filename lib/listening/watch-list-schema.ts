import { z } from '../zod';
import { foldText } from './fold';
import type { WatchList } from './watch-list';

/**
 * The watch list as settings store it (issue 11). Terms are trimmed; a term that folds to
 * nothing (only spaces or invisible characters) is refused rather than kept to never match.
 * Limits are generous but finite: the compiled pattern grows with the list.
 */
export const MAX_WATCH_TERMS = 500;
export const MAX_WATCH_TERM_LENGTH = 100;

const term = z
  .string()
  .trim()
  .min(1, 'A term cannot be empty')
  .max(MAX_WATCH_TERM_LENGTH, `A term is at most ${MAX_WATCH_TERM_LENGTH} characters`)
  .refine((value) => foldText(value) !== '', 'A term needs a visible character');

// As the sites spell handles: letters, digits, "_" and "." (Instagram), optional "@".
const handle = term.refine(
  (value) => /^@?[\p{L}\p{N}_.]+$/u.test(value),
  'A handle is letters, digits, "_" or "." (with or without "@")',
);

const terms = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .max(MAX_WATCH_TERMS, `At most ${MAX_WATCH_TERMS} terms`)
    .default(() => []);

export const WatchListSchema = z.object({
  brands: terms(term),
  handles: terms(handle),
  products: terms(term),
  keywords: terms(term),
  exclusions: terms(term),
}) satisfies z.ZodType<WatchList>;
export type WatchListInput = z.input<typeof WatchListSchema>;

export const EMPTY_WATCH_LIST: WatchList = WatchListSchema.parse({});
