/**
 * Reading Reddit's values: markdown bodies as paragraphs, times, counts, languages. Pure
 * helpers shared by the new and the old Reddit readers.
 */
import { codeText, inlineText, tidy } from './dom-text';
import { firstCount } from './parse';
import { languageTag } from './read';

/** Metrics Reddit never shows (reposts, bookmarks, views), and none read yet. */
export const NO_METRICS = {
  replies: null,
  reposts: null,
  likes: null,
  bookmarks: null,
  views: null,
} as const;

/**
 * Blocks of Reddit's rendered markdown (the same in shreddit's rich text and old Reddit's
 * .md): one paragraph each. inlineText alone would run "<p>a</p><p>b</p>" into "ab".
 */
const BLOCKS = 'p, li, pre, h1, h2, h3, h4, h5, h6, tr';

/** Never text: page machinery that may sit inside a body. */
const NOT_TEXT = 'script, style, template, noscript';

/** A block's text: a code block exactly, a list item with its marker ("- ", "2. "). */
function blockTextOf(block: Element): string {
  if (block.localName === 'pre') return codeText(block);
  const text = tidy(inlineText(block, { skip: NOT_TEXT }));
  if (block.localName !== 'li' || !text) return text;
  const list = block.parentElement;
  if (list?.localName !== 'ol') return `- ${text}`;
  const start = Number(list.getAttribute('start') ?? 1) || 1;
  return `${start + Array.from(list.children).indexOf(block)}. ${text}`;
}

/**
 * Plain text of a markdown body: its outermost blocks separated by a blank line (items of
 * one list by a line break), a code block's text kept exactly; a body without blocks is its
 * tidied inline text. Emoji <img alt> and link texts are kept (dom-text); text that looks
 * like markup stays text.
 */
export function markdownText(root: Element): string {
  const within = (el: Element) => {
    const outer = el.parentElement?.closest(BLOCKS);
    return Boolean(outer && root.contains(outer) && outer !== root);
  };
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter(
    (block) => !within(block) && !block.closest(NOT_TEXT),
  );
  if (blocks.length === 0) return tidy(inlineText(root, { skip: NOT_TEXT }));
  let out = '';
  let previous: Element | null = null;
  for (const block of blocks) {
    const text = blockTextOf(block);
    if (!text) continue;
    const sameList =
      block.localName === 'li' &&
      previous?.localName === 'li' &&
      previous.parentElement === block.parentElement;
    out += (out ? (sameList ? '\n' : '\n\n') : '') + text;
    previous = block;
  }
  return out;
}

/**
 * Epoch ms of a machine time, or null. shreddit writes "2026-11-20T09:15:42.123000+0000"
 * (microseconds, an offset without a colon), which not every engine's Date.parse takes:
 * made ISO 8601 first.
 */
export function timeOf(value: string | null | undefined): number | null {
  const iso = (value ?? '')
    .trim()
    .replace(/(\.\d{3})\d+/, '$1')
    .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) && ms >= 0 ? Math.trunc(ms) : null;
}

/** Epoch ms from old Reddit's data-timestamp (milliseconds as digits), or null. */
export function epochOf(value: string | null | undefined): number | null {
  if (!value || !/^\d{10,16}$/.test(value.trim())) return null;
  const ms = Number(value.trim());
  return Number.isSafeInteger(ms) ? ms : null;
}

/**
 * A count from an attribute ("42", "-3") or a label ("42 points", "1,204 comments"). A score
 * below zero is stored as 0 (no net likes): the schema's counts are never negative. An
 * abbreviated count ("12.3k") is not exact: unknown.
 */
export function countOf(value: string | null | undefined): number | null {
  const text = (value ?? '').trim();
  if (/^-\d+$/.test(text)) return 0;
  if (/\d\s*[kmb]\b/i.test(text)) return null;
  return firstCount(text);
}

/** A language tag from a lang attribute, when it is one; never the page's UI language. */
export const languageOf = (el: Element | null) => languageTag(el?.getAttribute('lang'));
