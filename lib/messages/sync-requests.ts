import { z } from '../zod';
import { SyncTableSchema } from '../sync/protocol';
import { ServerUrlSchema, SyncTokenSchema } from '../sync/settings';

/**
 * Requests of issue 8 (lib/messages/protocol.ts): team sync from the options page and the
 * case view. Extension pages only: a web page can never connect, disconnect or read sync.
 */
export const SYNC_REQUESTS = {
  /** The status line: state, reason, pending pushes, and who this browser syncs as. */
  'sync.status': { access: 'extension', payload: z.object({}) },
  /** Checks the server and token, then turns sync on (the host permission asked first). */
  'sync.connect': {
    access: 'extension',
    payload: z.object({ serverUrl: ServerUrlSchema, token: SyncTokenSchema }),
  },
  'sync.now': { access: 'extension', payload: z.object({}) },
  'sync.disconnect': { access: 'extension', payload: z.object({}) },
  /** Edits of this record the team's later edits overrode. */
  'sync.conflicts': {
    access: 'extension',
    payload: z.object({ table: SyncTableSchema, recordId: z.string().min(1).max(64) }),
  },
  'sync.dismissConflict': { access: 'extension', payload: z.object({ id: z.string().max(200) }) },
  /** A conflict settled the agent's way: their value goes back in as a new edit. */
  'sync.keepMine': { access: 'extension', payload: z.object({ id: z.string().max(200) }) },
  /** Changes the server refused: send them again, or let them go. */
  'sync.refused': {
    access: 'extension',
    payload: z.object({ action: z.enum(['retry', 'discard']) }),
  },
} as const;
