/**
 * Text as the listening code compares it (issue 11): watch-list terms and post text go
 * through the same fold, so "ACMÉ", "Acme" and "acme" are one word.
 *
 * - Only the start of a post is read: a 1 MB paste must cost what 10,000 characters cost.
 * - NFKC first, so full-width "ＡＣＭＥ", ligatures ("ﬁ") and styled letters ("𝐀𝐜𝐦𝐞", as
 *   spammers write to dodge filters) become plain letters.
 * - Invisible characters (zero-width space and joiners, soft hyphen, bidi controls) go:
 *   "ac\u200Bme" must match "acme", and copied RTL text carries marks between letters.
 * - Case fold by upper then lower case: "ß" → "ss", final "ς" → "σ" (toLowerCase alone
 *   keeps them apart from "SS" and "Σ").
 * - Latin, Greek and Cyrillic accents go (the combining diacritics block only): people
 *   drop accents when they type a brand ("Nestle", "#cafe"), and a missed mention costs
 *   more than "ano" meeting "año". Marks that carry the letter in other scripts (Devanagari
 *   vowel signs, Arabic harakat) are kept, since removing them would merge different words.
 * - Typographic apostrophes become "'" (phones type "’"); runs of white space become one space.
 */
export const MAX_SCANNED_CHARS = 10_000;

const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const COMBINING_DIACRITICS = /[\u0300-\u036F]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/g;
const SPACES = /\s+/gu;

/** The first MAX_SCANNED_CHARS of a text, never ending in half a surrogate pair. */
export function capText(text: string, max = MAX_SCANNED_CHARS): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * `keepLines`: line breaks stay (as "\n"), for readers of sentences; else all space is one.
 * `max`: how much of the text is read (a routing rule reads all a stored case holds).
 */
export function foldText(
  text: string,
  { keepLines = false, max = MAX_SCANNED_CHARS } = {},
): string {
  const folded = capText(text, max)
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_DIACRITICS, '')
    .normalize('NFC')
    .replace(APOSTROPHES, "'");
  const spaced = keepLines
    ? folded.replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n')
    : folded.replace(SPACES, ' ');
  return spaced.trim();
}
