/**
 * Constants and key helpers of the data model, free of zod so that small bundles (the
 * sidebar page, content scripts) can use them without carrying the schema library.
 */
export const PLATFORMS = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'reddit',
  'youtube',
  'trustpilot',
  'web',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Site names as people write them: the one table every page and the background use. */
export const PLATFORM_LABELS: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  youtube: 'YouTube',
  trustpilot: 'Trustpilot',
  web: 'Other web pages',
};

export const CASE_STATUSES = ['new', 'open', 'waiting', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * Length limits of a parsed post. The schema enforces them; adapters clip what they read
 * to them. Here, not in the schema, so content scripts can use them without zod.
 */
export const POST_LIMITS = {
  text: 100_000,
  title: 1000,
  name: 200,
  url: 2048,
  language: 35,
} as const;

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Public posts and comments, or private conversations: SLA policies differ per kind. */
export const CONVERSATION_KINDS = ['public', 'direct'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** Statuses that still need work; "open in total" counts these. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'open', 'waiting'];
export const isOpenStatus = (status: CaseStatus) => OPEN_STATUSES.includes(status);

/**
 * The counts of a post whose page shows none (a selection, a review, a story still loading):
 * each one unknown, never 0. A new object each time, so no caller shares one.
 */
export const unknownMetrics = () => ({
  replies: null,
  reposts: null,
  likes: null,
  bookmarks: null,
  views: null,
});

/** The unique key of a post across sites: platform and the site's id. */
export const postKey = (platform: Platform, postId: string) => `${platform}:${postId}`;

/** Handles are case-insensitive on every supported site. */
export const customerKey = (platform: Platform, handle: string) =>
  `${platform}:${handle.toLowerCase()}`;

/** Web CRMs whose record pages Casebook reads (lib/crm/) and links customers to. */
export const CRM_SYSTEMS = [
  'salesforce',
  'hubspot',
  'zendesk',
  'dynamics',
  'freshdesk',
  'zoho',
] as const;
export type CrmSystem = (typeof CRM_SYSTEMS)[number];

/** CRM names as people write them. */
export const CRM_LABELS: Record<CrmSystem, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  zendesk: 'Zendesk',
  dynamics: 'Dynamics 365',
  freshdesk: 'Freshdesk',
  zoho: 'Zoho CRM',
};

/**
 * Length limits of what a CRM adapter reads (lib/crm/): it clips to them, a schema of CRM
 * links can enforce them. Email: the 254 of RFC 5321's path limit.
 */
export const CRM_LIMITS = {
  objectType: 80,
  recordId: 100,
  url: 2048,
  name: 200,
  email: 254,
  phone: 40,
  company: 200,
  owner: 200,
} as const;

/** What an event of the history can mean for the analytics (lib/analytics/facts.ts). */
export const FACT_KINDS = [
  'opened',
  'first-reply',
  'resolved',
  'reopened',
  'followup-kept',
  'followup-late',
  'followup-missed',
  'testimonial-saved',
  'testimonial-approved',
  // Issue 12: a customer's rating after resolution, by its band (4-5 good, 3, 1-2 bad).
  'feedback-good',
  'feedback-neutral',
  'feedback-bad',
] as const;
