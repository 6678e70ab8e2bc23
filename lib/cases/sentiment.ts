import Sentiment from 'sentiment';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

// AFINN word scores (the `sentiment` library, emoji included) miss the way customers
// complain ("I want a refund, not a chatbot" scores +1), so these cues count too.
const COMPLAINT_CUES: readonly RegExp[] = [
  /\b(never|still no|no answer|no reply|nobody|not working|doesn'?t work|isn'?t working|down|broken|outage|charged twice|again\?|worst|useless|ridiculous|unacceptable)\b/i,
  /\b(three|four|five|\d+) (days|weeks) (now|without)\b/i,
  /(\u{1F621}|\u{1F92C}|\u{1F620}|\u{1F644}|\u{1F624}|!!+)/u,
];

const analyzer = new Sentiment();
const MAX_SCORED_CHARS = 5_000;

export interface AfinnReading {
  score: number;
  /** Each scored word with its score, negation applied ("not happy": happy −3). */
  words: { word: string; score: number }[];
}

/**
 * AFINN's reading word by word, for callers that must say which words counted (the
 * listening classifier's reasons). One analyzer for the whole extension; never pass it
 * `extras`: the library merges them into its shared word list for every later call.
 */
export function afinnOf(text: string): AfinnReading {
  const { score, calculation } = analyzer.analyze(text.slice(0, MAX_SCORED_CHARS));
  const words = calculation.flatMap((entry) =>
    Object.entries(entry).map(([word, value]) => ({ word, score: value })),
  );
  return { score, words: words.reverse() };
}

/** How a post reads: AFINN's score plus complaint cues, as negative, neutral or positive. */
export function sentimentOf(text: string): { label: SentimentLabel; score: number } {
  const { score } = afinnOf(text);
  const cues = COMPLAINT_CUES.filter((cue) => cue.test(text)).length;
  const adjusted = score - 2 * cues;
  const label = adjusted < 0 ? 'negative' : adjusted > 1 ? 'positive' : 'neutral';
  return { label, score: adjusted };
}
