/**
 * Tiny readers every site adapter shares: selector lists joined once, a lang attribute
 * worth storing, a URL worth storing. Pure; no zod, no Dexie (content script).
 */
import { LIMITS } from './limits';

/** Alternatives of one selector, best first (each site's <site>-selectors.ts lists them). */
export type Alternatives = readonly string[];

const joined = new WeakMap<Alternatives, string>();

/**
 * Joins alternatives into one selector list (matches come back in document order). Kept
 * per list: it runs for every post of every mutation batch.
 */
export function any(alternatives: Alternatives): string {
  let selector = joined.get(alternatives);
  if (selector === undefined) {
    selector = alternatives.join(', ');
    joined.set(alternatives, selector);
  }
  return selector;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** A lang attribute worth storing: trimmed, a BCP 47 shape within the limit; else null. */
export function languageTag(value: string | null | undefined): string | null {
  const tag = value?.trim() ?? '';
  return LANGUAGE_TAG.test(tag) && tag.length <= LIMITS.language ? tag : null;
}

const WEB_URL = /^https?:\/\/\S+$/i;
const HTTPS_URL = /^https:\/\/\S+$/i;

/**
 * An image or link address worth storing: http(s) (https only with `httpsOnly`), no
 * whitespace, within the URL limit; else null (javascript:, data:, relative, garbage).
 */
export function webUrl(
  value: string | null | undefined,
  options: { httpsOnly?: boolean } = {},
): string | null {
  if (!value || value.length > LIMITS.url) return null;
  return (options.httpsOnly ? HTTPS_URL : WEB_URL).test(value) ? value : null;
}

/** Counts a page does not show: each unknown (the data model's own, without zod). */
export { unknownMetrics } from '../db/constants';
