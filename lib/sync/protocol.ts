/**
 * The sync protocol's messages, checked with zod on both sides: the extension parses what
 * the server answers, the server parses what the extension pushes. The wire is described in
 * server/README.md ("Sync protocol").
 *
 * A change is one record's fields with the stamp of each field's last edit (merge.ts); the
 * record's id and table travel beside them. Field values are checked against the record's
 * own schema (lib/db/schema.ts), field by field, so a change can carry only the fields it
 * edits and still nothing malformed gets in.
 */
import { z } from '../zod';
import {
  ArticleSchema,
  CASE_LOG_LIMITS,
  CaseSchema,
  CUSTOMER_LIMITS,
  CustomerSchema,
  EventSchema,
  ExpertSchema,
  FOLLOW_UP_LIMITS,
  FollowUpSchema,
  PostSchema,
  SavedReplySchema,
  TESTIMONIAL_LIMITS,
  TestimonialSchema,
} from '../db/schema';
import { HLC_PATTERN } from './hlc';
import type { LogLimits } from './merge';
import { ROLES } from './policy';

/** The tables a team shares, and the schema of their records. */
export const RECORD_SCHEMAS = {
  cases: CaseSchema,
  posts: PostSchema,
  customers: CustomerSchema,
  followUps: FollowUpSchema,
  testimonials: TestimonialSchema,
  savedReplies: SavedReplySchema,
  experts: ExpertSchema,
  articles: ArticleSchema,
  events: EventSchema,
} as const;
export type SyncTable = keyof typeof RECORD_SCHEMAS;
export const SYNC_TABLES = Object.keys(RECORD_SCHEMAS) as SyncTable[];
export const SyncTableSchema = z.enum(SYNC_TABLES as [SyncTable, ...SyncTable[]]);

/**
 * Fields that only grow (notes, histories): merged as sets (merge.ts), so entries added on
 * two machines at once are all kept. Each keeps at most what its schema allows.
 */
export const LOG_FIELDS: Record<SyncTable, LogLimits> = {
  cases: { notes: CASE_LOG_LIMITS.notes, history: CASE_LOG_LIMITS.history },
  customers: { notes: CUSTOMER_LIMITS.notes },
  followUps: { history: FOLLOW_UP_LIMITS.history },
  testimonials: { history: TESTIMONIAL_LIMITS.history },
  posts: {},
  savedReplies: {},
  experts: {},
  articles: {},
  events: {},
};

/** Fields that are the replica's own, never synced: the id travels apart, version is local. */
export const LOCAL_FIELDS: readonly string[] = ['id', 'version'];

export const MAX_CHANGES_PER_PUSH = 500;
export const MAX_CHANGES_PER_PULL = 1000;
/** A record's fields in one change, as JSON text (a case with a long post is ~40 KB). */
export const MAX_CHANGE_BYTES = 512 * 1024;

export const HlcSchema = z.string().regex(HLC_PATTERN, 'not a clock stamp');
const FieldName = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'not a field name');

/** One record's edited fields: values and clocks name the same fields. */
export const ChangeSchema = z
  .object({
    table: SyncTableSchema,
    id: z.string().min(1).max(64),
    fields: z.record(FieldName, z.unknown()),
    clocks: z.record(FieldName, HlcSchema),
    /**
     * Erased on request: the server drops every field but the tombstone (`deleted: true`)
     * and takes no content for this record again; every browser deletes its copy.
     */
    erase: z.literal(true).optional(),
  })
  .superRefine((change, ctx) => {
    if (change.erase && (change.fields.deleted !== true || Object.keys(change.fields).length !== 1))
      ctx.addIssue({ code: 'custom', message: 'an erasure carries only deleted: true' });
    const named = Object.keys(change.clocks);
    if (named.length === 0) ctx.addIssue({ code: 'custom', message: 'a change with no field' });
    if (named.length > 200) ctx.addIssue({ code: 'custom', message: 'too many fields' });
    const valued = Object.keys(change.fields);
    if (valued.length !== named.length || valued.some((field) => !(field in change.clocks)))
      ctx.addIssue({ code: 'custom', message: 'fields and clocks must name the same fields' });
    const shape = RECORD_SCHEMAS[change.table].shape as Record<string, z.ZodType>;
    for (const field of valued) {
      const schema = shape[field];
      if (!schema || LOCAL_FIELDS.includes(field)) {
        ctx.addIssue({ code: 'custom', message: `${change.table} has no synced field ${field}` });
        continue;
      }
      const checked = schema.safeParse(change.fields[field]);
      if (!checked.success)
        ctx.addIssue({
          code: 'custom',
          path: ['fields', field],
          message: `${change.table}.${field}: ${checked.error.issues[0]?.message ?? 'invalid'}`,
        });
    }
    if (JSON.stringify(change.fields).length > MAX_CHANGE_BYTES)
      ctx.addIssue({ code: 'custom', message: 'change too large' });
  });
export type Change = z.infer<typeof ChangeSchema>;

/** GET /v1/me: whose token this is. */
const TeamMemberSchema = z.object({ name: z.string().max(200), role: z.enum(ROLES) });
export const MeResponseSchema = z.object({
  member: TeamMemberSchema,
  team: z.object({
    name: z.string().max(200),
    /** Everyone in the team, so work can be assigned to them (older servers: none). */
    members: z.array(TeamMemberSchema).max(1000).default([]),
  }),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const PushRequestSchema = z.object({
  /** Chosen by the client once per batch and kept across retries: a retried push is a no-op. */
  pushId: z.uuid(),
  changes: z.array(ChangeSchema).min(1).max(MAX_CHANGES_PER_PUSH),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const PushResponseSchema = z.object({
  /** Changes that altered the server's copy (a change that lost every field counts 0). */
  applied: z.number().int().nonnegative(),
  /** True when this pushId had been applied before: nothing was done again. */
  duplicate: z.boolean(),
  /** The server's clock after the push: the client observes it. */
  clock: HlcSchema,
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

/** A pull's cursor: the last change sequence number seen, as digits (0 = from the start). */
export const CursorSchema = z.string().regex(/^\d{1,19}$/, 'not a cursor');

export const PullQuerySchema = z.object({
  cursor: CursorSchema.default('0'),
  limit: z.coerce.number().int().min(1).max(MAX_CHANGES_PER_PULL).default(MAX_CHANGES_PER_PULL),
});

/** A pulled record: its whole synced state (all fields and clocks), at sequence `seq`. */
export const PulledChangeSchema = z.object({
  table: SyncTableSchema,
  id: z.string().min(1).max(64),
  fields: z.record(FieldName, z.unknown()),
  clocks: z.record(FieldName, HlcSchema),
  seq: CursorSchema,
  /** Erased on request: delete the local copy (see ChangeSchema's erase). */
  erased: z.literal(true).optional(),
});
export type PulledChange = z.infer<typeof PulledChangeSchema>;

export const PullResponseSchema = z.object({
  changes: z.array(PulledChangeSchema).max(MAX_CHANGES_PER_PULL),
  /** Where the next pull starts: never skips a change, never repeats one. */
  cursor: CursorSchema,
  /** More changes wait after this page. */
  more: z.boolean(),
  clock: HlcSchema,
});
export type PullResponse = z.infer<typeof PullResponseSchema>;
