/**
 * Text as Facebook renders it: paragraphs as sibling div[dir=auto] (no newline between
 * them in the DOM), "See more" as a button inside the last one, emoji as <img alt>, and the
 * relative time scrambled into glyph spans mixed with decoys that CSS hides (site-dom §2,
 * AkuBridge facebookRenderedRelativeTime).
 */
import { clip, inlineText, oneLine, tidy } from './dom-text';
import { any, BUTTON as FB_BUTTON, PARAGRAPH as FB_PARAGRAPH } from './facebook-selectors';
import { LIMITS } from './limits';
import { languageTag } from './read';

/** Invisible characters Facebook sprinkles into text and times; never part of what is read. */
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g;

/** Controls inside text ("See more") and what the markup itself hides. */
const BUTTON = any(FB_BUTTON);
const NOT_TEXT = `${BUTTON}, [hidden], script, style`;

const PARAGRAPH = any(FB_PARAGRAPH);

/**
 * The paragraphs of a text box: its innermost div[dir=auto] (Facebook wraps them in more),
 * outside `skip`; the box itself when it has none.
 */
export function paragraphsIn(box: Element, skip?: string): Element[] {
  const all = box.matches(PARAGRAPH) ? [box] : [];
  all.push(...box.querySelectorAll(PARAGRAPH));
  const leaves = all.filter((el) => !el.querySelector(PARAGRAPH) && !(skip && el.closest(skip)));
  return leaves.length > 0 ? leaves : [box];
}

/**
 * Plain text of paragraphs: one line each, emoji kept, "See more" left out. `skip`: more
 * elements to leave out (a comment's author and controls).
 */
export function textOf(paragraphs: Element[], skip?: string): string {
  const options = { skip: skip ? `${NOT_TEXT}, ${skip}` : NOT_TEXT };
  const text = paragraphs
    .map((block) => tidy(inlineText(block, options).replace(ZERO_WIDTH, '')))
    .filter((line) => line !== '')
    .join('\n');
  return clip(text, LIMITS.text);
}

/** Whether the text box shows only the start of the text: its "See more" is a button. */
export const isCut = (box: Element) => box.querySelector(BUTTON) !== null;

/** The language the text box declares (Facebook rarely does), else null. */
export function languageOf(box: Element | null): string | null {
  const marked = box?.closest('[lang]') === box ? box : box?.querySelector('[lang]');
  return languageTag(marked?.getAttribute('lang'));
}

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Whether an element is hidden. Attributes and inline style first (cheap, and all a saved
 * page has); then, with a window, the computed style: Facebook hides its decoys by class.
 * Only ever called from parsePost (at capture), never on a mutation batch.
 */
function hidden(el: Element, view: Window | null): boolean {
  if (el.hasAttribute('hidden') || HIDING_STYLE.test(el.getAttribute('style') ?? '')) return true;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return (
    style.display === 'none' ||
    style.visibility === 'hidden' ||
    style.opacity === '0' ||
    style.fontSize === '0px'
  );
}

/** The text a reader sees in an element: hidden decoys and zero-width characters left out. */
export function visibleText(root: Element): string {
  const view = root.ownerDocument.defaultView;
  let out = '';
  if (hidden(root, view)) return '';
  // Its own stack, not recursion: deep nesting must not overflow the call stack (issue 9).
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3 /* TEXT_NODE */) out += node.nodeValue ?? '';
    else if (node === root || (node.nodeType === 1 && !hidden(node as Element, view))) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return oneLine(out.replace(ZERO_WIDTH, ''));
}

/** The first words of a text, for a comment's parent post: at most `max` characters. */
export function excerpt(text: string, max = 100): string | null {
  const line = oneLine(text);
  if (line.length <= max) return line || null;
  const cut = clip(line, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
