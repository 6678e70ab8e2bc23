import { z } from 'zod';
import { CASE_STATUSES, CONVERSATION_KINDS, PLATFORMS, POST_LIMITS, PRIORITIES } from './constants';

/**
 * zod schemas of every stored record. Records are schemas first; the Dexie tables in
 * `database.ts` follow them. Times are epoch milliseconds so they index and sort cheaply.
 */

export * from './constants';
export const PlatformSchema = z.enum(PLATFORMS);

// Generous but finite: a 1 MB post must be refused with a clear error, not stored.
export const MAX_POST_TEXT = POST_LIMITS.text;
const shortText = (max: number) => z.string().max(max);
const httpsUrl = z
  .string()
  .max(POST_LIMITS.url)
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL');
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).nullable();
const epochMs = z.number().int().nonnegative();

/** Fields every record carries; `version` and `deleted` are what sync will need. */
export const RecordMetaSchema = z.object({
  id: z.string().min(1).max(64),
  createdAt: epochMs,
  updatedAt: epochMs,
  version: z.number().int().nonnegative(),
  deleted: z.boolean(),
});
export type RecordMeta = z.infer<typeof RecordMetaSchema>;

export const AuthorSchema = z.object({
  /** Handle without "@", as the site spells it. */
  handle: z.string().min(1).max(100),
  name: shortText(POST_LIMITS.name),
  profileUrl: httpsUrl.nullable(),
  avatarUrl: httpsUrl.nullable(),
  followers: count,
  verified: z.boolean(),
});
export type Author = z.infer<typeof AuthorSchema>;

export const MetricsSchema = z.object({
  replies: count,
  reposts: count,
  likes: count,
  bookmarks: count,
  views: count,
});
export type Metrics = z.infer<typeof MetricsSchema>;

/** A post as read from the page by a site adapter, before Casebook stores it. */
const parsedPostShape = {
  platform: PlatformSchema,
  /** The site's own id for the post; null only for a quoted post the page does not link. */
  postId: z.string().min(1).max(128),
  permalink: httpsUrl.nullable(),
  author: AuthorSchema,
  /** Plain text, emoji kept; for long-form articles the title and body. */
  text: shortText(MAX_POST_TEXT),
  /** Title of a long-form post (an X Article); null for ordinary posts. */
  title: shortText(POST_LIMITS.title).nullable(),
  /** True when the page shows only the start of the text ("Show more"). */
  truncated: z.boolean(),
  postedAt: epochMs.nullable(),
  language: shortText(POST_LIMITS.language).nullable(),
  metrics: MetricsSchema,
  isReply: z.boolean(),
  isPromoted: z.boolean(),
  isArticle: z.boolean(),
};

export const QuotedPostSchema = z.object({
  ...parsedPostShape,
  // The page often gives a quoted post no link of its own: its id may be unknown.
  postId: z.string().min(1).max(128).nullable(),
});
export type QuotedPost = z.infer<typeof QuotedPostSchema>;

export const ParsedPostSchema = z.object({
  ...parsedPostShape,
  quoted: QuotedPostSchema.nullable(),
});
export type ParsedPost = z.infer<typeof ParsedPostSchema>;

export const PostSchema = RecordMetaSchema.extend({
  ...ParsedPostSchema.shape,
  key: z.string().min(3).max(160),
  capturedAt: epochMs,
  capturedBy: shortText(100),
});
export type Post = z.infer<typeof PostSchema>;

export const CaseStatusSchema = z.enum(CASE_STATUSES);

export const NoteSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().trim().min(1).max(10_000),
  at: epochMs,
  by: shortText(100),
});
export type Note = z.infer<typeof NoteSchema>;

export const CaseEventSchema = z.object({
  at: epochMs,
  by: shortText(100),
  type: z.enum([
    'created',
    'status',
    'note',
    'post-added',
    'assignee',
    'tags',
    'step',
    'closed-incomplete',
    // v4: an agent's reply (first or next response), experts and knowledge on the case.
    'reply',
    'expert',
    'article',
  ]),
  from: shortText(200).nullable(),
  to: shortText(200).nullable(),
});
export type CaseEvent = z.infer<typeof CaseEventSchema>;

/** One step of a case's activity checklist. */
export const ChecklistStepSchema = z.object({
  id: z.string().min(1).max(64),
  label: z.string().trim().min(1).max(200),
  /** Closing or resolving with a required step open asks for a reason. */
  required: z.boolean(),
  doneAt: epochMs.nullable(),
  doneBy: shortText(100).nullable(),
});
export type ChecklistStep = z.infer<typeof ChecklistStepSchema>;

export const CaseCustomerSchema = z.object({
  platform: PlatformSchema,
  handle: AuthorSchema.shape.handle,
  name: AuthorSchema.shape.name,
  profileUrl: AuthorSchema.shape.profileUrl,
  avatarUrl: AuthorSchema.shape.avatarUrl,
});

export const CaseSchema = RecordMetaSchema.extend({
  /** Short reference agents say aloud and the capture button shows ("C-3F9A2B"). */
  ref: z.string().regex(/^C-[0-9A-F]{6,12}$/),
  status: CaseStatusSchema,
  title: shortText(200),
  /** Plain text of the first post, kept for search and the queue without a join. */
  text: shortText(MAX_POST_TEXT),
  channel: PlatformSchema,
  kind: z.enum(CONVERSATION_KINDS),
  priority: z.enum(PRIORITIES),
  /** Why the case has its priority ("54k followers", "negative"), shown beside it. */
  priorityReasons: z.array(shortText(120)).max(30),
  /**
   * When the resolution target falls due under the case's SLA policy; null while the
   * clock stands still (waiting on the customer) or has stopped (resolved, closed).
   * Stored, not computed on read, so the queue is one index range sorted by it.
   */
  resolutionDueAt: epochMs.nullable(),
  /** Link to the first post, so lists need no join to open the original. */
  permalink: httpsUrl.nullable(),
  postKeys: z.array(z.string().max(160)).min(1).max(1000),
  customer: CaseCustomerSchema,
  customerKey: z.string().max(120),
  assignee: shortText(100).nullable(),
  notes: z.array(NoteSchema).max(5000),
  tags: z.array(shortText(60)).max(100),
  checklist: z.array(ChecklistStepSchema).max(100),
  history: z.array(CaseEventSchema).max(20_000),
  /** Experts added to the case (ids in the experts table). */
  experts: z.array(z.string().min(1).max(64)).max(50),
  /** Knowledge articles linked to the case (ids in the articles table). */
  articles: z.array(z.string().min(1).max(64)).max(100),
  /** When an agent first replied; null until then (first-response clock). */
  firstResponseAt: epochMs.nullable(),
  /**
   * Since when a customer post waits for the agent's reply (first or next response);
   * null when every customer post has been answered.
   */
  awaitingSince: epochMs.nullable(),
  /** When the pending first or next response falls due; null when none is pending. */
  responseDueAt: epochMs.nullable(),
  /** The sooner of the response and resolution due times: what the queue sorts by. */
  slaDueAt: epochMs.nullable(),
  /**
   * Normalised words of the case (ref, title, text, customer, tags), derived on every
   * write by `searchTermsOf`: a multi-entry index makes full-text search one index read.
   */
  terms: z.array(z.string().min(1).max(40)).max(400),
});
export type Case = z.infer<typeof CaseSchema>;

/** Append-only log used for analytics and audit. */
export const EventSchema = z.object({
  id: z.string().min(1).max(64),
  at: epochMs,
  by: shortText(100),
  type: z.enum(['case.created', 'case.status', 'case.note', 'post.captured', 'case.reply']),
  caseId: z.string().max(64).nullable(),
  data: z.record(z.string(), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()])),
});
export type CasebookEvent = z.infer<typeof EventSchema>;

export const TagSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .transform((tag) => tag.toLowerCase());

/** How many captured posts of one local day had a topic (hot topics of the day). */
export const TopicCountSchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  topic: z.string().min(1).max(120),
  count: z.number().int().nonnegative(),
});
export type TopicCount = z.infer<typeof TopicCountSchema>;

/** Running totals kept in the same transaction as the writes they count. */
export const CounterSchema = z.object({
  key: z.enum(['openCases', 'cases', 'posts']),
  value: z.number().int().nonnegative(),
});
export type Counter = z.infer<typeof CounterSchema>;

/** A saved reply: text with placeholders ({name}, {handle}, {case}, {link}). */
export const SavedReplySchema = RecordMetaSchema.extend({
  name: z.string().trim().min(1, 'A saved reply needs a name').max(100),
  body: z.string().trim().min(1, 'A saved reply needs some text').max(5_000),
  /** Channel it is meant for, or any. */
  channel: z.union([PlatformSchema, z.literal('any')]),
  tags: z.array(shortText(60)).max(50),
});
export type SavedReply = z.infer<typeof SavedReplySchema>;

/** A person the desk can call on ("stars"): who knows what, and how to reach them. */
export const ExpertSchema = RecordMetaSchema.extend({
  name: z.string().trim().min(1, 'An expert needs a name').max(100),
  role: shortText(100),
  /** Lower-case topics the expert covers ("billing", "login"). */
  topics: z.array(z.string().trim().toLowerCase().min(1).max(60)).max(100),
  contacts: z
    .array(
      z.object({
        label: z.string().trim().min(1).max(60),
        url: z
          .string()
          .max(POST_LIMITS.url)
          .refine((v) => /^(https?:|mailto:|tel:)/i.test(v), 'an http(s), mailto: or tel: link'),
      }),
    )
    .max(20),
  notes: shortText(5_000),
});
export type Expert = z.infer<typeof ExpertSchema>;

/** A knowledge article the desk can point customers and agents to. */
export const ArticleSchema = RecordMetaSchema.extend({
  title: z.string().trim().min(1, 'An article needs a title').max(300),
  url: httpsUrl.nullable(),
  /** Body or summary, plain text. */
  body: shortText(100_000),
  tags: z.array(shortText(60)).max(50),
  /** Drafts come from resolved cases' write-ups and wait for someone to publish them. */
  status: z.enum(['draft', 'published']),
  source: z.enum(['manual', 'import', 'case']),
  /** The case a draft was written up from. */
  caseId: z.string().max(64).nullable(),
});
export type Article = z.infer<typeof ArticleSchema>;
