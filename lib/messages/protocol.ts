import { z } from '../zod';
import { CRM_LIMITS, type CrmSystem } from '../db/constants';
import {
  AuthorSchema,
  CaseStatusSchema,
  CrmSystemSchema,
  EmailSchema,
  type Customer,
  ParsedPostSchema,
  PlatformSchema,
  TagSchema,
  type Case,
} from '../db/schema';
import type { CaptureResult } from '../cases/capture';
import { GROUP_ANSWER_STATUSES, type GroupOutcome } from '../cases/group-answer';
import { SettingsSchema, SettingsSectionSchema, type Settings } from '../settings';
import type { Article, Expert } from '../db/schema';
import {
  ArticleInputSchema,
  ExpertInputSchema,
  ImportRowSchema,
  MAX_IMPORT_ROWS,
  WriteUpSchema,
} from '../knowledge/inputs';
import type { ImportResult } from '../knowledge/import/write';
import { SavedReplyInputSchema } from '../replies/input';
import type { RecomputeMarker } from '../cases/recompute-sla';
import type { SavedReply } from '../db/schema';
import type { CustomerMatch } from '../customers/find';
import type { CustomerMerge } from '../db/schema';
import type { CustomerImportResult } from '../customers/csv-import-store';
import { CUSTOMER_REQUESTS } from '../customers/requests';
import { FOLLOW_UP_REQUESTS } from '../followups/requests';
import type { FollowUp } from '../db/schema';
import { TESTIMONIAL_REQUESTS } from '../testimonials/requests';
import { SITE_REQUESTS } from './site-requests';
import { SYNC_REQUESTS } from './sync-requests';
import { LISTENING_REQUESTS } from '../listening/requests';
import { FEEDBACK_REQUESTS } from '../feedback/requests';
import type { ListenedLabels, ListeningCaptureAnswer } from '../listening/page-listening';
import type { WatchList } from '../listening/watch-list';
import { ROUTING_REQUESTS } from './routing-requests';
import { ESCALATION_REQUESTS } from './escalation-requests';
import type { FieldStep } from '../crm/escalation/types';
import type { RoutingOutcome } from '../routing/outcome';
import type { SyncConflict } from '../sync/local-types';
import type { Role } from '../sync/policy';
import type { SyncStatus } from '../sync/settings';
import type { SiteSwitches } from '../site-switches';
import type { SelectionDraft } from '../cases/selection-post';
import type { SaveResult } from '../testimonials/store';
import type { Testimonial, TestimonialErasure } from '../db/schema';

/**
 * The one protocol between content scripts, extension pages and the background. Every
 * request names who may send it and the zod schema its payload must pass on arrival.
 * - `content`: this extension's content scripts (and its own pages).
 * - `extension`: this extension's own pages only (dashboard, options, sidebar): these
 *   change records, so a content script — which a hostile page sits next to — cannot.
 */
export type Access = 'content' | 'extension';

const id = z.string().min(1).max(64);
const postIdSchema = z.string().min(1).max(128);

/** What the content script says the agent is looking at: page data only, never ours. */
export const PageFocusSchema = z.object({
  platform: PlatformSchema,
  pageUrl: AuthorSchema.shape.profileUrl.unwrap(),
  postId: postIdSchema.nullable(),
  // The same checks as stored authors: http(s) links only, so no javascript: href.
  author: AuthorSchema.pick({
    handle: true,
    name: true,
    profileUrl: true,
    avatarUrl: true,
  })
    // The follower count the page shows (profile pages), for the customer's influence.
    .extend({ followers: AuthorSchema.shape.followers.optional() })
    .nullable(),
});
export type PageFocus = z.infer<typeof PageFocusSchema>;

/** One line of a CRM page, as the adapters read it (trimmed, capped: lib/crm/read.ts). */
const crmLine = z.string().trim().min(1).max(200).nullable();

/** The CRM record a content script says is on screen: page data, checked like a post. */
export const CrmRecordSchema = z.object({
  system: CrmSystemSchema,
  objectType: z.string().trim().min(1).max(CRM_LIMITS.objectType),
  recordId: z.string().trim().min(1).max(CRM_LIMITS.recordId).nullable(),
  url: AuthorSchema.shape.profileUrl.unwrap(),
  name: crmLine,
  // As customers store it; an address the customer records would refuse is left out
  // rather than losing the whole record.
  email: EmailSchema.toLowerCase().nullable().catch(null),
  phone: crmLine,
  company: crmLine,
  owner: crmLine,
});
export type CrmRecordFocus = z.infer<typeof CrmRecordSchema>;
/** A CRM tab's state: the record on screen, or null while it shows none. */
export interface CrmPageFocus {
  record: CrmRecordFocus | null;
}

export const REQUESTS = {
  'capture.post': {
    access: 'content',
    payload: z.object({ post: ParsedPostSchema }),
  },
  'posts.captured': {
    access: 'content',
    payload: z.object({ platform: PlatformSchema, postIds: z.array(postIdSchema).max(500) }),
  },
  /** 'posts.captured' and 'testimonials.savedOf' in one message (the page's buttons). */
  'posts.known': {
    access: 'content',
    payload: z.object({ platform: PlatformSchema, postIds: z.array(postIdSchema).max(1000) }),
  },
  'page.focus': {
    access: 'content',
    payload: z.object({ focus: PageFocusSchema.nullable() }),
  },
  /**
   * An author's follower count, as a hover card shows it. Only refreshes the count of a
   * customer Casebook already has (nothing is created from it).
   */
  'author.seen': {
    access: 'content',
    payload: z.object({
      platform: PlatformSchema,
      handle: AuthorSchema.shape.handle,
      followers: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    }),
  },
  /** The CRM record on screen in this tab (null: none), for the sidebar's customer panel. */
  'crm.focus': {
    access: 'content',
    payload: z.object({ record: CrmRecordSchema.nullable() }),
  },
  /**
   * From the sidebar on a CRM page: links the record on screen in the sender's tab to a
   * customer, or makes a new customer of it (customerId null). The record is the one the
   * background was told, never one sent here.
   */
  'crm.link': {
    access: 'extension',
    payload: z.object({ customerId: id.nullable() }),
  },
  /** Customers by the start of a name, email or handle (the sidebar's customer picker). */
  'customers.find': {
    access: 'extension',
    payload: z.object({ query: z.string().max(200) }),
  },
  'sidebar.close': {
    access: 'extension',
    payload: z.object({}),
  },
  'case.setStatus': {
    access: 'extension',
    payload: z.object({
      caseId: id,
      status: CaseStatusSchema,
      reason: z.string().trim().min(1).max(200).optional(),
    }),
  },
  'case.tickStep': {
    access: 'extension',
    payload: z.object({ caseId: id, stepId: z.string().min(1).max(64), done: z.boolean() }),
  },
  'case.setAssignee': {
    access: 'extension',
    payload: z.object({ caseId: id, assignee: z.string().trim().min(1).max(100).nullable() }),
  },
  'case.setTags': {
    access: 'extension',
    payload: z.object({ caseId: id, tags: z.array(TagSchema).max(100) }),
  },
  'settings.save': {
    access: 'extension',
    payload: z.object({ settings: SettingsSchema }),
  },
  'settings.saveSection': {
    access: 'extension',
    payload: SettingsSectionSchema,
  },
  'case.addNote': {
    access: 'extension',
    payload: z.object({
      caseId: id,
      text: z.string().trim().min(1, 'A note needs some text').max(10_000),
    }),
  },
  'cases.groupAnswer': {
    access: 'extension',
    payload: z.object({
      caseIds: z.array(id).min(1, 'A group needs at least one case').max(200),
      replyName: z.string().trim().min(1, 'Name the reply').max(100),
      status: z.enum(GROUP_ANSWER_STATUSES).optional(),
      /** Replies recorded since then (e.g. by "Open & insert") are not recorded again. */
      since: z.number().int().nonnegative().optional(),
    }),
  },
  // Experts and knowledge (issue 3, points 7 and 8).
  'expert.save': {
    access: 'extension',
    payload: z.object({ expert: ExpertInputSchema }),
  },
  'expert.delete': {
    access: 'extension',
    payload: z.object({ expertId: id }),
  },
  'article.save': {
    access: 'extension',
    payload: z.object({ article: ArticleInputSchema }),
  },
  'article.publish': {
    access: 'extension',
    payload: z.object({ articleId: id }),
  },
  'article.delete': {
    access: 'extension',
    payload: z.object({ articleId: id }),
  },
  'articles.import': {
    access: 'extension',
    payload: z.object({ rows: z.array(ImportRowSchema).min(1).max(MAX_IMPORT_ROWS) }),
  },
  'case.addExpert': {
    access: 'extension',
    payload: z.object({ caseId: id, expertId: id }),
  },
  'case.removeExpert': {
    access: 'extension',
    payload: z.object({ caseId: id, expertId: id }),
  },
  'case.linkArticle': {
    access: 'extension',
    payload: z.object({ caseId: id, articleId: id }),
  },
  'case.unlinkArticle': {
    access: 'extension',
    payload: z.object({ caseId: id, articleId: id }),
  },
  'case.writeUp': {
    access: 'extension',
    payload: z.object({ caseId: id, writeUp: WriteUpSchema }),
  },
  /** The saved replies for the sidebar's Reply section (the dashboard reads them itself). */
  'replies.list': {
    access: 'extension',
    payload: z.object({ channel: PlatformSchema.optional() }),
  },
  'replies.save': {
    access: 'extension',
    payload: z.object({ reply: SavedReplyInputSchema }),
  },
  'replies.delete': {
    access: 'extension',
    payload: z.object({ id }),
  },
  /**
   * Puts a reply into the reply box of the case's post: in the tab of the sidebar that
   * asks, or (from the dashboard) in a new tab opened on the post. Never sends it.
   */
  'reply.insert': {
    access: 'extension',
    payload: z.object({
      caseId: id,
      text: z.string().trim().min(1, 'The reply is empty').max(10_000),
    }),
  },
  /**
   * The agent pressed the site's own Reply button on a reply Casebook inserted. Harmless
   * to forge: the background accepts it only for a case it inserted a reply for in that
   * same tab, recently, once.
   */
  'reply.sent': {
    access: 'content',
    payload: z.object({ caseId: id }),
  },
  /**
   * The text of a reply the agent just sent with the site's own button, for the promises
   * in it. A content script may send it: it proposes follow-ups for the agent to keep or
   * dismiss (or, with automatic follow-ups on, makes them for the case the agent is on),
   * and records the reply on the case only when the answered post is the one the tab
   * shows or the agent is on (lib/background/sent-reply-handler.ts).
   */
  'reply.sentText': {
    access: 'content',
    payload: z.object({
      text: z.string().trim().min(1).max(5_000),
      postId: postIdSchema.nullable(),
    }),
  },
  /** The agent answered elsewhere (another tool, a DM): the response clock stops. */
  'case.markReplied': {
    access: 'extension',
    payload: z.object({ caseId: id }),
  },
  /**
   * Where the pass moving open cases' due times to new SLA rules stands. Asked by the
   * settings page while one runs: it also wakes a stopped service worker, which resumes
   * the pass, and keeps it awake until the pass is done.
   */
  'settings.recomputeStatus': {
    access: 'extension',
    payload: z.object({}),
  },
  /**
   * The settings page restored a backup (issue 9; it writes the database itself, a backup
   * being too big for messages): follow-up alarms, the badge and open sidebars catch up.
   */
  'backup.imported': {
    access: 'extension',
    payload: z.object({}),
  },
  // Customers (issue 4): edited, merged and imported from the dashboard.
  ...CUSTOMER_REQUESTS,
  // Promised follow-ups (issue 5): lib/followups/requests.ts.
  ...FOLLOW_UP_REQUESTS,
  // Testimonials (issue 6): lib/testimonials/requests.ts.
  ...TESTIMONIAL_REQUESTS,
  // More sites, their health, and capture from any page (issue 7): site-requests.ts.
  ...SITE_REQUESTS,
  // Team sync (issue 8): sync-requests.ts.
  ...SYNC_REQUESTS,
  // Listening (issue 11): lib/listening/requests.ts.
  ...LISTENING_REQUESTS,
  // Routing on demand (issue 11): routing-requests.ts.
  ...ROUTING_REQUESTS,
  // Feedback after resolution (issue 12): lib/feedback/requests.ts.
  ...FEEDBACK_REQUESTS,
  // Escalation to a CRM (issue 12): escalation-requests.ts.
  ...ESCALATION_REQUESTS,
} as const satisfies Record<string, { access: Access; payload: z.ZodType }>;

export type RequestType = keyof typeof REQUESTS;
export type RequestPayload<K extends RequestType> = z.input<(typeof REQUESTS)[K]['payload']>;

/** What each request answers with. */
export interface ResponseData {
  'capture.post': CaptureResult;
  'posts.captured': Record<string, { caseId: string; ref: string }>;
  'posts.known': {
    captured: Record<string, { caseId: string; ref: string }>;
    saved: Record<string, string>;
  };
  'page.focus': null;
  'crm.focus': null;
  'author.seen': null;
  'crm.link': Customer;
  'customers.find': CustomerMatch[];
  'sidebar.close': null;
  'case.setStatus': Case;
  'case.addNote': Case;
  'case.setAssignee': Case;
  'case.tickStep': Case;
  'case.setTags': Case;
  'settings.save': Settings;
  'settings.saveSection': Settings;
  'cases.groupAnswer': { outcomes: GroupOutcome[] };
  'expert.save': Expert;
  'expert.delete': null;
  'article.save': Article;
  'article.publish': Article;
  'article.delete': null;
  'articles.import': ImportResult;
  'case.addExpert': Case;
  'case.removeExpert': Case;
  'case.linkArticle': Case;
  'case.unlinkArticle': Case;
  'case.writeUp': Article;
  /** `agent`: the name {agent} is filled with; null while the agent has none (see agentSignature). */
  'replies.list': { replies: SavedReply[]; agent: string | null };
  'replies.save': SavedReply;
  'replies.delete': null;
  'reply.insert': { tabId: number };
  'reply.sent': null;
  'reply.sentText': { promises: number; replied: boolean };
  'case.markReplied': Case;
  'settings.recomputeStatus': RecomputeMarker | null;
  'backup.imported': null;
  'customer.create': Customer;
  'customer.update': Customer;
  'customer.addIdentity': Customer;
  'customer.removeIdentity': Customer;
  'customer.addEmail': Customer;
  'customer.removeEmail': Customer;
  'customer.addCrmLink': Customer;
  'customer.removeCrmLink': Customer;
  'customer.addNote': Customer;
  'customer.merge': { merge: CustomerMerge; survivor: Customer };
  'customer.unmerge': { survivor: Customer; merged: Customer };
  'customers.import': CustomerImportResult;
  /** `duplicates`: the same promise on the same case in the last 10 minutes (not made again). */
  'followups.create': { created: FollowUp[]; duplicates: FollowUp[] };
  'followup.confirm': FollowUp;
  'followup.dismiss': FollowUp;
  'followup.done': FollowUp;
  'followup.snooze': FollowUp;
  'followup.reassign': FollowUp;
  'followup.missed': FollowUp;
  /** `already`: the post was saved before; the first testimonial, unchanged. */
  /** To the page: only that the post is saved (and whether it already was). */
  'testimonial.save': { id: string; already: boolean };
  /** postId → testimonial id, for the posts of those that are saved. */
  'testimonials.savedOf': Record<string, string>;
  'testimonial.saveFromCase': SaveResult;
  'testimonial.edit': Testimonial;
  'testimonial.moderate': Testimonial;
  'testimonial.consent': Testimonial;
  'testimonials.erase': TestimonialErasure;
  'sites.get': SiteSwitches;
  'sites.set': SiteSwitches;
  'page.health': null;
  /** The draft the capture window was opened with. */
  'selection.fromTab': { draftId: string };
  'selection.draft': SelectionDraft;
  'selection.capture': CaptureResult;
  'sync.status': SyncView;
  'sync.connect': SyncView;
  'sync.now': SyncView;
  'sync.disconnect': SyncView;
  'sync.conflicts': SyncConflict[];
  'sync.dismissConflict': null;
  'sync.refused': SyncView;
  'sync.keepMine': null;
  /** Null when the team watches nothing: the page then reads no post text at all. */
  'listening.watchList': { watchList: WatchList | null };
  'listening.seen': ListenedLabels;
  'listening.capture': ListeningCaptureAnswer;
  'case.route': { record: Case; outcome: RoutingOutcome };
  'feedback.request': { record: Case; tabId: number };
  /** offerTestimonial: the answer is clearly positive, worth saving in the customer's words. */
  'feedback.record': { record: Case; offerTestimonial: boolean };
  'testimonial.fromFeedback': SaveResult;
  'case.escalate': { tabId: number; url: string };
  'crm.escalation': { ref: string; fields: FieldStep[] } | null;
  'crm.escalationFilled': null;
  'crm.escalationCancel': null;
  'crm.escalationLink': null;
  'crm.addresses': Partial<Record<CrmSystem, string>>;
  'crm.setAddress': { address: string };
}

/** Sync's status with the account it syncs as (never the token). */
export type SyncView = SyncStatus & {
  account: {
    serverUrl: string;
    member: { name: string; role: Role };
    team: { name: string };
  } | null;
};

export type ErrorCode =
  | 'bad-request'
  | 'forbidden'
  | 'invalid-payload'
  | 'not-found'
  | 'checklist-incomplete'
  | 'failed'
  /** The records do not allow it as asked (a handle another customer has, a merge undone twice). */
  | 'conflict';

/** Every answer is one of these; errors are values, never thrown across the boundary. */
export type Response<T> =
  { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const EnvelopeSchema = z.object({
  type: z.string().max(64),
  payload: z.unknown(),
});

export { SIDEBAR_PORT, type TabCommand } from './names';
