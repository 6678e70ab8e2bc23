import { z } from '../zod';
import { ArticleSchema, ExpertSchema } from '../db/schema';
import { articleUrlKey } from './article-url';

/**
 * What the dashboard sends to create or change an expert or an article: the fields a
 * person edits. The record's meta fields (id, times, version) are the background's.
 */
const id = z.string().min(1).max(64);

/** Topics are lower case and each once, so the multi-entry index finds them. */
const topics = ExpertSchema.shape.topics.transform((list) => [...new Set(list)]);

export const ExpertInputSchema = ExpertSchema.pick({
  name: true,
  role: true,
  contacts: true,
  notes: true,
}).extend({ id: id.optional(), topics });
export type ExpertInput = z.input<typeof ExpertInputSchema>;

const tags = ArticleSchema.shape.tags.transform((list) => [
  ...new Set(list.map((t) => t.trim().toLowerCase()).filter(Boolean)),
]);

export const ArticleInputSchema = ArticleSchema.pick({
  title: true,
  body: true,
  status: true,
}).extend({
  id: id.optional(),
  // An empty URL field means "no link"; a link is stored in the form imports match.
  url: z
    .preprocess((v) => (v === '' ? null : v), ArticleSchema.shape.url)
    .transform((url) => url && articleUrlKey(url)),
  tags,
});
export type ArticleInput = z.input<typeof ArticleInputSchema>;

/** One row of an import file, already read and checked by the parsers. */
export const ImportRowSchema = z.object({
  /** Where it was in the file (line, item or entry number), for messages. */
  at: z.number().int().positive(),
  title: ArticleSchema.shape.title,
  url: ArticleSchema.shape.url.transform((url) => url && articleUrlKey(url)),
  body: ArticleSchema.shape.body,
  tags: ArticleSchema.shape.tags,
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

/** How many rows one import may hold: sitemaps list up to 50,000; split bigger files. */
export const MAX_IMPORT_ROWS = 10_000;

/** The most characters of each part of a write-up (together they fit an article's body). */
export const WRITE_UP_LIMITS = { problem: 40_000, resolution: 40_000, notes: 19_000 } as const;

/** The write-up of a finished case, which becomes a draft article. */
export const WriteUpSchema = z.object({
  title: ArticleSchema.shape.title,
  problem: z.string().trim().max(WRITE_UP_LIMITS.problem),
  resolution: z
    .string()
    .trim()
    .min(1, 'Write down how the case was resolved')
    .max(WRITE_UP_LIMITS.resolution),
  notes: z.string().trim().max(WRITE_UP_LIMITS.notes),
  tags,
});
export type WriteUp = z.input<typeof WriteUpSchema>;
