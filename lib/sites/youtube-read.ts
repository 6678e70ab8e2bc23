/**
 * Small readers shared by the comment and the video parsers: the first match of a list of
 * alternatives, shown text, counts YouTube writes exactly (never "1.2K"), languages (the
 * checks themselves are lib/sites/read.ts's).
 */
import { clip, inlineText, oneLine } from './dom-text';
import { firstCount } from './parse';
import { languageTag, type Alternatives } from './read';

/** The first match under root, trying the alternatives in their order (best first). */
export function firstOf(
  root: ParentNode,
  alternatives: Alternatives,
  accept: (el: Element) => boolean = () => true,
): Element | null {
  for (const selector of alternatives) {
    for (const el of root.querySelectorAll(selector)) if (accept(el)) return el;
  }
  return null;
}

/** One line of shown text (emoji alt kept), clipped; '' when there is none. */
export const lineOf = (el: Element | null, max: number): string =>
  el ? clip(oneLine(inlineText(el)), max) : '';

/** Digits, grouped by one separator per three ("12,345", "12.345", "12 345"). */
const COUNT = String.raw`(?:\d{1,3}(?:[.,\u00a0\u202f\u2009 ]\d{3})+|\d+)`;
const PLAIN_COUNT = new RegExp(`^${COUNT}$`);
const COUNT_THEN_WORD = new RegExp(String.raw`^\s*(${COUNT})\s+(\p{L}{2,})\s*$`, 'u');

/** A count and nothing else: "490", "12,345" (not "1.2K", "1,2 Tsd."); else null. */
export function plainCount(text: string | null | undefined): number | null {
  const trimmed = (text ?? '').trim();
  return PLAIN_COUNT.test(trimmed) ? firstCount(trimmed) : null;
}

/** Units written as words that still abbreviate a number (CJK myriads and thousands). */
const MULTIPLIER = /^[万萬億亿千]/;

/**
 * A count followed by one word: "847 subscribers", "12.345 Aufrufe", "1,482 Comments".
 * Abbreviated counts ("1.2K views", "12 Mio. Abonnenten", "1,2 M d’abonnés") have a
 * decimal part or a second word and give null: only exact numbers are stored.
 */
export function countWithUnit(text: string | null | undefined): number | null {
  const match = COUNT_THEN_WORD.exec(text ?? '');
  return match?.[1] && match[2] && !MULTIPLIER.test(match[2]) ? firstCount(match[1]) : null;
}

/** A lang attribute worth storing (a BCP 47 shape), else null. */
export const languageOf = (el: Element | null) => languageTag(el?.getAttribute('lang'));
