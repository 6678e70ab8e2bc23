/**
 * The customer's answer to "how did we do?" (issue 12, point 2): a rating on the desk's
 * scale (1 to 5, or good / neutral / bad), read from what the customer wrote or entered by
 * the agent. Pure: no database, no DOM, and light enough for the sidebar to read as the
 * agent types.
 */
import type { FeedbackRating, FeedbackScale, ThreePoint } from './rating-schema';

/** A rating on the 1-5 line, whatever its scale: good is 5, neutral 3, bad 1. */
export function scoreOf(rating: FeedbackRating): number {
  if (rating.scale === 'five') return rating.value;
  return rating.value === 'good' ? 5 : rating.value === 'neutral' ? 3 : 1;
}

/** Where the score falls: 4 and 5 are good, 3 neutral, 1 and 2 bad (as CSAT counts). */
export function bandOf(rating: FeedbackRating): ThreePoint {
  const score = scoreOf(rating);
  return score >= 4 ? 'good' : score === 3 ? 'neutral' : 'bad';
}

/** How a rating reads to a person: "5 of 5", "Good". */
export function ratingText(rating: FeedbackRating): string {
  if (rating.scale === 'five') return `${rating.value} of 5`;
  return rating.value[0]!.toUpperCase() + rating.value.slice(1);
}

/** On the desk's scale: a 1-5 score as the agent would have picked it. */
export function onScale(score: number, scale: FeedbackScale): FeedbackRating {
  if (scale === 'five') return { scale, value: Math.min(5, Math.max(1, Math.round(score))) };
  return { scale, value: score >= 4 ? 'good' : score === 3 ? 'neutral' : 'bad' };
}

export interface ReadRating {
  rating: FeedbackRating;
  /** What in the text gave it ("5/5", "five stars", "reads positive"). */
  why: string;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const STAR = /\u2B50|\u2605|\u{1F31F}/gu;
// "5/5", "4 out of 5", "rating: 4", "4 stars", "five stars", "10/10" (out of ten: halved).
const OUT_OF = /\b(10|[0-9](?:[.,]5)?)\s*(?:\/|out of|of)\s*(10|5)\b/i;
const STARS = /\b([1-5]|one|two|three|four|five)\s*(?:stars?|\u2605|\/5)/i;
const LONE_NUMBER = /^\W*([1-5])\W*$/;
const GOOD_WORDS =
  /\b(excellent|great|amazing|awesome|perfect|fantastic|brilliant|superb|love(?:d)?|thank(?:s| you)|helpful|sorted|fixed)\b/i;
const BAD_WORDS =
  /\b(terrible|awful|horrible|useless|worst|bad|poor|disappointed|disappointing|still (?:broken|not)|not (?:fixed|sorted|resolved|good|great|happy|helpful))\b/i;
const SO_SO = /\b(ok(?:ay)?|fine|alright|so[- ]so|meh|average)\b/i;
const NOT_BAD = /\bnot (?:too |that )?bad\b/i;

/**
 * Reads a rating from the customer's reply, when it holds one: a score first ("4/5",
 * "five stars", a lone "5", star emoji), else plain words ("not fixed" is bad, "okay" is
 * neutral, "amazing, thanks" is good). Null when nothing in it rates the help: the agent
 * then picks the rating. The result is a suggestion the agent confirms, never stored alone.
 */
export function readRating(text: string, scale: FeedbackScale): ReadRating | null {
  const words = text.slice(0, 2_000);
  const outOf = OUT_OF.exec(words);
  if (outOf) {
    const [, got, of] = outOf;
    const value = Number(got!.replace(',', '.'));
    const score = of === '10' ? value / 2 : value;
    if (score >= 0 && score <= 5)
      return { rating: onScale(Math.max(1, score), scale), why: outOf[0] };
  }
  const stars = STARS.exec(words);
  if (stars) {
    const said = stars[1]!.toLowerCase();
    return { rating: onScale(NUMBER_WORDS[said] ?? Number(said), scale), why: stars[0] };
  }
  const emoji = words.match(STAR)?.length ?? 0;
  if (emoji >= 1 && emoji <= 5) {
    return { rating: onScale(emoji, scale), why: `${emoji} star${emoji === 1 ? '' : 's'}` };
  }
  const lone = LONE_NUMBER.exec(words);
  if (lone) return { rating: onScale(Number(lone[1]), scale), why: lone[1]! };
  // Words, checked from the most to the least telling: a complaint outweighs a thanks.
  const notBad = NOT_BAD.exec(words);
  if (notBad) return { rating: onScale(4, scale), why: notBad[0] };
  const bad = BAD_WORDS.exec(words);
  if (bad) return { rating: onScale(1, scale), why: bad[0] };
  const soSo = SO_SO.exec(words);
  if (soSo) return { rating: onScale(3, scale), why: soSo[0] };
  const good = GOOD_WORDS.exec(words);
  return good ? { rating: onScale(5, scale), why: good[0] } : null;
}
