/**
 * Text as LinkedIn shows it: post and comment texts without screen-reader copies and
 * "…more" buttons, names, the relative time ("1w • Edited • 🌐" -> "1w"), and the lang
 * attribute. Built on lib/sites/dom-text.ts.
 */
import { clip, inlineText, oneLine, tidy } from './dom-text';
import { LIMITS } from './limits';
import { any, CLASSIC_NOT_TEXT, SDUI_SEE_MORE } from './linkedin-selectors';
import { languageTag } from './read';

/** What is never part of a text or a name, in both generations. */
const NOT_TEXT = any([...CLASSIC_NOT_TEXT, ...SDUI_SEE_MORE]);

/** A post's or comment's text: links and hashtags as shown, lines kept, clipped. */
export function textOf(box: Element | null): string {
  return box ? clip(tidy(inlineText(box, { skip: NOT_TEXT })), LIMITS.text) : '';
}

/** One line of shown text (a name, a title), clipped to the name limit. */
export function lineOf(el: Element | null, max: number = LIMITS.name): string {
  return el ? clip(oneLine(inlineText(el, { skip: NOT_TEXT })), max) : '';
}

/**
 * The first element under root that shows text and holds no other element that does: the
 * name line of a link that wraps name, headline and time in the new feed.
 */
export function firstTextLine(root: Element): Element | null {
  if (!lineOf(root)) return null;
  for (const child of root.children) {
    if (child.matches(NOT_TEXT)) continue;
    const inner = firstTextLine(child);
    if (inner) return inner;
  }
  return root;
}

/**
 * A relative time as both generations write it, in any language: a small number and a short
 * unit ("1w", "3 Wo.", "2 giờ", "5mo", "1 yr"), maybe followed by "• Edited • …". Ordinals of
 * the connection degree ("2nd", "3rd+") and counts ("345 followers") are not times.
 */
const RELATIVE_TIME = /^(\d{1,3})\s?([\p{L}]{1,5})\.?(?:\s*[•·].*)?$/su;
const ORDINAL = /^\d{1,3}\s?(st|nd|rd|th)\b/i;

export function isRelativeTime(text: string): boolean {
  const line = oneLine(text);
  return RELATIVE_TIME.test(line) && !ORDINAL.test(line);
}

/** Words LinkedIn puts beside the time that are not the time ("Edited"). */
const EDITED = /\b(Edited|Bearbeitet|Modifié|Editado)\b|(?:^|\s)Đã chỉnh sửa/giu;

/**
 * The time as shown, without the bullets, "Edited" and the audience icon: "1w". The first
 * part with a digit in it; null when none (a promoted post shows "Promoted" there).
 */
export function shownTimeOf(text: string | null | undefined): string | null {
  const parts = oneLine(text ?? '').split(/[•·]/);
  const part = parts.find((each) => /\d/.test(each));
  const time = part ? oneLine(part.replace(EDITED, ' ')) : '';
  return time ? time.slice(0, 100) : null;
}

/** The text's own lang attribute (on the box or just inside it), when it is a valid tag. */
export function languageOf(box: Element | null): string | null {
  return languageTag(
    box?.getAttribute('lang') ?? box?.querySelector('[lang]')?.getAttribute('lang'),
  );
}
