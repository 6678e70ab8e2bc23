import type { CasebookDatabase } from '../db/database';
import { ALL_ACTIVITY, readStream, type StreamItem } from '../activity/stream';
import type { PageListening } from '../listening/page-listening';
import type { CrmPageFocus, CrmRecordFocus, PageFocus } from '../messages/protocol';
import type { AcknowledgementNotice } from '../routing/outcome';
import { buildCustomerView, type CustomerView } from '../customers/customer-view';
import { slaSummary, type SlaRules, type SlaSummary } from './case-sla';
import { slaRulesOf } from './derive';
import { readSettings } from '../settings';
import { readHotTopics } from './topic-store';
import type { HotTopic } from './topics';
import { readCounter } from '../db/counters';
import { openCaseIndexOf } from './similar-open';
import { caseKnowledge, type CaseKnowledge } from '../knowledge/case-knowledge';
import { caseTestimonialOf, type CaseTestimonialView } from '../testimonials/case-testimonial';
import { caseFeedbackOf, type CaseFeedbackView } from '../feedback/case-feedback';
import {
  customerKey,
  isOpenStatus,
  OPEN_STATUSES,
  postKey,
  type Case,
  type CrmLink,
  type Platform,
} from '../db/schema';
import type { CrmSystem } from '../db/constants';

export type { PageFocus };

export type { SlaSummary };

export type CaseSummary = Pick<
  Case,
  | 'id'
  | 'ref'
  | 'status'
  | 'title'
  | 'createdAt'
  | 'updatedAt'
  | 'permalink'
  | 'channel'
  | 'priority'
  | 'priorityReasons'
> & { sla: SlaSummary | null };
export type CaseDetail = CaseSummary &
  Pick<Case, 'text' | 'notes' | 'customer' | 'assignee' | 'checklist'> & {
    /** Its testimonial, once saved, or the suggestion to save one (issue 6). */
    testimonial?: CaseTestimonialView | null;
    /** What the case's first post is beyond its text: a comment's post, a review's stars. */
    origin?: CaseOrigin | null;
    /** Issue 12: the feedback asked for and given, once the case is resolved. */
    feedback?: CaseFeedbackView | null;
    /** Issue 12: the CRM records the case was escalated to and saved as. */
    crmLinks?: CrmLink[];
  };

/** Where the case's first post sits: the post a comment answers, a review's rating. */
export interface CaseOrigin {
  parent: { permalink: string | null; title: string | null } | null;
  rating: number | null;
  /** The site's own relative time when it showed no exact one ("3 h"). */
  shownTime: string | null;
}

/** The origin of a case, from its first post (one indexed read). */
async function originOf(db: CasebookDatabase, c: Case): Promise<CaseOrigin | null> {
  const key = c.postKeys[0];
  const post = key ? await db.posts.get({ key }) : undefined;
  if (!post || (!post.parent && post.rating == null && !post.shownTime)) return null;
  return {
    parent: post.parent ? { permalink: post.parent.permalink, title: post.parent.title } : null,
    rating: post.rating ?? null,
    shownTime: post.shownTime ?? null,
  };
}

export interface SidebarView {
  focus: PageFocus | null;
  currentCase: CaseDetail | null;
  authorOpen: CaseSummary[];
  authorPast: CaseSummary[];
  /** When nobody is in focus: the latest open cases, so the sidebar is never blank. */
  recentOpen: CaseSummary[];
  /** Topics rising today against the week before. */
  hotTopics: HotTopic[];
  openTotal: number;
  /** Open cases of other customers about the same problem as the current case. */
  similarOpen: SimilarOpen[];
  /** The current case's experts and articles, and suggestions for it. */
  knowledge?: CaseKnowledge | null;
  /** Who the customer is: the author in view, or the CRM record on screen. */
  customer?: CustomerView | null;
  /** On a CRM page: the record on screen (its record null: none yet); null elsewhere. */
  crm?: CrmPageFocus | null;
  /** What the content script found on this page: posts expected but none found says so. */
  health?: PageHealth | null;
  /** The posts of this page that match the watch list, labelled (issue 11). */
  listening?: PageListening | null;
  /** What became of the routing rule's acknowledgement of the latest capture in this tab. */
  acknowledgement?: AcknowledgementNotice | null;
  /** Issue 12: the CRMs turned on, to escalate the current case to. */
  escalateTo?: CrmSystem[];
  /** Issue 12: this tab was opened to escalate a case to its CRM, still unsaved. */
  escalation?: EscalationView | null;
  /** Issue 12: on a CRM record, the Casebook cases escalated to it. */
  crmCases?: CaseSummary[];
  /** The team's latest activity, newest first (issue 12): the sidebar's compact stream. */
  activity?: StreamItem[];
}

/** An escalation under way in this tab, as the sidebar of the CRM's form shows it. */
export interface EscalationView {
  caseId: string;
  ref: string;
  system: CrmSystem;
  /** The CRM's objectType of the record the form saves: such a record can be linked. */
  recordType: string;
  /** What the form filler did, in the agent's words; null until it ran. */
  report: string | null;
  /** What the agent must do before saving ("switch the comment to Internal note"), or null. */
  caution: string | null;
}

/** How many items the sidebar's compact stream shows. */
export const SIDEBAR_ACTIVITY = 10;

/** A social page's health as its content script reports it (numbers only, no page text). */
export interface PageHealth {
  platform: Platform;
  /** Whether a page at this address should show posts (a feed, a post, a video). */
  expected: boolean;
  postsFound: number;
  at: number;
}

/** An open case similar to another, and why (the words they share). */
export interface SimilarOpen {
  summary: CaseSummary;
  /** The customer's handle, without "@". */
  handle: string;
  reason: { shared: string[]; score: number };
}

// Bounds keep every read on this path an index range, never a table scan.
const AUTHOR_CASE_LIMIT = 200;
const RECENT_LIMIT = 10;

export const summarize = (c: Case, now: number, rules: SlaRules): CaseSummary => ({
  id: c.id,
  ref: c.ref,
  status: c.status,
  title: c.title,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
  permalink: c.permalink,
  channel: c.channel,
  priority: c.priority,
  priorityReasons: c.priorityReasons,
  sla: slaSummary(c, now, rules),
});

const detail = (c: Case, now: number, rules: SlaRules): CaseDetail => ({
  ...summarize(c, now, rules),
  text: c.text,
  notes: c.notes,
  customer: c.customer,
  assignee: c.assignee,
  checklist: c.checklist,
  crmLinks: c.crmLinks ?? [],
});

const newestFirst = (a: { updatedAt: number }, b: { updatedAt: number }) =>
  b.updatedAt - a.updatedAt;

/** The sidebar's whole state for one tab, computed from indexed reads only. */
export async function buildSidebarView(
  db: CasebookDatabase,
  focus: PageFocus | null,
  now = Date.now(),
  crm: CrmPageFocus | null = null,
): Promise<SidebarView> {
  if (crm !== null || focus === null) {
    // A CRM page (or nothing in view): no post or author of a social site to show.
    const base = await buildSidebarBase(db, null, now);
    const customer = crm?.record ? await customerOfRecord(db, crm.record, now) : null;
    return { ...base, crm, customer };
  }
  const base = await buildSidebarBase(db, focus, now);
  // The case's customer, or else the author in view.
  const who =
    base.currentCase?.customer ??
    (focus.author ? { platform: focus.platform, handle: focus.author.handle } : null);
  const key = who ? customerKey(who.platform, who.handle) : null;
  return { ...base, customer: key ? await buildCustomerView(db, { identityKey: key }, now) : null };
}

/** The customer panel of a CRM record: by its id, or suggestions from what the page shows. */
async function customerOfRecord(
  db: CasebookDatabase,
  record: CrmRecordFocus,
  now: number,
): Promise<CustomerView | null> {
  if (!record.recordId) return null;
  return buildCustomerView(
    db,
    {
      crm: { system: record.system, recordId: record.recordId },
      record: {
        name: record.name ?? undefined,
        emails: record.email ? [record.email] : [],
        company: record.company ?? undefined,
      },
    },
    now,
  );
}

async function buildSidebarBase(
  db: CasebookDatabase,
  focus: PageFocus | null,
  now: number,
): Promise<SidebarView> {
  const rules = slaRulesOf(await readSettings(db));
  const summary = (c: Case) => summarize(c, now, rules);
  const openTotal = await readCounter(db, 'openCases');
  const focusedCase = focus?.postId ? await caseOfPost(db, focus.platform, focus.postId) : null;
  const authorCases = focus?.author
    ? await casesOfAuthor(db, focus.platform, focus.author.handle)
    : [];
  const authorOpen = authorCases.filter((c) => isOpenStatus(c.status));
  const current = focusedCase ?? authorOpen[0] ?? null;
  const hotTopics = await readHotTopics(db, now);
  const activity = (await readStream(db, ALL_ACTIVITY, { limit: SIDEBAR_ACTIVITY, me: '' })).items;
  return {
    activity,
    focus,
    currentCase: current
      ? {
          ...detail(current, now, rules),
          testimonial: await caseTestimonialOf(db, current),
          origin: await originOf(db, current),
          feedback: await caseFeedbackOf(db, current),
        }
      : null,
    authorOpen: authorOpen.map(summary),
    authorPast: authorCases.filter((c) => !isOpenStatus(c.status)).map(summary),
    recentOpen: focus?.author ? [] : (await recentOpenCases(db)).map(summary),
    hotTopics,
    openTotal,
    similarOpen: current ? await similarOpenOf(db, current, summary) : [],
    knowledge: current ? await caseKnowledge(db, current, hotTopics) : null,
  };
}

/**
 * Open cases similar to `record`, from the kept index of open cases. Cases of the same
 * customer are left out: the sidebar lists them already, and a group answers many people.
 */
export async function similarOpenOf(
  db: CasebookDatabase,
  record: Case,
  summary: (c: Case) => CaseSummary,
): Promise<SimilarOpen[]> {
  const similar = await openCaseIndexOf(db).similarTo(record, {
    exclude: (other) => other.customerKey === record.customerKey,
  });
  return similar.map(({ record: other, shared, score }) => ({
    summary: summary(other),
    handle: other.customer.handle,
    reason: { shared, score: Math.round(score * 100) / 100 },
  }));
}

/** The same, with summaries as the sidebar shows them (for the dashboard's request). */
export async function similarOpenCases(
  db: CasebookDatabase,
  record: Case,
  now = Date.now(),
): Promise<SimilarOpen[]> {
  const rules = slaRulesOf(await readSettings(db));
  return similarOpenOf(db, record, (c) => summarize(c, now, rules));
}

async function caseOfPost(db: CasebookDatabase, platform: Platform, postId: string) {
  const found = await db.cases
    .where('postKeys')
    .equals(postKey(platform, postId))
    .filter((c) => !c.deleted)
    .first();
  return found ?? null;
}

async function casesOfAuthor(db: CasebookDatabase, platform: Platform, handle: string) {
  const cases = await db.cases
    .where('customerKey')
    .equals(customerKey(platform, handle))
    .limit(AUTHOR_CASE_LIMIT)
    .toArray();
  return cases.filter((c) => !c.deleted).sort(newestFirst);
}

async function recentOpenCases(db: CasebookDatabase): Promise<Case[]> {
  const perStatus = await Promise.all(
    OPEN_STATUSES.map((status) =>
      db.cases
        .where('[status+updatedAt]')
        .between([status, -Infinity], [status, Infinity])
        .reverse()
        .limit(RECENT_LIMIT)
        .toArray(),
    ),
  );
  return perStatus
    .flat()
    .filter((c) => !c.deleted)
    .sort(newestFirst)
    .slice(0, RECENT_LIMIT);
}
