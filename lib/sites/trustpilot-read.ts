/**
 * The parts of a Trustpilot review card: the reviewer, the star rating, the words. The
 * rating's alt text is localised ("Rated 4 out of 5 stars", "Bewertet mit 4 von 5
 * Sternen", "5つ星中4"): only its numbers are read.
 */
import type { Author } from '../db/schema';
import { clip, inlineText, oneLine, tidy } from './dom-text';
import { LIMITS } from './limits';
import { countsIn } from './parse';
import { languageTag, webUrl } from './read';
import * as T from './trustpilot-selectors';
import { userIdOf, userUrl } from './trustpilot-urls';

/** The first match of the best alternative that matches at all. */
export function first(root: Element, alternatives: readonly string[]): Element | null {
  for (const selector of alternatives) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * The reviewer. Handle: the consumer's profile id from their /users/<id> link (stable, one
 * per person), else their name as shown (a card without the link: names are not unique).
 */
export function readAuthor(card: Element): Author | null {
  const nameBox = first(card, T.NAME);
  const name = nameBox ? oneLine(inlineText(nameBox)) : '';
  let id: string | null = null;
  for (const link of card.querySelectorAll(T.any(T.USER_LINK))) {
    id ??= userIdOf(link.getAttribute('href'));
  }
  const handle = (id ?? name).slice(0, 100);
  if (!handle) return null;
  return {
    handle,
    name: clip(name, LIMITS.name),
    profileUrl: id ? userUrl(id) : null,
    avatarUrl: webUrl(first(card, T.AVATAR)?.getAttribute('src'), { httpsOnly: true }),
    followers: null,
    // Trustpilot verifies reviews (an invited buyer), not people.
    verified: false,
  };
}

const isStars = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5;

/**
 * Stars in an alt text: of "4 … 5" (or "5 … 4") the number that is not the scale's 5;
 * "5 … 5" is five; a lone number is itself.
 */
export function starsInText(text: string): number | null {
  const numbers = countsIn(text).filter(isStars);
  if (numbers.length === 1) return numbers[0] ?? null;
  if (numbers.length !== 2) return null;
  return numbers.find((n) => n !== 5) ?? 5;
}

/** The rating: the attribute's value, else the star picture's alt, else its file name. */
export function ratingOf(card: Element): number | null {
  const value = Number(first(card, T.RATING)?.getAttribute('data-service-review-rating') ?? '');
  if (isStars(value)) return value;
  const img = first(card, T.RATING_IMG);
  const fromAlt = starsInText(img?.getAttribute('alt') ?? '');
  if (fromAlt !== null) return fromAlt;
  const fromFile = Number(/\/stars-(\d)(?:[.-]|$)/.exec(img?.getAttribute('src') ?? '')?.[1]);
  return isStars(fromFile) ? fromFile : null;
}

export interface Words {
  text: string;
  title: string | null;
  truncated: boolean;
  language: string | null;
}

const ELLIPSIS_END = /(\u2026|\.\.\.)$/;

/** Title and text; cut when the text ends in an ellipsis or a "See more" control is shown. */
export function readWords(card: Element): Words {
  const textBox = first(card, T.TEXT);
  const titleBox = first(card, T.TITLE);
  const title = titleBox ? clip(oneLine(inlineText(titleBox)), LIMITS.title) || null : null;
  const body = textBox ? tidy(inlineText(textBox, { skip: 'button' })) : '';
  const more = Array.from(card.querySelectorAll('button, a, [role="button"]')).some((control) =>
    T.SEE_MORE_LABELS.includes(oneLine(control.textContent ?? '')),
  );
  const lang = textBox?.closest('[lang]');
  const code = lang && card.contains(lang) ? lang.getAttribute('lang') : null;
  return {
    // A review without words under its title (Trustpilot allows it) is its title.
    text: clip(body || title || '', LIMITS.text),
    title,
    truncated: more || ELLIPSIS_END.test(body),
    language: languageTag(code),
  };
}
