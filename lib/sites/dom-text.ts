/**
 * Plain text of rendered post markup. `textContent` is not enough: sites draw emoji as
 * <img alt> (the text lives in the alt), and long links as a visible middle with
 * hidden start and end. These walkers keep what a reader of the post would copy.
 */

const ELLIPSIS = '\u2026';

export interface TextOptions {
  /** Elements to leave out entirely (media, nested posts, buttons): a selector. */
  skip?: string;
  /** Ends the walk at the first element for which this is true (text after it is dropped). */
  stopAt?: (el: Element) => boolean;
}

/**
 * Never text, on any site: their contents are code or styles (a live <script> in a post
 * would give its source as text), a <noscript>'s markup, a <template>'s inert copy.
 */
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Inline text of an element: text nodes, emoji <img alt>, <br> as a newline, links with
 * their shown text. Newlines inside text nodes are kept (X renders with pre-wrap).
 *
 * The walk keeps its own stack rather than recursing: text nested a few thousand elements
 * deep overflowed the call stack and the post could not be captured (the hostile-input
 * test, issue 9). A number on the stack marks the end of a link (where its text started).
 */
export function inlineText(root: Node, options: TextOptions = {}): string {
  let out = '';
  const stack: (Node | number)[] = [];
  const pushChildren = (node: Node) => {
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  };
  /** A link's text ends: what it added since `start` is read as a link's. */
  const endLink = (start: number) => {
    out = out.slice(0, start) + linkText(out.slice(start));
  };
  pushChildren(root);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'number') {
      endLink(node);
      continue;
    }
    if (node.nodeType === 3 /* TEXT_NODE */) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const el = node as Element;
    if (options.stopAt?.(el)) {
      // Text after it is dropped; the links it sits in still end (innermost first).
      for (let i = stack.length - 1; i >= 0; i--) {
        const start = stack[i];
        if (typeof start === 'number') endLink(start);
      }
      break;
    }
    const tag = el.tagName.toUpperCase();
    if (NEVER_TEXT.has(tag) || (options.skip && el.matches(options.skip))) continue;
    if (tag === 'IMG') out += el.getAttribute('alt') ?? '';
    else if (tag === 'BR') out += '\n';
    else {
      if (tag === 'A') stack.push(out.length);
      pushChildren(el);
    }
  }
  return out;
}

/**
 * X (and t.co before it) splits a long URL into a hidden "https://", the shown middle, a
 * hidden tail and an ellipsis: the full text is the whole URL, which is what the author wrote,
 * so keep it and drop the ellipsis. Mentions and hashtags keep their text as shown.
 */
function linkText(text: string): string {
  return /^https?:\/\//i.test(text) && text.endsWith(ELLIPSIS) ? text.slice(0, -1) : text;
}

/** Texts are cut to the stored limits with lib/clip.ts (never inside an emoji). */
export { clip } from '../clip';

/** Inline text with runs of spaces and tabs made one and the ends trimmed; newlines stay. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t\f\r]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line: every run of whitespace made one space (names, titles). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A code block's text as it is, less its leading blank lines and trailing spaces. trimEnd,
 * not /\s+$/: that regex retries at each space of a long run inside the code, quadratic
 * (4 s on 60,000 spaces in an X Article; found by the fuzz test, test/dom/fuzz).
 */
export const codeText = (pre: Element): string =>
  (pre.textContent ?? '').replace(/^\n+/, '').trimEnd();

/**
 * Text of rich long-form content made of Draft.js blocks (`[data-block="true"]`: paragraphs,
 * headings, list items, code sections), blocks separated by a blank line. A code block keeps
 * its <pre> text exactly. Without blocks, the tidied inline text of the whole element.
 */
export function blockText(root: Element, options: TextOptions = {}): string {
  // Only ancestors below root count: root itself sits inside a post (an <article>).
  const within = (block: Element, selector: string) => {
    const found = block.parentElement?.closest(selector);
    return Boolean(found && root.contains(found) && found !== root);
  };
  const blocks = Array.from(root.querySelectorAll('[data-block="true"]')).filter(
    (block) =>
      !within(block, '[data-block="true"]') && !(options.skip && within(block, options.skip)),
  );
  if (blocks.length === 0) return tidy(inlineText(root, options));
  return blocks
    .map((block) => {
      const pre = block.querySelector('pre');
      return pre ? codeText(pre) : tidy(inlineText(block, options));
    })
    .filter((text) => text !== '')
    .join('\n\n');
}
