import type { ReplyBoxes } from '../sites/types';

/**
 * Whether this key press sends what is in a site's reply box: Ctrl/Cmd+Enter everywhere,
 * and plain Enter (not Shift+Enter, not while an input method composes) where the site
 * sends on Enter (Facebook's and Instagram's comment boxes).
 */
export function isSendKey(event: KeyboardEvent, boxes: ReplyBoxes): boolean {
  if (!event.isTrusted || event.key !== 'Enter' || event.isComposing) return false;
  return event.ctrlKey || event.metaKey || (boxes.sendsOnEnter === true && !event.shiftKey);
}
