import { z } from '../zod';
import { CaseFeedbackSchema } from '../feedback/rating-schema';
import {
  FACT_KINDS,
  CASE_STATUSES,
  CONVERSATION_KINDS,
  CRM_SYSTEMS,
  PLATFORMS,
  POST_LIMITS,
  PRIORITIES,
} from './constants';

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
  // Optional fields (issue 7, no index, so no schema version): absent on X posts and on
  // everything stored before them.
  /** A comment's post: the comment keeps a link to what it answers (a post, a video). */
  parent: z
    .object({
      postId: z.string().min(1).max(128),
      permalink: httpsUrl.nullable(),
      /** The post's title or first words, when the page shows them beside the comment. */
      title: shortText(POST_LIMITS.title).nullable(),
    })
    .nullable()
    .optional(),
  /**
   * The time as the page shows it ("3 h", "2d", "1w •") where the site gives no exact time
   * (Facebook, LinkedIn, YouTube): postedAt is then null and the case carries its capture time.
   */
  shownTime: shortText(100).nullable().optional(),
  /** A review's star rating (Trustpilot), 1–5. */
  rating: z.number().int().min(1).max(5).nullable().optional(),
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
  /** v5: how the post reads (lib/cases/sentiment.ts), scored at capture; absent before v5. */
  sentiment: z
    .object({
      label: z.enum(['negative', 'neutral', 'positive']),
      score: z.number().finite(),
    })
    .optional(),
});
export type Post = z.infer<typeof PostSchema>;

/** How many notes and history entries a case keeps. */
export const CASE_LOG_LIMITS = { notes: 5000, history: 20_000 } as const;

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
    // v6: a promised follow-up made, kept, missed… (lib/followups/store.ts).
    'followup',
    // Issue 12: feedback asked for, and the customer's rating recorded.
    'feedback',
    // Issue 12: escalated to a CRM, and the CRM record saved and linked (lib/cases/escalation.ts).
    'crm',
  ]),
  from: shortText(200).nullable(),
  to: shortText(200).nullable(),
  /** Issue 11: why, when a rule made the change ("Routed by rule 2 'VIP billing'"). */
  note: shortText(200).optional(),
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
  notes: z.array(NoteSchema).max(CASE_LOG_LIMITS.notes),
  tags: z.array(shortText(60)).max(100),
  checklist: z.array(ChecklistStepSchema).max(100),
  history: z.array(CaseEventSchema).max(CASE_LOG_LIMITS.history),
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
  /** Issue 12: the feedback asked for after resolution, and the customer's rating. */
  feedback: CaseFeedbackSchema.optional(),
  /**
   * Issue 12: the CRM cases and tickets this case was escalated to, once the agent saved
   * them in the CRM. Optional: cases from before have none (no index, no migration).
   */
  crmLinks: z
    .array(z.lazy(() => CrmLinkSchema))
    .max(30)
    .optional(),
});
export type Case = z.infer<typeof CaseSchema>;

/** Append-only log used for analytics and audit. */
export const EventSchema = z.object({
  id: z.string().min(1).max(64),
  at: epochMs,
  by: shortText(100),
  type: z.enum([
    'case.created',
    'case.status',
    'case.note',
    'post.captured',
    'case.reply',
    // v5: customer records (lib/customers): data holds field, from and to.
    'customer.created',
    'customer.updated',
    'customer.merged',
    'customer.unmerged',
    'customer.imported',
    // v6: promised follow-ups (lib/followups/store.ts): data holds followUpId.
    'followup.created',
    'followup.confirmed',
    'followup.due',
    'followup.done',
    'followup.dismissed',
    'followup.snoozed',
    'followup.reassigned',
    'followup.missed',
    // v7: testimonials (lib/testimonials): data holds testimonialId, never the quote.
    'testimonial.saved',
    'testimonial.edited',
    'testimonial.approved',
    'testimonial.rejected',
    'testimonial.consent',
    'testimonial.erased',
    // Issue 12: feedback after resolution (lib/feedback): data holds score, scale, source.
    'case.feedbackRequested',
    'case.feedback',
    // Issue 12: a case escalated to a CRM (its new-record page opened), and the record the
    // agent saved there linked; data holds system, recordId, crmKey ("zendesk:4822"), url.
    'case.escalated',
    'case.crmLinked',
    // Issue 12: a case given to someone (or to nobody): data holds from, to and the rule.
    'case.assigned',
    // Issue 12: a follow-up came due (its reminder); the id is derived, so sync keeps one.
    'followup.cameDue',
  ]),
  caseId: z.string().max(64).nullable(),
  /** v5: the customer a 'customer.*' event is about (indexed). */
  customerId: z.string().max(64).nullable().optional(),
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

/**
 * v9: the analytics facts of one UTC day (lib/analytics/facts.ts), derived from that
 * day's events. Derived data, like the topic counts: rebuilt from the events when they
 * change, never synced or backed up.
 */
export const AnalyticsFactSchema = z.object({
  kind: z.enum(FACT_KINDS),
  at: epochMs,
  caseId: z.string().max(64).nullable(),
  channel: PlatformSchema.nullable(),
  agent: shortText(100).nullable(),
  topics: z.array(z.string().max(120)).max(20),
  tags: z.array(z.string().max(60)).max(100),
  durationMs: z.number().finite().nonnegative().nullable(),
  withinSla: z.boolean().nullable(),
});
export const AnalyticsDaySchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  facts: z.array(AnalyticsFactSchema),
  builtAt: epochMs,
  /**
   * How many events the day held when built: a refresh compares it with the count now and
   * rebuilds a recent day only when it changed (absent in rows built before it was kept).
   */
  events: z.number().int().nonnegative().optional(),
});
export type AnalyticsDay = z.infer<typeof AnalyticsDaySchema>;

/**
 * How far the stored facts are built: every day up to `builtUpTo`'s (null: never built),
 * except from `staleFrom` on, where events arrived late (sync, import, restore) or what
 * they mean changed. `generation` counts the marks, so a refresh knows whether one came
 * while it ran.
 */
export const AnalyticsMarkSchema = z.object({
  key: z.literal('built'),
  builtUpTo: epochMs.nullable(),
  staleFrom: epochMs.nullable(),
  generation: z.number().int().nonnegative(),
  /** Counts the refreshes that rebuilt a day: facts read at one version are still current. */
  factsVersion: z.number().int().nonnegative().optional(),
});
export type AnalyticsMark = z.infer<typeof AnalyticsMarkSchema>;

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

/** Caps of a customer record: generous for people, finite for hostile input. */
export const CUSTOMER_LIMITS = {
  name: 200,
  identities: 50,
  emails: 20,
  email: 254,
  phone: 40,
  company: 200,
  owner: 100,
  crmLinks: 30,
  recordId: 128,
  objectType: 60,
  products: 200,
  product: 120,
  segment: 60,
  notes: 2_000,
  /** Recent per-post sentiment scores kept for the trend. */
  trend: 30,
  /** Derived index keys (identities + emails + CRM links are capped above). */
  keys: 60,
} as const;

export const CrmSystemSchema = z.enum(CRM_SYSTEMS);

export const FollowersSchema = z.object({
  count: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  /** When the count was read from the page: counts go stale. */
  seenAt: epochMs,
});

/** One account of the customer on a site (platform + handle is unique across customers). */
export const IdentitySchema = z.object({
  platform: PlatformSchema,
  /** Without "@", as the site spells it (the same limits as a post's author). */
  handle: z.string().trim().min(1, 'A handle is needed').max(100),
  profileUrl: httpsUrl.nullable(),
  followers: FollowersSchema.nullable(),
});
export type Identity = z.infer<typeof IdentitySchema>;

export const EmailSchema = z
  .string()
  .trim()
  .max(CUSTOMER_LIMITS.email)
  .regex(/^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/, 'Not an email address');

/** A record of the customer in a CRM (unique across customers by system + record id). */
export const CrmLinkSchema = z.object({
  system: CrmSystemSchema,
  recordId: z.string().trim().min(1, 'A CRM record id is needed').max(CUSTOMER_LIMITS.recordId),
  /** "Contact", "Lead", "Account", "contacts"… as the CRM names it; empty when unknown. */
  objectType: z.string().trim().max(CUSTOMER_LIMITS.objectType),
  url: httpsUrl.nullable(),
});
export type CrmLink = z.infer<typeof CrmLinkSchema>;

/** An amount in an ISO 4217 currency ("EUR"); amounts are not converted between currencies. */
export const MoneySchema = z.object({
  amount: z.number().finite().nonnegative().max(1e12),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'A currency is a three-letter ISO 4217 code such as EUR'),
});
export type Money = z.infer<typeof MoneySchema>;

export const SentimentPointSchema = z.object({ at: epochMs, score: z.number().finite() });

export const CustomerSentimentSchema = z.object({
  /** Average score of the posts in `trend`. */
  score: z.number().finite(),
  /** How many captured posts were scored in all. */
  posts: z.number().int().nonnegative(),
  /** The most recent per-post scores, oldest first. */
  trend: z.array(SentimentPointSchema).max(CUSTOMER_LIMITS.trend),
});
export type CustomerSentiment = z.infer<typeof CustomerSentimentSchema>;

/** The fields of a customer an agent (or an import) sets; the rest is meta and derived keys. */
export const CustomerFieldsSchema = z.object({
  name: z.string().trim().max(CUSTOMER_LIMITS.name),
  identities: z.array(IdentitySchema).max(CUSTOMER_LIMITS.identities),
  emails: z.array(EmailSchema).max(CUSTOMER_LIMITS.emails),
  phone: z.string().trim().max(CUSTOMER_LIMITS.phone),
  company: z.string().trim().max(CUSTOMER_LIMITS.company),
  /** The account owner in the CRM, as the CRM names them. */
  owner: z.string().trim().max(CUSTOMER_LIMITS.owner),
  crmLinks: z.array(CrmLinkSchema).max(CUSTOMER_LIMITS.crmLinks),
  lifetimeValue: MoneySchema.nullable(),
  vip: z.boolean(),
  products: z
    .array(z.string().trim().min(1).max(CUSTOMER_LIMITS.product))
    .max(CUSTOMER_LIMITS.products),
  segment: z.string().trim().max(CUSTOMER_LIMITS.segment),
  notes: z.array(NoteSchema).max(CUSTOMER_LIMITS.notes),
});
export type CustomerFields = z.infer<typeof CustomerFieldsSchema>;

const indexKey = z.string().min(1).max(400);

export const CustomerSchema = RecordMetaSchema.extend({
  ...CustomerFieldsSchema.shape,
  sentiment: CustomerSentimentSchema,
  /** The survivor this customer was merged into; null while it stands on its own. */
  mergedInto: z.string().min(1).max(64).nullable(),
  // Derived on every write (lib/customers/keys.ts) for the multi-entry indexes; empty on
  // a merged-away customer, so lookups find only the survivor.
  identityKeys: z.array(indexKey).max(CUSTOMER_LIMITS.keys),
  emailKeys: z.array(indexKey).max(CUSTOMER_LIMITS.keys),
  crmKeys: z.array(indexKey).max(CUSTOMER_LIMITS.keys),
  nameKey: z.string().max(CUSTOMER_LIMITS.name * 2),
});
export type Customer = z.infer<typeof CustomerSchema>;

/** Scalar fields two customers can disagree on; a merge needs a choice for each conflict. */
export const MERGE_FIELDS = [
  'name',
  'phone',
  'company',
  'owner',
  'lifetimeValue',
  'vip',
  'segment',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const MergeChoicesSchema = z.partialRecord(
  z.enum(MERGE_FIELDS),
  z.enum(['survivor', 'merged']),
);
export type MergeChoices = z.infer<typeof MergeChoicesSchema>;

/** A recorded merge: everything needed to undo it. */
export const CustomerMergeSchema = z.object({
  id: z.string().min(1).max(64),
  survivorId: z.string().min(1).max(64),
  mergedId: z.string().min(1).max(64),
  /** Both customers exactly as they were before the merge. */
  survivorBefore: CustomerSchema,
  mergedBefore: CustomerSchema,
  /** The survivor right after the merge: what later edits are told apart from. */
  survivorAfter: CustomerSchema,
  choices: MergeChoicesSchema,
  by: shortText(100),
  at: epochMs,
  undoneAt: epochMs.nullable(),
  undoneBy: shortText(100).nullable(),
});
export type CustomerMerge = z.infer<typeof CustomerMergeSchema>;

// v6: promised follow-ups (issue 5). Limits of what a follow-up keeps.
export const FOLLOW_UP_LIMITS = {
  /** The promise as the agent wrote it (the sentence or reply it came from). */
  text: 2_000,
  /** The words that made the promise ("we'll get back to you within 24 hours"). */
  phrase: 300,
  owner: 100,
  evidence: 2_000,
  history: 500,
} as const;

export const FOLLOW_UP_STATUSES = ['pending', 'done', 'missed', 'dismissed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export const FOLLOW_UP_SOURCES = ['reply', 'note', 'saved-reply', 'manual', 'feedback'] as const;
export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];

/** What shows a follow-up was kept: a link (the reply, the ticket) or a note. */
export const FollowUpEvidenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link'), url: httpsUrl }),
  z.object({
    kind: z.literal('note'),
    text: z.string().trim().min(1, 'Say how it was kept').max(FOLLOW_UP_LIMITS.evidence),
  }),
]);
export type FollowUpEvidence = z.infer<typeof FollowUpEvidenceSchema>;

/** One change of a follow-up: who did what, when, from what to what. */
export const FollowUpChangeSchema = z.object({
  at: epochMs,
  by: shortText(100),
  what: z.enum([
    'created',
    'confirmed',
    'due',
    'done',
    'dismissed',
    'snoozed',
    'reassigned',
    'missed',
  ]),
  from: shortText(200).nullable(),
  to: shortText(200).nullable(),
});
export type FollowUpChange = z.infer<typeof FollowUpChangeSchema>;

export const FollowUpSchema = RecordMetaSchema.extend({
  caseId: z.string().min(1).max(64).nullable(),
  /** The customer's key as cases keep it ("x:dana_r"); null when the promise has none. */
  customerKey: z.string().min(1).max(120).nullable(),
  /** The agent who owes the follow-up. */
  owner: z.string().trim().min(1).max(FOLLOW_UP_LIMITS.owner),
  text: z.string().trim().min(1).max(FOLLOW_UP_LIMITS.text),
  phrase: z.string().trim().min(1).max(FOLLOW_UP_LIMITS.phrase),
  source: z.enum(FOLLOW_UP_SOURCES),
  /** Where the promise was made: the post's permalink or the page; null when unknown. */
  where: httpsUrl.nullable(),
  dueAt: epochMs,
  /** dueAt minus the lead time in settings: when the "due soon" reminder fires. */
  remindAt: epochMs,
  status: z.enum(FOLLOW_UP_STATUSES),
  /** When an agent kept (or changed) the detected due time; null while unconfirmed. */
  confirmedAt: epochMs.nullable(),
  doneAt: epochMs.nullable(),
  evidence: FollowUpEvidenceSchema.nullable(),
  /** No reminder before this time (the agent asked to be reminded later). */
  snoozedUntil: epochMs.nullable(),
  /** When the "due soon" and "due now" notifications were shown (null: not yet). */
  remindedAt: epochMs.nullable(),
  dueNotifiedAt: epochMs.nullable(),
  history: z.array(FollowUpChangeSchema).max(FOLLOW_UP_LIMITS.history),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

// v7: testimonials (issue 6). What a marketer's library keeps of a happy post.
export const TESTIMONIAL_LIMITS = {
  /** The quote as published: the agent may trim the post's text. */
  quote: 5_000,
  product: 100,
  tags: 20,
  /** Consent evidence written as a note, and the "how it was asked" line. */
  note: 2_000,
  via: 200,
  history: 200,
} as const;

export const TESTIMONIAL_STATES = ['pending', 'approved', 'rejected'] as const;
export type TestimonialState = (typeof TESTIMONIAL_STATES)[number];
export const CONSENT_STATES = ['not-asked', 'requested', 'granted', 'declined'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

/** What shows the author agreed (or declined): a link to their reply, or a note. */
export const ConsentEvidenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link'), url: httpsUrl }),
  z.object({
    kind: z.literal('note'),
    text: z.string().trim().min(1, 'Say how the author answered').max(TESTIMONIAL_LIMITS.note),
  }),
]);
export type ConsentEvidence = z.infer<typeof ConsentEvidenceSchema>;

/**
 * Whether the author agreed to be quoted. `requestedAt`/`via` say when and how it was
 * asked ("reply on X", "DM", "email"); `answeredAt` and `evidence` when and how they
 * granted or declined.
 */
export const ConsentSchema = z.object({
  state: z.enum(CONSENT_STATES),
  requestedAt: epochMs.nullable(),
  via: shortText(TESTIMONIAL_LIMITS.via).nullable(),
  answeredAt: epochMs.nullable(),
  evidence: ConsentEvidenceSchema.nullable(),
});
export type Consent = z.infer<typeof ConsentSchema>;

/** One change of a testimonial: who did what, when, from what to what (no quote text). */
export const TestimonialChangeSchema = z.object({
  at: epochMs,
  by: shortText(100),
  what: z.enum(['saved', 'edited', 'state', 'consent', 'tags', 'favourite']),
  from: shortText(200).nullable(),
  to: shortText(200).nullable(),
});
export type TestimonialChange = z.infer<typeof TestimonialChangeSchema>;

export const TestimonialSchema = RecordMetaSchema.extend({
  /** "platform:postId", unique: the same post is never saved twice. */
  postKey: z.string().min(3).max(160),
  platform: PlatformSchema,
  postId: z.string().min(1).max(128),
  permalink: httpsUrl.nullable(),
  quote: z.string().trim().min(1, 'A testimonial needs a quote').max(TESTIMONIAL_LIMITS.quote),
  /** The post's text as captured, kept beside the trimmed quote. */
  originalText: shortText(MAX_POST_TEXT),
  author: AuthorSchema,
  postedAt: epochMs.nullable(),
  language: shortText(POST_LIMITS.language).nullable(),
  metrics: MetricsSchema,
  /** A star rating the post carries (a review site's) or the marketer gives, 1–5. */
  rating: z.number().int().min(1).max(5).nullable(),
  product: shortText(TESTIMONIAL_LIMITS.product).nullable(),
  tags: z.array(TagSchema).max(TESTIMONIAL_LIMITS.tags),
  favourite: z.boolean(),
  customerKey: z.string().min(1).max(120).nullable(),
  caseId: z.string().min(1).max(64).nullable(),
  savedAt: epochMs,
  savedBy: shortText(100),
  state: z.enum(TESTIMONIAL_STATES),
  consent: ConsentSchema,
  history: z.array(TestimonialChangeSchema).max(TESTIMONIAL_LIMITS.history),
});
export type Testimonial = z.infer<typeof TestimonialSchema>;

/**
 * A record that a customer's testimonials were erased on request: who asked, when, how
 * many, and which records (by id) — never the erased quote, name or handle.
 */
export const TestimonialErasureSchema = z.object({
  id: z.string().min(1).max(64),
  at: epochMs,
  by: shortText(100),
  /** The customer record the request was about, when Casebook has one. */
  customerId: z.string().max(64).nullable(),
  testimonialIds: z.array(z.string().min(1).max(64)).max(10_000),
  reason: shortText(TESTIMONIAL_LIMITS.note).nullable(),
});
export type TestimonialErasure = z.infer<typeof TestimonialErasureSchema>;
