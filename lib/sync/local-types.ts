/**
 * What sync keeps beside the records in the extension's database (schema v8), checked with
 * zod when read: a corrupt row must stop sync with a clear error, never push garbage.
 */
import { z } from '../zod';
import { ChangeSchema, HlcSchema, SyncTableSchema } from './protocol';

/** A shared record as last stamped here: its synced fields and each field's stamp. */
export const SyncShadowSchema = z.object({
  table: SyncTableSchema,
  id: z.string().min(1).max(64),
  fields: z.record(z.string(), z.unknown()),
  clocks: z.record(z.string(), HlcSchema),
});
export type SyncShadow = z.infer<typeof SyncShadowSchema>;

/** A push waiting for the server's acknowledgement; retried with the same pushId. */
export const SyncOutboxSchema = z.object({
  pushId: z.uuid(),
  createdAt: z.number().int().nonnegative(),
  changes: z.array(ChangeSchema).min(1),
  /**
   * The server refused this change for good (a role that may not change it, a value it
   * will not take): set aside so the rest still goes out, and shown until the agent tries
   * it again or lets it go. The record keeps the edit here.
   */
  refused: z.object({ reason: z.string().max(400), at: z.number().int().nonnegative() }).optional(),
});
export type SyncOutboxEntry = z.infer<typeof SyncOutboxSchema>;

/** A local edit the team's later edit overrode: shown on the record until dismissed. */
export const SyncConflictSchema = z.object({
  id: z.string().min(1).max(200),
  table: SyncTableSchema,
  recordId: z.string().min(1).max(64),
  field: z.string().min(1).max(64),
  mine: z.unknown(),
  theirs: z.unknown(),
  at: z.number().int().nonnegative(),
});
export type SyncConflict = z.infer<typeof SyncConflictSchema>;

/** Sync's own state (key-value): the clock, the pull cursor, the change-scan mark. */
export interface SyncMetaRow {
  key: 'clock' | 'cursor' | 'scanMark';
  value: unknown;
}
