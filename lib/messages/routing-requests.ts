import { z } from '../zod';

/**
 * Requests of issue 11 (lib/messages/protocol.ts): routing a case on demand. Extension
 * pages only (the sidebar, the dashboard): a content script, which a hostile page sits
 * next to, cannot move cases between agents.
 */
export const ROUTING_REQUESTS = {
  /** Runs the team's routing rules again for this case; the history names the rule. */
  'case.route': { access: 'extension', payload: z.object({ caseId: z.string().min(1).max(64) }) },
} as const;
