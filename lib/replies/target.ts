import { postKey, type Platform } from '../db/constants';
import type { Case } from '../db/schema';

/**
 * Which of the case's posts a reply goes to: the one the agent is looking at when it is
 * part of the case, else the case's latest post (the customer's newest word). Null when
 * the case holds no post of this platform (nothing to reply under).
 */
export function replyPostId(
  record: Pick<Case, 'postKeys' | 'channel'>,
  focus: { platform: Platform; postId: string | null } | null,
): string | null {
  if (focus?.postId && record.postKeys.includes(postKey(focus.platform, focus.postId))) {
    return focus.postId;
  }
  const prefix = `${record.channel}:`;
  const latest = record.postKeys.findLast((key) => key.startsWith(prefix));
  return latest ? latest.slice(prefix.length) : null;
}
