import { z } from '../zod';
import { FOLLOW_UP_SOURCES, FollowUpEvidenceSchema, FollowUpSchema } from '../db/schema';

/**
 * The payloads of the follow-up requests (lib/messages/protocol.ts), built from the
 * record schema. All are 'extension': they change records, so only Casebook's own pages
 * (the sidebar's confirmation, the dashboard) may send them. Times are epoch ms.
 */
const id = z.string().min(1).max(64);
const epochMs = FollowUpSchema.shape.dueAt;

/** One promise as findPromises found it, its due time in epoch ms (JSON has no Date). */
export const PromiseInputSchema = z.object({
  phrase: FollowUpSchema.shape.phrase,
  dueAt: epochMs,
});

export const FOLLOW_UP_REQUESTS = {
  /** From the sidebar's confirmation ("keep": confirmed true) or a follow-up made by hand. */
  'followups.create': {
    access: 'extension',
    payload: z.object({
      caseId: id.nullable(),
      /** The customer; taken from the case when left out. */
      customerKey: FollowUpSchema.shape.customerKey.default(null),
      /** Who owes it: an agent of the team; the agent at this browser when left out. */
      owner: FollowUpSchema.shape.owner.optional(),
      /** What the agent wrote (capped by the store, so a long reply is never refused). */
      text: z.string().trim().min(1, 'The promise has no text').max(100_000),
      source: z.enum(FOLLOW_UP_SOURCES),
      where: FollowUpSchema.shape.where.default(null),
      promises: z.array(PromiseInputSchema).min(1, 'No promise to follow up').max(20),
      confirmed: z.boolean().default(false),
    }),
  },
  /** "keep" (no dueAt) or "change" (a new due time). */
  'followup.confirm': {
    access: 'extension',
    payload: z.object({ followUpId: id, dueAt: epochMs.optional() }),
  },
  'followup.dismiss': {
    access: 'extension',
    payload: z.object({
      followUpId: id,
      reason: z.string().trim().min(1).max(200).nullable().default(null),
    }),
  },
  'followup.done': {
    access: 'extension',
    payload: z.object({ followUpId: id, evidence: FollowUpEvidenceSchema }),
  },
  'followup.snooze': {
    access: 'extension',
    payload: z.object({ followUpId: id, until: epochMs }),
  },
  'followup.reassign': {
    access: 'extension',
    payload: z.object({ followUpId: id, owner: FollowUpSchema.shape.owner }),
  },
  'followup.missed': {
    access: 'extension',
    payload: z.object({ followUpId: id }),
  },
} as const;
