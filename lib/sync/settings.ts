/**
 * Team sync's settings and status, kept in storage.local (zod-checked when read). Off by
 * default: with no settings, the extension makes no network request of its own.
 */
import { z } from '../zod';
import { ROLES } from './policy';

export const SYNC_SETTINGS_KEY = 'casebook.sync';
export const SYNC_STATUS_KEY = 'casebook.syncStatus';

/** https anywhere; plain http only to this machine (a server tried out locally). */
export const ServerUrlSchema = z
  .string()
  .trim()
  .max(300)
  .refine((value) => {
    try {
      const url = new URL(value);
      const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
      return (
        (url.protocol === 'https:' || (url.protocol === 'http:' && local)) &&
        !url.username &&
        !url.password &&
        !url.search &&
        !url.hash
      );
    } catch {
      return false;
    }
  }, 'must be an https:// address (http:// only for localhost)');

export const SyncTokenSchema = z
  .string()
  .trim()
  .regex(/^cbk_[A-Za-z0-9_-]{20,100}$/, 'is not a Casebook token (it starts with cbk_)');

export const SyncSettingsSchema = z.object({
  serverUrl: ServerUrlSchema,
  token: SyncTokenSchema,
  member: z.object({ name: z.string().max(200), role: z.enum(ROLES) }),
  team: z.object({ name: z.string().max(200) }),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

export const SyncStatusSchema = z.object({
  state: z.enum(['off', 'syncing', 'synced', 'pending', 'offline', 'error']),
  /** Why it is offline or failing, in words for the agent. */
  reason: z.string().max(400).nullable(),
  /** When sync last finished a round without error. */
  lastSyncedAt: z.number().int().nonnegative().nullable(),
  pending: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  /** Changes the server refused for good, set aside (lib/sync/engine.ts), and why. */
  refused: z.number().int().nonnegative().default(0),
  refusedReason: z.string().max(400).nullable().default(null),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const SYNC_OFF: SyncStatus = {
  state: 'off',
  reason: null,
  lastSyncedAt: null,
  pending: 0,
  conflicts: 0,
  refused: 0,
  refusedReason: null,
};

/** The origin pattern the host permission is asked for ("https://sync.acme.example/*"). */
export const originPatternOf = (serverUrl: string) => `${new URL(serverUrl).origin}/*`;
