import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Schedule } from '../cases/business-time';
import { dueFor, offsetMinutes, safeZone, type DueContext, type TimeCue } from './due-time';
import { normaliseForPromises, originalRange, type MappedText } from './normalise';
import { CUE_LANGUAGES, type CueLanguage, type PromiseLanguage } from './promise-cues';

/**
 * Promise detection (issue 5, point 1): the follow-ups an agent commits to in a reply, each
 * with the moment it falls due. Pure: the same text, moment and settings give the same list.
 *
 * What counts, and why:
 * - A commitment by the writer (the agent): "we'll", "I will", "let me", "our team will",
 *   "expect a reply", "you'll hear from us", "we aim to", a terse "Will DM you"… per language
 *   in promise-cues.ts. One promise per commitment; a commitment without time words that is
 *   joined to the next one in its sentence ("let me check and I'll reply in an hour") is one
 *   promise with the next one's time.
 * - Not: questions, refusals ("we will not", "we won't"), habits and slogans ("we will
 *   always"), words that promise no act ("I'll be honest", "we'll need a photo"), someone
 *   else's words ("you said we'll…", quoted text, "> " lines), and the past ("we said we'd").
 * - A promise that waits on the customer ("if you DM us we'll look into it") IS a promise,
 *   marked `conditional`: a lead who was burned wants it followed up either way (remind the
 *   agent to check whether the customer answered), and the UI can say so.
 * - Time words are read in the commitment's own clause (then, for the first commitment of a
 *   sentence, in the words before it): spans ("within 24 hours", counted in working time
 *   when business hours apply), dates and times by chrono-node ("by Friday", "tomorrow
 *   morning"), and the vague words of due-time.ts (shortly 2 h, asap 4 h, soon 24 h, EOD…).
 *   No time words, or time words already past: the default window.
 * - Only the first MAX_SCANNED_CHARS (5,000) characters are read, and never more than
 *   MAX_PROMISES are returned; invisible and bidirectional control characters are dropped.
 */
export interface PromiseSettings {
  /** Window for a promise without time words (default 24 h). */
  defaultWindowMinutes?: number;
  /** The desk's IANA zone; defaults to the business hours' zone, else UTC. */
  timeZone?: string;
  /** "HH:MM" that EOD, "today" and a bare day ("by Friday") mean (default 17:00). */
  endOfDay?: string;
  /** Working hours, e.g. the schedule of the case's SLA policy. */
  businessHours?: Schedule;
  /** Count spans in working time and move due times into opening hours. */
  useBusinessHours?: boolean;
}

export interface FoundPromise {
  /** The words that made the promise, as the agent wrote them. */
  phrase: string;
  dueAt: Date;
  /** The time words that set the due time, as written; null when the default window applied. */
  cue: string | null;
  /** Offsets of the phrase in the original text. */
  start: number;
  end: number;
  /** No usable time words: due after the default window. */
  defaulted: boolean;
  /** The agent acts once the customer has ("if you DM us, we'll…"). */
  conditional: boolean;
  language: PromiseLanguage;
}

export const DEFAULT_PROMISE_WINDOW_MINUTES = 24 * 60;
export const DEFAULT_END_OF_DAY = '17:00';
export const MAX_PROMISES = 20;
const MAX_PHRASE_CHARS = 240;
const MAX_COMMITMENTS = 4 * MAX_PROMISES;
const MAX_CLAUSE_CHARS = 300;

interface Commitment {
  index: number;
  end: number;
  language: CueLanguage;
  /** An act joined to an earlier commitment ("…today and send a replacement by Friday"). */
  continuation: boolean;
}

interface FoundCue {
  cue: TimeCue;
  start: number;
  end: number;
  vague: boolean;
}

interface Draft {
  start: number;
  end: number;
  language: CueLanguage;
  cue: FoundCue | null;
  conditional: boolean;
  continuation: boolean;
  /** Its act only prepares the next one ("let me check…"): one promise with the next. */
  preliminary: boolean;
}

/**
 * The promises in `text`, sorted by position; an empty list when there is none. Never
 * throws: it runs while an agent sends a reply, and nothing here may stop that.
 */
export function findPromises(
  text: string,
  now: Date,
  settings: PromiseSettings = {},
): FoundPromise[] {
  try {
    if (typeof text !== 'string' || !Number.isFinite(now.getTime())) return [];
    return detect(text, now.getTime(), settings);
  } catch {
    return [];
  }
}

function detect(raw: string, now: number, settings: PromiseSettings): FoundPromise[] {
  const source = normaliseForPromises(raw);
  const business = settings.useBusinessHours ? (settings.businessHours ?? null) : null;
  const zoneOfHours =
    settings.businessHours?.kind === 'working-hours'
      ? settings.businessHours.hours.timeZone
      : undefined;
  const ctx: DueContext = {
    timeZone: safeZone(settings.timeZone ?? zoneOfHours),
    endOfDay: /^\d{2}:\d{2}$/.test(settings.endOfDay ?? '')
      ? (settings.endOfDay as string)
      : DEFAULT_END_OF_DAY,
    businessHours: business,
  };
  const window =
    settings.defaultWindowMinutes !== undefined && settings.defaultWindowMinutes > 0
      ? settings.defaultWindowMinutes
      : DEFAULT_PROMISE_WINDOW_MINUTES;

  const drafts: Draft[] = [];
  for (const [from, to] of sentences(source.text)) {
    drafts.push(...promisesInSentence(source.text.slice(from, to), from, now, ctx));
    if (drafts.length >= MAX_PROMISES) break;
  }
  return drafts.slice(0, MAX_PROMISES).map((draft) => {
    let due = draft.cue ? dueFor(draft.cue.cue, now, window, ctx) : NaN;
    const usable = Number.isFinite(due) && due > now;
    if (!usable) due = dueFor(null, now, window, ctx);
    return {
      ...phraseOf(raw, source, draft),
      dueAt: new Date(due),
      cue: usable && draft.cue ? sliceOriginal(raw, source, draft.cue.start, draft.cue.end) : null,
      defaulted: !usable,
      conditional: draft.conditional,
      language: draft.language.id,
    };
  });
}

// ----- sentences -------------------------------------------------------------------------

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'eg',
  'ie',
  'etc',
  'approx',
  'no',
  'vs',
  'ca',
  'bzw',
  'zb',
  'nr',
]);

/** Sentence ranges: a stop, question or exclamation mark before a space, or a line break. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?…]+(?=[\s"'”’)\]]|$)|\n/g)) {
    const end = m.index + m[0].length;
    if (m[0] === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[1] ?? '';
      const bare = word.replace(/\./g, '').toLowerCase();
      if (bare.length === 1 || ABBREVIATIONS.has(bare)) continue;
    }
    if (end > start) out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

function isQuestion(sentence: string): boolean {
  if (sentence.replace(/[^\p{L}\p{N}?]+$/u, '').endsWith('?')) return true;
  return CUE_LANGUAGES.some((language) => language.questionStart.test(sentence));
}

// ----- commitments -----------------------------------------------------------------------

function commitmentsIn(sentence: string): Commitment[] {
  const found: Commitment[] = [];
  for (const language of CUE_LANGUAGES) {
    for (const m of sentence.matchAll(language.commitment)) {
      found.push({ index: m.index, end: m.index + m[0].length, language, continuation: false });
    }
  }
  const first = Math.min(...found.map((c) => c.index));
  for (const language of CUE_LANGUAGES) {
    if (!language.continuation || !found.some((c) => c.language === language)) continue;
    for (const m of sentence.matchAll(language.continuation)) {
      if (m.index > first) {
        found.push({ index: m.index, end: m.index + m[0].length, language, continuation: true });
      }
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  // Overlapping matches are one commitment: the first. A sentence of a thousand "we'll"s is
  // not a thousand promises: past MAX_COMMITMENTS the rest belongs to the last clause.
  return found
    .filter((c, i) => i === 0 || c.index >= (found[i - 1]?.end ?? 0))
    .slice(0, MAX_COMMITMENTS);
}

/** Whether a commitment is really the writer promising an act. */
function isPromise(sentence: string, c: Commitment, clauseEnd: number): boolean {
  const { language } = c;
  const before = sentence.slice(Math.max(0, c.index - 60), c.index);
  if (language.reported.test(before)) return false;
  if (
    language.notAnAct.test(sentence.slice(c.end, c.end + 40)) &&
    !language.rescue?.test(sentence.slice(c.end, clauseEnd))
  ) {
    return false;
  }
  const clause = sentence.slice(c.index, clauseEnd);
  if (
    language.policy?.test(clause) ||
    language.hypothetical?.test(sentence.slice(Math.max(0, c.index - 160), c.index))
  ) {
    return false;
  }
  return !language.refusal?.test(clause);
}

function promisesInSentence(
  sentence: string,
  offset: number,
  now: number,
  ctx: DueContext,
): Draft[] {
  if (isQuestion(sentence)) return [];
  const commitments = commitmentsIn(sentence);
  const drafts: Draft[] = [];
  commitments.forEach((c, i) => {
    const clauseEnd = commitments[i + 1]?.index ?? sentence.length;
    if (!isPromise(sentence, c, clauseEnd)) return;
    // Time words stand near their promise; the date parser's time grows with the text it
    // reads, so a clause is read only so far (a hostile run-on sentence stays cheap).
    const clause = sentence.slice(c.index, Math.min(clauseEnd, c.index + MAX_CLAUSE_CHARS));
    let cue = findCue(clause, c.index, c.language, now, ctx);
    // "Tomorrow we'll call you": time words before the first commitment of a sentence.
    if (!cue && drafts.length === 0) {
      const from = Math.max(0, c.index - MAX_CLAUSE_CHARS);
      cue = findCue(sentence.slice(from, c.index), from, c.language, now, ctx);
    }
    drafts.push({
      start: c.index,
      end: clauseEnd,
      language: c.language,
      cue,
      conditional: c.language.customerCondition.test(sentence.slice(0, c.index)),
      continuation: c.continuation,
      preliminary:
        c.language.preliminary?.test(sentence.slice(c.end, c.end + 40)) ?? c.language.id !== 'en',
    });
  });
  // A commitment without time words joined to the next ("let me check and I'll reply in an
  // hour") is one promise with the next one's time; a joined act without time words of its
  // own ("…by 3 and let you know") belongs to the promise before it.
  const merged: Draft[] = [];
  for (const draft of drafts) {
    const previous = merged[merged.length - 1];
    if (previous && draft.continuation && !draft.cue) {
      previous.end = draft.end;
    } else if (previous && !previous.cue && (previous.preliminary || draft.continuation)) {
      previous.end = draft.end;
      previous.cue = draft.cue;
      previous.conditional ||= draft.conditional;
    } else merged.push({ ...draft });
  }
  return merged.map((d) => ({
    ...d,
    start: d.start + offset,
    end: d.end + offset,
    cue: d.cue ? { ...d.cue, start: d.cue.start + offset, end: d.cue.end + offset } : null,
  }));
}

// ----- time words ------------------------------------------------------------------------

/** The time words of a clause, positions relative to the sentence (`offset` = clause start). */
function findCue(
  clause: string,
  offset: number,
  language: CueLanguage,
  now: number,
  ctx: DueContext,
): FoundCue | null {
  const found: FoundCue[] = [];
  const at = (index: number, length: number, cue: TimeCue, vague = false) =>
    found.push({ cue, start: offset + index, end: offset + index + length, vague });

  for (const m of clause.matchAll(language.duration)) {
    const amount = language.amount(m[2] ?? m[1] ?? '');
    const unit = language.unit(m[3] ?? '');
    if (amount && unit) at(m.index, m[0].length, { kind: 'duration', amount, unit });
  }
  for (const { pattern, cue } of language.named) {
    const vague = cue !== 'eod' && cue !== 'week-end' && cue !== 'next-week';
    for (const m of clause.matchAll(pattern)) {
      at(m.index, m[0].length, { kind: 'named', name: cue }, vague);
    }
  }
  const taken = found.map((f) => [f.start - offset, f.end - offset] as const);
  const results = language.parser.parse(
    clause,
    { instant: new Date(now), timezone: offsetMinutes(now, ctx.timeZone) },
    { forwardDate: true },
  );
  for (const result of results) {
    const end = result.index + result.text.length;
    if (taken.some(([a, b]) => result.index < b && end > a)) continue;
    const cue = chronoCue(result, clause, language, now, ctx);
    if (cue) at(result.index, result.text.length + cue.extra, cue.cue);
  }
  const day = language.dayOfMonth?.exec(clause);
  if (day) {
    const cue = dayOfMonthCue(Number(day[1]), now, ctx);
    if (cue) at(day.index, day[0].length, cue);
  }
  // "end of day tomorrow", "EOD Friday": the day's date with the end-of-day hour (which a
  // bare date from chronoCue already has), not today's end of day.
  const dated = found.filter((f) => f.cue.kind === 'wall');
  const alone = found.filter(
    (f) =>
      !(
        f.cue.kind === 'named' &&
        f.cue.name === 'eod' &&
        dated.some((d) => {
          const gap =
            d.start > f.end
              ? clause.slice(f.end - offset, d.start - offset)
              : clause.slice(d.end - offset, f.start - offset);
          return /^[\s,]*(?:on\s+)?$/i.test(gap) && (d.start >= f.end || d.end <= f.start);
        })
      ),
  );
  found.length = 0;
  found.push(...alone);
  const specific = found.filter((f) => !f.vague).sort((a, b) => a.start - b.start);
  const vague = found.filter((f) => f.vague).sort((a, b) => a.start - b.start);
  return specific[0] ?? vague[0] ?? null;
}

// "tomorrow between 9 and 11": chrono reads the day; the deadline is the end of the range.
const RANGE_END =
  /^\s*(?:between\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s+and|from\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s+(?:to|until|till|-))\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b/i;

function chronoCue(
  result: ParsedResult,
  clause: string,
  language: CueLanguage,
  now: number,
  ctx: DueContext,
): { cue: TimeCue; extra: number } | null {
  const end = result.index + result.text.length;
  // A match that stops inside a word ("fr" of "früh") or a bare number is not a time.
  if (/^\p{L}/u.test(clause.slice(end)) || /^\d+$/.test(result.text.trim())) return null;
  // "the charges from Monday": a day referred to, not a deadline.
  if (/\b(?:from|since|of|last)\s+(?:the\s+)?$/i.test(clause.slice(0, result.index))) return null;
  const parts: ParsedComponents = result.end ?? result.start;
  if (result.tags().has('casualReference/yesterday') || parts.date().getTime() < now - 60_000) {
    return null;
  }
  if (parts.isCertain('timezoneOffset'))
    return { cue: { kind: 'instant', at: parts.date().getTime() }, extra: 0 };
  const year = parts.get('year');
  const month = parts.get('month');
  const day = parts.get('day');
  if (year === null || month === null || day === null) return null;

  const range = result.end ? null : RANGE_END.exec(clause.slice(end));
  if (range) {
    const h = Number(range[1]);
    const meridiem = range[3]?.toLowerCase();
    // Without am/pm, a support desk's "between 9 and 5" ends in the afternoon.
    const hour = meridiem ? (h % 12) + (meridiem === 'pm' ? 12 : 0) : h < 8 ? h + 12 : h;
    return {
      cue: { kind: 'wall', year, month, day, hour, minute: Number(range[2] ?? 0) },
      extra: range[0].length,
    };
  }
  if (parts.isCertain('hour')) {
    const hour = parts.get('hour') ?? 0;
    return {
      cue: { kind: 'wall', year, month, day, hour, minute: parts.get('minute') ?? 0 },
      extra: 0,
    };
  }
  const near = clause.slice(Math.max(0, result.index - 16), end);
  const part = language.partOfDay.find((p) => p.pattern.test(near));
  const [eodHour = 17, eodMinute = 0] = ctx.endOfDay.split(':').map(Number);
  return {
    cue: {
      kind: 'wall',
      year,
      month,
      day,
      hour: part ? part.hour : eodHour,
      minute: part ? 0 : eodMinute,
    },
    extra: 0,
  };
}

/** The next such day of the month (this month while still ahead) at the end of the day. */
function dayOfMonthCue(day: number, now: number, ctx: DueContext): TimeCue | null {
  if (day < 1 || day > 31) return null;
  const local = new Date(now + offsetMinutes(now, ctx.timeZone) * 60_000);
  let year = local.getUTCFullYear();
  let month = local.getUTCMonth() + 1;
  if (day < local.getUTCDate()) {
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  // No 31st in that month: the promise means its last day.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const [hour = 17, minute = 0] = ctx.endOfDay.split(':').map(Number);
  return { kind: 'wall', year, month, day: Math.min(day, last), hour, minute };
}

// ----- output ----------------------------------------------------------------------------

function sliceOriginal(raw: string, source: MappedText, start: number, end: number): string {
  const [a, b] = originalRange(source, start, end);
  return raw.slice(a, b);
}

function phraseOf(
  raw: string,
  source: MappedText,
  draft: Draft,
): { phrase: string; start: number; end: number } {
  let end = draft.end;
  // Without the closing punctuation, spaces, emoji and connector ("… today and") of the clause.
  const tail = /(?:[\s\p{P}\p{S}\p{M}\u200d]|\s(?:and|then|so|but|und|dann))$/iu;
  for (let m = tail.exec(source.text.slice(draft.start, end)); m && end > draft.start;) {
    end -= m[0].length;
    m = tail.exec(source.text.slice(draft.start, end));
  }
  const [start, stop] = originalRange(source, draft.start, end);
  const words = raw.slice(start, stop);
  const phrase =
    words.length > MAX_PHRASE_CHARS ? `${words.slice(0, MAX_PHRASE_CHARS - 1)}…` : words;
  return { phrase, start, end: stop };
}
