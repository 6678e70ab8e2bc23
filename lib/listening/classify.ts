import { afinnOf } from '../cases/sentiment';
import * as cues from './cues';
import { foldText } from './fold';
import { compileTerms } from './term-pattern';

/**
 * What a post asks of the desk (issue 11): a question or a complaint needs an answer,
 * praise is offered as a testimonial, anything else is left alone. Rules over folded text
 * (cues.ts) plus AFINN's word scores (the analyzer of lib/cases/sentiment.ts), each rule
 * leaving a reason the agent reads. Tuned on the dev part of the hand-labelled corpus in
 * test/fixtures/listening/. Free of zod (settings are checked by classify-settings.ts), so
 * it can run wherever posts are read.
 */
export type PostLabel = 'question' | 'complaint' | 'praise' | 'other';

export interface Classification {
  label: PostLabel;
  needsAnswer: boolean;
  /** Higher first, among posts that need an answer; 0 for the others. */
  priority: number;
  /** Short, for agents: "asks a question: ends with '?'", "negative words: broken, refund". */
  reasons: string[];
}

export interface ClassifySettings {
  /** Least score for each label; a cue counts 2, a word AFINN scores counts a third of it. */
  questionThreshold: number;
  complaintThreshold: number;
  praiseThreshold: number;
  /** The team's own words, counted like the built-in cues ("chargeback", "dead pixel"). */
  extraQuestionWords: readonly string[];
  extraComplaintWords: readonly string[];
  extraPraiseWords: readonly string[];
  /** The brand's own handles, with or without "@". */
  brandHandles: readonly string[];
  /** Whether a post that only mentions a brand handle ("@acme") needs an answer too. */
  brandMentionNeedsAnswer: boolean;
}

export const DEFAULT_CLASSIFY_SETTINGS: ClassifySettings = Object.freeze({
  questionThreshold: 2,
  complaintThreshold: 2,
  praiseThreshold: 2,
  extraQuestionWords: [],
  extraComplaintWords: [],
  extraPraiseWords: [],
  brandHandles: [],
  brandMentionNeedsAnswer: false,
});

const CUE = 2;
const AFINN_SHARE = 3;
/** "How?!", "Really?": too short to be a question to answer. */
const MIN_QUESTION_WORDS = 3;
const MAX_QUOTED = 4;
// A "?" followed by a letter, digit or ":" is a link's query or code ("?id=3", "(?:"), not a
// question; "¿" opens one in Spanish.
const QUESTION_MARK = /¿|[?？](?![\p{L}\p{N}:=&])/u;

interface Compiled {
  settings: ClassifySettings;
  extraQuestion: RegExp | null;
  extraComplaint: RegExp | null;
  extraPraise: RegExp | null;
  brandMention: RegExp | null;
}

const compiledBySettings = new WeakMap<ClassifySettings, Compiled>();

function compile(settings: ClassifySettings): Compiled {
  let compiled = compiledBySettings.get(settings);
  if (!compiled) {
    const terms = (words: readonly string[]) => compileTerms(words.map((w) => foldText(w)));
    compiled = {
      settings,
      extraQuestion: terms(settings.extraQuestionWords),
      extraComplaint: terms(settings.extraComplaintWords),
      extraPraise: terms(settings.extraPraiseWords),
      brandMention: terms(settings.brandHandles.map((h) => `@${h.trim().replace(/^@+/, '')}`)),
    };
    compiledBySettings.set(settings, compiled);
  }
  return compiled;
}

interface Hit {
  text: string;
  start: number;
  end: number;
}

function hits(pattern: RegExp | null, text: string): Hit[] {
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => ({
    text: m[0].trim(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const distinct = (list: readonly Hit[]) => [...new Set(list.map((h) => h.text))];
const quote = (list: readonly Hit[]) => distinct(list).slice(0, MAX_QUOTED).join(', ');

/** Blanks out spans already read ("no complaints"), so their words are not read again. */
function mask(text: string, spans: readonly Hit[]): string {
  let masked = text;
  for (const { start, end } of spans) {
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  }
  return masked;
}

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?…])\s+|\n+|\s[—–-]\s|(?<=\p{L}):\s/u)
    .map((s) => s.trim())
    .filter(Boolean);

interface QuestionReading {
  score: number;
  reasons: string[];
  /** Why a question to people, not to the brand, was set aside. */
  chatter: string | null;
}

function readQuestion(text: string, c: Compiled): QuestionReading {
  const reasons: string[] = [];
  let score = 0;
  const sentences = sentencesOf(text);
  const asking = sentences.filter(
    (s) => QUESTION_MARK.test(s) && s.split(/\s+/).length >= MIN_QUESTION_WORDS,
  );
  if (asking.length > 0) {
    score += CUE;
    const endsWithMark = /[?¿？][^\p{L}\p{N}]*$/u.test(text.replace(/(?:\s*[@#][\w.]+)+\s*$/u, ''));
    reasons.push(endsWithMark ? "asks a question: ends with '?'" : "asks a question: '?'");
  }
  const openers = sentences
    .map((s) => s.replace(cues.SENTENCE_LEAD, ''))
    .filter((s) => !cues.EXCLAMATION_OPENER.test(s))
    .map((s) => cues.QUESTION_ORDER.exec(s)?.[0].split(' ')[0])
    .filter((word): word is string => word !== undefined);
  if (openers.length > 0) {
    score += CUE;
    reasons.push(`opens like a question: '${openers[0]}'`);
  }
  const requests = [...hits(cues.REQUESTS, text), ...hits(c.extraQuestion, text)];
  if (requests.length > 0) {
    score += CUE * Math.min(2, distinct(requests).length);
    reasons.push(`asks for help: ${quote(requests)}`);
  }
  const chatter = hits(cues.CHATTER, text);
  if (chatter.length > 0 && requests.length === 0) {
    // "Who else is watching the showcase tonight?" asks people, not the brand.
    return { score: 0, reasons: [], chatter: `chat among people: ${quote(chatter)}` };
  }
  return { score, reasons, chatter: null };
}

interface FeelingReading {
  complaint: number;
  praise: number;
  reasons: { complaint: string[]; praise: string[] };
  strongWords: string[];
  repeats: Hit[];
}

function readFeeling(text: string, c: Compiled): FeelingReading {
  const complaintReasons: string[] = [];
  const praiseReasons: string[] = [];
  const praiseHits: Hit[] = [];
  const negatedPraise: Hit[] = [];
  for (const hit of [...hits(cues.PRAISE, text), ...hits(c.extraPraise, text)]) {
    const before = text.slice(Math.max(0, hit.start - 30), hit.start);
    (cues.NEGATED_BEFORE.test(before) ? negatedPraise : praiseHits).push(hit);
  }
  const rest = mask(text, [...praiseHits, ...negatedPraise]);
  const problems = [...hits(cues.PROBLEMS, rest), ...hits(c.extraComplaint, rest)];
  const displeasure = hits(cues.DISPLEASURE, rest);
  const repeats = hits(cues.REPEATS, rest);
  const sarcasm = hits(cues.SARCASM, text);
  const resolved = hits(cues.RESOLVED, text);
  const emoji = text.match(cues.PRAISE_EMOJI) ?? [];
  const anger = text.match(cues.ANGER_EMOJI) ?? [];

  // AFINN's words that no cue has read already ("not happy" arrives as happy −3).
  const cueText = [...praiseHits, ...negatedPraise, ...problems, ...displeasure]
    .map((h) => h.text)
    .join(' ');
  const afinn = afinnOf(text).words.filter((w) => !cueText.includes(w.word));
  const negative = afinn.filter((w) => w.score < 0);
  const positive = afinn.filter((w) => w.score > 0);
  const sum = (ws: typeof afinn) => ws.reduce((total, w) => total + Math.abs(w.score), 0);

  // One emoji says as much as one word; more of them say a little more.
  const emojiScore = (found: readonly string[]) => (found.length > 0 ? CUE + found.length - 1 : 0);
  const hearts = emojiScore(emoji);
  let complaint =
    CUE * (distinct(problems).length + distinct(displeasure).length + negatedPraise.length) +
    emojiScore(anger) +
    (repeats.length > 0 ? 1 : 0) +
    sum(negative) / AFINN_SHARE;
  let praise = CUE * distinct(praiseHits).length + hearts + sum(positive) / AFINN_SHARE;

  if (resolved.length > 0 && displeasure.length === 0 && negatedPraise.length === 0) {
    // "Thanks for the quick fix on my router", "sorted my roaming in 5 minutes": the
    // problem is over, and putting it right is what the post praises.
    complaint = 0;
    praise += CUE;
    praiseReasons.push(`problem solved: ${quote(resolved)}`);
  }
  const ironic = problems.length > 0 && (sarcasm.length > 0 || (repeats.length > 0 && praise > 0));
  if (ironic && resolved.length === 0) {
    // "great, another outage", "Oh great, it crashed again. Fantastic.": praise words
    // (and 👏, "wow") beside a problem that keeps happening are irony.
    complaint += CUE + praise;
    praise = 0;
    const praiseOutside = praiseHits.filter((p) => !sarcasm.some((h) => h.text.includes(p.text)));
    complaintReasons.push(`sarcasm: ${quote([...praiseOutside, ...sarcasm])}`);
  }
  if (problems.length > 0) complaintReasons.push(`problem: ${quote(problems)}`);
  if (displeasure.length > 0 || negatedPraise.length > 0 || anger.length > 0) {
    const angry = [...new Set(anger)].map((e) => ({ text: e, start: 0, end: 0 }));
    complaintReasons.push(`displeased: ${quote([...displeasure, ...negatedPraise, ...angry])}`);
  }
  if (negative.length > 0) {
    complaintReasons.push(`negative words: ${negative.map((w) => w.word).join(', ')}`);
  }
  if (repeats.length > 0) complaintReasons.push(`again: ${quote(repeats)}`);
  if (praiseHits.length > 0 || positive.length > 0 || emoji.length > 0) {
    const words = [...distinct(praiseHits), ...positive.map((w) => w.word), ...new Set(emoji)];
    praiseReasons.unshift(`praise: ${[...new Set(words)].slice(0, MAX_QUOTED).join(', ')}`);
  }
  const strongWords = [
    ...distinct(displeasure),
    ...negative.filter((w) => w.score <= -3).map((w) => w.word),
  ];
  return {
    complaint,
    praise,
    reasons: { complaint: complaintReasons, praise: praiseReasons },
    strongWords,
    repeats,
  };
}

/** Priority among posts that need an answer: money, outages and access first (issue 11). */
function prioritise(label: PostLabel, text: string, feeling: FeelingReading) {
  const reasons: string[] = [];
  let priority = label === 'complaint' ? 2 : 1;
  for (const { name, pattern } of cues.SEVERITY) {
    const found = hits(pattern, text);
    if (found.length > 0) {
      priority += 2;
      reasons.push(`${name}: ${quote(found)}`);
    }
  }
  if (feeling.strongWords.length > 0) {
    priority += Math.min(2, feeling.strongWords.length);
    reasons.push(
      `strong words: ${[...new Set(feeling.strongWords)].slice(0, MAX_QUOTED).join(', ')}`,
    );
  }
  const urgent = hits(cues.URGENCY, text);
  if (urgent.length > 0) {
    priority += 1;
    reasons.push(`urgent: ${quote(urgent)}`);
  }
  if (feeling.repeats.length > 0) priority += 1;
  return { priority, reasons };
}

const OTHER: Classification = Object.freeze({
  label: 'other',
  needsAnswer: false,
  priority: 0,
  reasons: [],
});

export function classifyPost(
  rawText: string,
  settings: ClassifySettings = DEFAULT_CLASSIFY_SETTINGS,
): Classification {
  const c = compile(settings);
  const text = foldText(rawText, { keepLines: true });
  if (!text) return OTHER;

  const promotion = hits(cues.PROMOTION, text);
  if (promotion.length > 0) {
    return { ...OTHER, reasons: [`ad or spam: ${quote(promotion)}`] };
  }
  const question = readQuestion(text, c);
  const feeling = readFeeling(text, c);
  const news = hits(cues.NEWS, text);
  if (
    news.length > 0 &&
    question.score === 0 &&
    feeling.complaint < 2 * settings.complaintThreshold
  ) {
    return { ...OTHER, reasons: [`news: ${quote(news)}`] };
  }

  let label: PostLabel = 'other';
  if (feeling.complaint >= settings.complaintThreshold && feeling.complaint >= feeling.praise) {
    label = 'complaint';
  } else if (question.score >= settings.questionThreshold) {
    label = 'question';
  } else if (feeling.praise >= settings.praiseThreshold) {
    label = 'praise';
  } else if (feeling.complaint >= settings.complaintThreshold) {
    label = 'complaint';
  }

  if (label === 'praise') {
    return { label, needsAnswer: false, priority: 0, reasons: feeling.reasons.praise };
  }
  if (label === 'other') {
    const mention = hits(c.brandMention, text);
    if (settings.brandMentionNeedsAnswer && mention.length > 0) {
      return { label, needsAnswer: true, priority: 0, reasons: [`mentions ${quote(mention)}`] };
    }
    return { ...OTHER, reasons: question.chatter ? [question.chatter] : question.reasons };
  }
  const reasons =
    label === 'complaint'
      ? [...feeling.reasons.complaint, ...question.reasons]
      : [...question.reasons, ...feeling.reasons.complaint];
  const { priority, reasons: why } = prioritise(label, text, feeling);
  return { label, needsAnswer: true, priority, reasons: [...reasons, ...why] };
}
