/**
 * The words of an Instagram post or comment and when it was posted. The caption is the
 * longest span[dir=auto] outside links, times and controls (site-dom §3, AkuBridge); a
 * comment's text is found the same way inside the comment.
 */
import { clip, inlineText, oneLine, tidy } from './dom-text';
import { ownAll, type Scope } from './instagram-scope';
import { any, CAPTION, CONTROL, MORE_LABELS, NOT_CAPTION, TIME } from './instagram-selectors';
import { LIMITS } from './limits';
import { languageTag } from './read';

/** Whether a control or link sits between el and the item's root (the root itself is fine). */
function inControl(el: Element, root: Element): boolean {
  const blocker = el.closest(any(NOT_CAPTION));
  return blocker !== null && blocker !== root && root.contains(blocker);
}

export function captionIn(scope: Scope): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const span of ownAll(scope, CAPTION)) {
    const length = (span.textContent ?? '').trim().length;
    if (length > bestLength && !inControl(span, scope.root)) {
      best = span;
      bestLength = length;
    }
  }
  return best;
}

/** Plain text of a caption: emoji (<img alt>) kept, a "… more" inside it left out. */
export const captionText = (caption: Element | null) =>
  caption ? clip(tidy(inlineText(caption, { skip: any(CONTROL) })), LIMITS.text) : '';

const ELLIPSIS_START = /^(\u2026|\.\.\.)/;

/**
 * Whether the caption is cut: a short control beside it that starts with an ellipsis
 * ("… more" in every language), or that reads one of MORE_LABELS.
 */
export function isCut(caption: Element | null): boolean {
  const block = caption?.parentElement;
  if (!block) return false;
  return Array.from(block.querySelectorAll(any(CONTROL))).some((control) => {
    const text = oneLine(control.textContent ?? '');
    if (text.length === 0 || text.length > 24 || /\d/.test(text)) return false;
    const word = text.replace(ELLIPSIS_START, '').trim().toLowerCase();
    return ELLIPSIS_START.test(text) || MORE_LABELS.includes(word);
  });
}

/** The first words of a caption, for a comment's parent: one line, cut at a word. */
export function firstWords(text: string, max = 100): string | null {
  const line = oneLine(text);
  if (line.length <= max) return line || null;
  const cut = clip(line, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}\u2026`;
}

/** The item's own time: epoch ms from its datetime, or the shown text when it has none. */
export function timeOf(scope: Scope): { postedAt: number | null; shownTime: string | null } {
  const time = ownAll(scope, ['time'])[0];
  const ms = Date.parse(time?.getAttribute('datetime') ?? '');
  if (time?.matches(any(TIME)) && Number.isFinite(ms) && ms >= 0) {
    return { postedAt: Math.trunc(ms), shownTime: null };
  }
  const shown = time ? oneLine(time.textContent ?? '').slice(0, 100) : '';
  return { postedAt: null, shownTime: shown || null };
}

/**
 * The language the text is marked with, looked for from the caption up to the item only:
 * the page's own <html lang> is the reader's interface language, not the author's.
 */
export function languageOf(caption: Element | null, root: Element): string | null {
  for (let el = caption; el && root.contains(el); el = el.parentElement) {
    const lang = el.getAttribute('lang')?.trim();
    if (lang) return languageTag(lang);
  }
  return null;
}
