import { deu, eng, fra, ita, nld, por, removeStopwords, spa } from 'stopword';

/**
 * Topics of a post: its hashtags, and the words and word pairs that carry meaning once
 * the language's filler words (the stopword library's lists) and handles, links and
 * numbers are gone. "Login error since the update #AcmeDown" → #acmedown, login, error,
 * update, "login error".
 */
const STOPWORDS = [...eng, ...deu, ...fra, ...spa, ...ita, ...nld, ...por];
// Words every support post has: they say nothing about what is wrong.
const SUPPORT_FILLER = [
  'please',
  'help',
  'thanks',
  'thank',
  'anyone',
  'someone',
  'today',
  'still',
  'again',
  'just',
  'really',
  'going',
];
const MIN_WORD = 3;
const MAX_TOPICS = 20;

const clean = (text: string) =>
  text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/@\w+/g, ' ');

const MAX_WORD = 40;
const WORD_SPLIT = /[^\p{L}\p{N}'’-]+/u;
// Pairs stay inside one phrase: "iPhone, payment" is two topics, not one.
const PHRASE_SPLIT = /[.,;:!?()[\]{}"“”\n]+/;

const trimWord = (w: string) => w.replace(/^['’-]+|['’-]+$/g, '');
const isWord = (w: string) => w.length >= MIN_WORD && w.length <= MAX_WORD && !/^\d+$/.test(w);

export function topicsOf(text: string): string[] {
  const lowered = clean(text);
  const hashtags = [...lowered.matchAll(/#([\p{L}\p{N}_]{2,50})/gu)].map((m) => `#${m[1]}`);
  const phrases = lowered
    .replace(/#[\p{L}\p{N}_]+/gu, ' ')
    .split(PHRASE_SPLIT)
    .map((phrase) => phrase.split(WORD_SPLIT).map(trimWord).filter(Boolean));
  const words = phrases.flat().filter(isWord);
  const kept = new Set(removeStopwords(words, [...STOPWORDS, ...SUPPORT_FILLER]));
  // Pairs of meaningful words that stood side by side in the post ("login error"), so a
  // search for the pair finds the posts it came from.
  const pairs: string[] = [];
  for (const tokens of phrases) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [a, b] = [tokens[i]!, tokens[i + 1]!];
      if (kept.has(a) && kept.has(b) && a !== b) pairs.push(`${a} ${b}`);
    }
  }
  return [...new Set([...hashtags, ...pairs, ...kept])].slice(0, MAX_TOPICS);
}

export interface DayCount {
  topic: string;
  count: number;
}

export interface HotTopic {
  topic: string;
  today: number;
  /** The usual day: the mean over the days before (0 when there is no history). */
  baseline: number;
  /** today − baseline, rounded: "+6 vs yesterday". */
  rise: number;
}

export interface HotTopicSettings {
  /** Fewest posts today for a topic to count as hot. */
  minToday: number;
  /** Fewest more than usual. */
  minRise: number;
  limit: number;
}

export const DEFAULT_HOT_TOPIC_SETTINGS: HotTopicSettings = { minToday: 3, minRise: 2, limit: 8 };

/**
 * The topics rising today against the days before, most risen first. A pair ("login
 * error") hides its single words when they rise no more than the pair does, so one
 * complaint does not fill the list three times.
 */
export function hotTopics(
  today: readonly DayCount[],
  previousDays: readonly (readonly DayCount[])[],
  settings: HotTopicSettings = DEFAULT_HOT_TOPIC_SETTINGS,
): HotTopic[] {
  const days = Math.max(1, previousDays.length);
  const before = new Map<string, number>();
  for (const day of previousDays) {
    for (const { topic, count } of day) before.set(topic, (before.get(topic) ?? 0) + count);
  }
  const rising = today
    .map(({ topic, count }) => {
      const baseline = (before.get(topic) ?? 0) / days;
      return { topic, today: count, baseline, rise: Math.round(count - baseline) };
    })
    .filter((t) => t.today >= settings.minToday && t.rise >= settings.minRise)
    .sort((a, b) => b.rise - a.rise || b.today - a.today || a.topic.localeCompare(b.topic));
  const pairs = rising.filter((t) => t.topic.includes(' '));
  const covered = (t: HotTopic) =>
    !t.topic.includes(' ') &&
    pairs.some((p) => p.topic.split(' ').includes(t.topic) && t.today <= p.today + 1);
  return rising.filter((t) => !covered(t)).slice(0, settings.limit);
}

/** "login error ×8, +6 vs yesterday". */
export const hotTopicLabel = (t: HotTopic, comparedTo = 'yesterday') =>
  `${t.topic} ×${t.today}, ${t.rise >= 0 ? '+' : ''}${t.rise} vs ${comparedTo}`;
