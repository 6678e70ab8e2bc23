/**
 * Text as the promise detector reads it, with a way back to the agent's own characters.
 *
 * Every step that changes the text keeps, for each character, the range of the original
 * it came from, so a found promise can point at the words the agent typed (issue 5: "the
 * words that made the promise") even after "w/in 2 hrs" was read as "within 2 hours".
 */
export interface MappedText {
  text: string;
  /** Original start offset of each character of `text`. */
  from: number[];
  /** Original end offset (exclusive) of each character of `text`. */
  to: number[];
}

/**
 * Only the start of a text is read: a reply that makes a promise makes it early, and a
 * pasted 1 MB log must not freeze the page the agent is typing in.
 */
export const MAX_SCANNED_CHARS = 5000;

export function mapped(text: string): MappedText {
  const from = Array.from({ length: text.length }, (_, i) => i);
  return { text, from, to: from.map((i) => i + 1) };
}

/** The original range behind characters [start, end) of the mapped text. */
export function originalRange(source: MappedText, start: number, end: number): [number, number] {
  if (end <= start) return [source.from[start] ?? 0, source.from[start] ?? 0];
  return [source.from[start] ?? 0, source.to[end - 1] ?? 0];
}

/**
 * Replaces each match of `pattern` (global) by what `replace` returns; the new characters
 * all point at the whole matched range of the original.
 */
export function rewrite(
  source: MappedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
): MappedText {
  const out: MappedText = { text: '', from: [], to: [] };
  const parts: string[] = [];
  let last = 0;
  const copy = (start: number, end: number) => {
    parts.push(source.text.slice(start, end));
    for (let i = start; i < end; i++) {
      out.from.push(source.from[i] ?? 0);
      out.to.push(source.to[i] ?? 0);
    }
  };
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source.text); m; m = pattern.exec(source.text)) {
    if (m[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    copy(last, m.index);
    const [start, end] = originalRange(source, m.index, m.index + m[0].length);
    const text = replace(m);
    parts.push(text);
    for (let i = 0; i < text.length; i++) {
      out.from.push(start);
      out.to.push(end);
    }
    last = m.index + m[0].length;
  }
  copy(last, source.text.length);
  out.text = parts.join('');
  return out;
}

// Invisible characters that hide words from a pattern: zero-width spaces and joiners,
// the BOM, soft hyphens and the bidirectional controls of right-to-left text.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+/g;

// Quoted words are someone else's (the customer quoting an agent, a quoted reply): blanked,
// not removed, so that offsets and sentence ends stay where they were.
const QUOTED_LINE = /^[ \t]*>.*$/gm;
const QUOTED_SPAN =
  /"[^"\n]{1,300}"|“[^”\n]{1,300}”|„[^“”\n]{1,300}[“”]|«[^»\n]{1,300}»|‘[^’\n]{1,300}’(?![\p{L}])|(?<=^|[\s([:])'(?=\p{L})(?:[^'\n]|'(?=\p{L})){1,300}'(?![\p{L}])/gmu;

const blank = (m: RegExpExecArray) => m[0].replace(/[^\n]/g, ' ');

/**
 * Lower-risk spellings of support shorthand, so the patterns and the date parser see words.
 * Each entry is [pattern, replacement]; the patterns are anchored on word edges.
 */
const SHORTHAND: readonly [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/\b24\s*\/\s*7\b/gi, 'around the clock'],
  [/\bw\/in\b/gi, 'within'],
  [/\b(within|in)\s+the\s+(?:next\s+)?hour\b/gi, (m) => `${m[1]} 1 hour`],
  [/\bw\/(?=\s|\p{L})/giu, 'with '],
  [/\b(\d+(?:\.\d+)?)\s*(?:hrs?|h)\b/gi, (m) => `${m[1]} hours`],
  [/\b(\d+)\s*mins?\b/gi, (m) => `${m[1]} minutes`],
  [
    /\b(?:tmrw|tmrow|tmr|tmw|2moro|2morrow|2mrw|tomoz|tomorow|tommorow|tommorrow|tomorro)\b/gi,
    'tomorrow',
  ],
  [/\b2day\b/gi, 'today'],
  [/\bshud\b/gi, 'should'],
  // "ill send it over", "Ill check": I'll, before an act (not "I'm ill").
  [
    /\b(?<!\b(?:am|be|been|feel|felt|was|is|are|got|fell|very|so|too)\s)[Ii]ll\b(?=\s+(?:send|look|check|get|call|dm|e-?mail|update|follow|reach|be|sort|fix|refund|have|make|ask|pass|chase|escalate|ring|reply|let|text|message|see|find|do|take|keep|try|arrange|book|confirm)\b)/g,
    "I'll",
  ],
  [/\bbiz\b/gi, 'business'],
  [/\b(\d+)\s*wks?\b/gi, (m) => `${m[1]} weeks`],
  [/\b(?:fridy|frday|firday|friady|fri-day)\b/gi, 'friday'],
  [/\b(?:thrusday|thursdy|thurday|thursay)\b/gi, 'thursday'],
  [/\b(?:wensday|wendsday|wednsday|wedensday|wednesay)\b/gi, 'wednesday'],
  [/\b(?:tuseday|tusday|teusday|tuesay)\b/gi, 'tuesday'],
  [/\b(?:mondy|monady|mnoday)\b/gi, 'monday'],
  // "tmrw am": the morning; "Fri pm": the afternoon.
  [
    /\b(tomorrow|today|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?)\s+([ap])m\b/gi,
    (m) => `${m[1]} ${m[2]!.toLowerCase() === 'a' ? 'morning' : 'afternoon'}`,
  ],
  // "back by 3": a desk's bare hour is in working hours (3 is 15:00, 11 is 11:00).
  [
    /\bby\s+(1[0-2]|[1-9])\b(?![:.]\d|\s*(?:[ap]\.?m\b|%|st\b|nd\b|rd\b|th\b|[/-])|\s+(?:days?|hours?|hrs?|weeks?|wks?|months?|business|working|mins?|minutes?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)/gi,
    (m) => `by ${m[1]}${Number(m[1]) <= 7 ? 'pm' : ':00'}`,
  ],
  [/\b2\s+(?=u\b)/gi, 'to '],
  [/\bu\b/gi, 'you'],
  [/\br\b(?=\s+(?:on|looking|working|checking|sorry|here))/gi, 'are'],
  [/\bur\b/gi, 'your'],
  [/(?<=\p{L}\s)n(?=\s\p{L})/gu, 'and'],
  [/\bgonna\b/gi, 'going to'],
  [/\b([ap])\.m\./gi, (m) => `${m[1]}m`],
  [/\bim\b(?=\s+going\b)/gi, "I'm"],
];

/** The first MAX_SCANNED_CHARS characters, cleaned up for matching. */
export function normaliseForPromises(raw: string): MappedText {
  let text = mapped(raw.slice(0, MAX_SCANNED_CHARS));
  text = rewrite(text, INVISIBLE, () => '');
  // Composed letters (a decomposed "u" + diaeresis is "ü"), one letter at a time so offsets hold.
  text = rewrite(text, /\p{L}\p{M}+/gu, (m) => m[0].normalize('NFC'));
  // A typographic apostrophe inside a word is an apostrophe (We’ll), not a quote.
  text = rewrite(text, /(?<=\p{L})[’‘`´](?=\p{L})/gu, () => "'");
  text = rewrite(text, QUOTED_LINE, blank);
  text = rewrite(text, QUOTED_SPAN, blank);
  for (const [pattern, replacement] of SHORTHAND) {
    text = rewrite(
      text,
      pattern,
      typeof replacement === 'string' ? () => replacement : replacement,
    );
  }
  return text;
}
