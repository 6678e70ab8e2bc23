import { CRM_LABELS, type CrmSystem, type Priority } from '../db/constants';
import { ratingText } from '../feedback/rating';
import { FeedbackRatingSchema } from '../feedback/rating-schema';

/**
 * The activity stream's groups (issue 12, point 3): what the filter offers, in this order.
 * 'other' holds event types this table does not know yet (shown generically, never dropped).
 */
export const ACTIVITY_KINDS = [
  'capture',
  'assignment',
  'reply',
  'promise',
  'status',
  'escalation',
  'feedback',
  'testimonial',
  'note',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const KIND_LABELS: Record<ActivityKind, string> = {
  capture: 'Captures',
  assignment: 'Assignments',
  reply: 'Replies',
  promise: 'Promises',
  status: 'Status changes',
  escalation: 'Escalations',
  feedback: 'Feedback',
  testimonial: 'Testimonials',
  note: 'Notes',
  other: 'Other',
};

/** What an item's sentence may use besides the event: the case it is about. */
export interface CaseGist {
  ref: string;
  priority: Priority;
  /** "@dana_r": the customer's handle. */
  handle: string;
}

/** The event as the sentence reads it: its data, and "C-3F9A2B" (or "a case"). */
export interface Phrase {
  data: Record<string, string | number | boolean | null>;
  ref: string;
  gist: CaseGist | null;
}

export interface KindEntry {
  kind: ActivityKind;
  /** A short plain-text sentence, no HTML ("Assigned C-3F9A2B to Sam"). */
  text: (p: Phrase) => string;
}

const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

/** A CRM's name from an event's data ("Zendesk"), or null for anything else. */
const crmName = (value: unknown): string | null =>
  typeof value === 'string' && Object.hasOwn(CRM_LABELS, value)
    ? CRM_LABELS[value as CrmSystem]
    : null;

/** The captured case's flags worth a lead's eye: "P1", "VIP". */
function flags(p: Phrase): string {
  const marks = [
    p.data.priority === 'P1' || p.gist?.priority === 'P1' ? 'P1' : null,
    p.data.vip === true ? 'VIP' : null,
  ].filter(Boolean);
  return marks.length ? ` (${marks.join(', ')})` : '';
}

const promise =
  (verb: string) =>
  (p: Phrase): string =>
    `${verb} on ${p.ref}`;

const testimonial =
  (verb: string) =>
  (p: Phrase): string =>
    `${verb} a testimonial from ${p.ref}`;

/**
 * Event type → stream item: one line per type. Types missing here show generically (kind
 * 'other'); types mapped to null are not case activity (customer records) and stay out.
 * The escalation and feedback types are those issue 12's other points add.
 */
export const EVENT_KINDS: Record<string, KindEntry | null> = {
  'case.created': {
    kind: 'capture',
    text: (p) => `Captured ${p.ref}${p.gist ? ` from ${p.gist.handle}` : ''}${flags(p)}`,
  },
  'post.captured': { kind: 'capture', text: (p) => `Added a post to ${p.ref}` },
  'case.assigned': {
    kind: 'assignment',
    text: (p) => {
      const to = str(p.data.to);
      const note = str(p.data.note);
      return `${to ? `Assigned ${p.ref} to ${to}` : `Unassigned ${p.ref}`}${note ? ` (${note})` : ''}`;
    },
  },
  'case.reply': {
    kind: 'reply',
    text: (p) => `Replied on ${p.ref}${p.data.first === true ? ' (first response)' : ''}`,
  },
  'case.status': {
    kind: 'status',
    text: (p) => {
      const to = str(p.data.to);
      if (to === 'resolved') return `Resolved ${p.ref}`;
      if (to === 'closed') return `Closed ${p.ref}`;
      return `Set ${p.ref} to ${to ?? 'another status'}`;
    },
  },
  'case.note': { kind: 'note', text: (p) => `Added a note to ${p.ref}` },
  'followup.created': { kind: 'promise', text: promise('Promised a follow-up') },
  'followup.confirmed': { kind: 'promise', text: promise('Confirmed a promise') },
  'followup.due': { kind: 'promise', text: promise("Moved a follow-up's due time") },
  'followup.cameDue': { kind: 'promise', text: (p) => `A follow-up on ${p.ref} came due` },
  'followup.done': { kind: 'promise', text: promise('Kept a promise') },
  'followup.missed': { kind: 'promise', text: promise('Missed a promise') },
  'followup.snoozed': { kind: 'promise', text: promise('Snoozed a follow-up') },
  'followup.dismissed': { kind: 'promise', text: promise('Dismissed a follow-up') },
  'followup.reassigned': {
    kind: 'promise',
    text: (p) => `Handed a promise on ${p.ref}${str(p.data.to) ? ` to ${str(p.data.to)}` : ''}`,
  },
  'case.escalated': {
    kind: 'escalation',
    text: (p) =>
      `Escalated ${p.ref}${crmName(p.data.system) ? ` to ${crmName(p.data.system)}` : ''}`,
  },
  'case.crmLinked': {
    kind: 'escalation',
    text: (p) => {
      const system = crmName(p.data.system);
      const id = str(p.data.recordId);
      return `Linked ${p.ref} to ${system ? `${system} record` : 'a CRM record'}${id ? ` ${id}` : ''}`;
    },
  },
  'case.feedbackRequested': { kind: 'feedback', text: (p) => `Asked for feedback on ${p.ref}` },
  'case.feedback': {
    kind: 'feedback',
    text: (p) => {
      const rating = FeedbackRatingSchema.safeParse({ scale: p.data.scale, value: p.data.value });
      return rating.success
        ? `Customer rated ${p.ref} ${ratingText(rating.data)}`
        : `Feedback received on ${p.ref}`;
    },
  },
  'testimonial.saved': { kind: 'testimonial', text: testimonial('Saved') },
  'testimonial.approved': { kind: 'testimonial', text: testimonial('Approved') },
  'testimonial.rejected': { kind: 'testimonial', text: testimonial('Rejected') },
  'testimonial.edited': { kind: 'testimonial', text: testimonial('Edited') },
  'testimonial.consent': {
    kind: 'testimonial',
    text: (p) => `Recorded consent for a testimonial from ${p.ref}`,
  },
  'testimonial.erased': { kind: 'testimonial', text: testimonial('Erased') },
  'customer.created': null,
  'customer.updated': null,
  'customer.merged': null,
  'customer.unmerged': null,
  'customer.imported': null,
};

/** The entry for a type: its own, or the generic one ("case.reopened on C-3F9A2B"). */
export function kindEntryOf(type: string): KindEntry | null {
  if (Object.hasOwn(EVENT_KINDS, type)) return EVENT_KINDS[type] ?? null;
  const family = type.split('.')[0] ?? '';
  // A customer event of a kind not listed yet is no more case activity than the others.
  if (family === 'customer') return null;
  return { kind: 'other', text: (p) => `${type.slice(0, 60)} on ${p.ref}` };
}

/** The event types of the given kinds (for a filter), from the table. */
export const typesOfKind = (kind: ActivityKind): string[] =>
  Object.entries(EVENT_KINDS)
    .filter(([, entry]) => entry?.kind === kind)
    .map(([type]) => type);
