import { describe, expect, it } from 'vitest';
import { isClearlyPositive } from '@/lib/feedback/positive';
import { bandOf, onScale, ratingText, readRating, scoreOf } from '@/lib/feedback/rating';

// Customers' answers to "how did we do?", as they write them, with the rating an agent
// would take from each (null: nothing in it rates the help; the agent picks).
const ANSWERS: [string, number | null][] = [
  ['5/5', 5],
  ['5/5 would recommend', 5],
  ['4 out of 5, quick once you got to it', 4],
  ['10/10 service!', 5],
  ['I give it 3 of 5', 3],
  ['five stars \u2B50', 5],
  ['2 stars, it took a week', 2],
  ['\u2B50\u2B50\u2B50\u2B50', 4],
  ['5', 5],
  [' 1. ', 1],
  ['Amazing, thanks so much!', 5],
  ['Thank you, all sorted', 5],
  ['It was okay I guess', 3],
  ['not bad at all', 4],
  ['Still not fixed', 1],
  ['Terrible, nobody read my messages', 1],
  ['Not great, to be honest', 1],
  ['When will my order arrive?', null],
  ['', null],
];

describe('reading a rating from the customer\u2019s answer', () => {
  it.each(ANSWERS)('%j reads as %s of 5', (text, expected) => {
    const read = readRating(text, 'five');
    expect(read?.rating ?? null).toEqual(
      expected === null ? null : { scale: 'five', value: expected },
    );
  });

  it('says what in the answer gave the rating', () => {
    expect(readRating('4 out of 5, quick once you got to it', 'five')?.why).toBe('4 out of 5');
    expect(readRating('\u2B50\u2B50\u2B50', 'five')?.why).toBe('3 stars');
    expect(readRating('Still not fixed', 'five')?.why).toBe('Still not');
  });

  it('puts the same reading on the good / neutral / bad scale', () => {
    expect(readRating('5/5', 'three')?.rating).toEqual({ scale: 'three', value: 'good' });
    expect(readRating('it was okay', 'three')?.rating).toEqual({
      scale: 'three',
      value: 'neutral',
    });
    expect(readRating('2 stars', 'three')?.rating).toEqual({ scale: 'three', value: 'bad' });
  });

  it('reads only the start of a huge answer, and never throws on odd text', () => {
    expect(readRating(`${'a'.repeat(5_000)} 5/5`, 'five')).toBeNull();
    expect(() => readRating('\u202E\u0000<script>alert(1)</script>\uD800', 'five')).not.toThrow();
  });
});

describe('scores and bands', () => {
  it('puts both scales on the 1-5 line and in CSAT bands', () => {
    expect(scoreOf({ scale: 'three', value: 'good' })).toBe(5);
    expect(scoreOf({ scale: 'three', value: 'neutral' })).toBe(3);
    expect(scoreOf({ scale: 'three', value: 'bad' })).toBe(1);
    expect([1, 2, 3, 4, 5].map((value) => bandOf({ scale: 'five', value }))).toEqual([
      'bad',
      'bad',
      'neutral',
      'good',
      'good',
    ]);
    expect(ratingText({ scale: 'five', value: 4 })).toBe('4 of 5');
    expect(ratingText({ scale: 'three', value: 'neutral' })).toBe('Neutral');
    expect(onScale(0, 'five')).toEqual({ scale: 'five', value: 1 });
    expect(onScale(9, 'five')).toEqual({ scale: 'five', value: 5 });
  });

  it('offers as a testimonial only a top rating with kind words', () => {
    const top = { scale: 'five', value: 5 } as const;
    expect(isClearlyPositive(top, 'Amazing help, thank you so much!')).toBe(true);
    expect(isClearlyPositive(top, '')).toBe(false);
    expect(isClearlyPositive(top, 'Took forever and nobody answered')).toBe(false);
    expect(isClearlyPositive({ scale: 'five', value: 4 }, 'Great, thanks!')).toBe(false);
    expect(isClearlyPositive({ scale: 'three', value: 'good' }, 'Great, thanks!')).toBe(true);
  });
});
