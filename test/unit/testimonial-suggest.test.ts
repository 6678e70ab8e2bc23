import { describe, expect, it } from 'vitest';
import { sentimentOf } from '@/lib/cases/sentiment';
import {
  MAX_DISMISSED,
  resolvedAtOf,
  STRONG_POSITIVE_SCORE,
  suggestionReason,
  suggestTestimonial,
  THANKS_AFTER_RESOLUTION_SCORE,
  withDismissed,
} from '@/lib/testimonials/suggest';

const positive = (score: number) => ({ label: 'positive' as const, score });
const resolved = (ref: string, resolvedAt: number | null) => ({ ref, resolvedAt });

describe('suggestTestimonial', () => {
  it('suggests a strongly positive post on its own', () => {
    expect(
      suggestTestimonial({
        sentiment: positive(STRONG_POSITIVE_SCORE),
        postedAt: 10,
        otherCases: [],
      }),
    ).toEqual({ reason: 'positive', score: 4 });
  });

  it('does not suggest a mildly positive, neutral, negative or unscored post alone', () => {
    for (const sentiment of [
      positive(STRONG_POSITIVE_SCORE - 1),
      { label: 'neutral' as const, score: 1 },
      { label: 'negative' as const, score: -3 },
      null,
      undefined,
    ]) {
      expect(suggestTestimonial({ sentiment, postedAt: 10, otherCases: [] })).toBeNull();
    }
  });

  it('suggests a positive post made after one of the customer’s cases was resolved', () => {
    const input = {
      sentiment: positive(THANKS_AFTER_RESOLUTION_SCORE),
      postedAt: 100,
      otherCases: [resolved('C-000001', 50), resolved('C-000002', 80), resolved('C-000003', null)],
    };
    expect(suggestTestimonial(input)).toEqual({
      reason: 'thanks-after-resolution',
      score: 2,
      resolvedRef: 'C-000002',
    });
  });

  it('not when the resolution came after the post, or the case is still open', () => {
    expect(
      suggestTestimonial({
        sentiment: positive(3),
        postedAt: 100,
        otherCases: [resolved('C-000001', 150), resolved('C-000002', null)],
      }),
    ).toBeNull();
    // Not positive enough even after a resolution.
    expect(
      suggestTestimonial({
        sentiment: { label: 'neutral', score: 1 },
        postedAt: 100,
        otherCases: [resolved('C-000001', 50)],
      }),
    ).toBeNull();
  });

  it('matches how real posts score (thresholds against the scorer, not made-up numbers)', () => {
    const alone = (text: string) =>
      suggestTestimonial({ sentiment: sentimentOf(text), postedAt: 1, otherCases: [] });
    const afterFix = (text: string) =>
      suggestTestimonial({
        sentiment: sentimentOf(text),
        postedAt: 10,
        otherCases: [resolved('C-00000A', 5)],
      });
    expect(
      alone('Best support experience I’ve had all year ❤️ Dana moved my eSIM in 10 minutes'),
    ).not.toBeNull();
    expect(alone('The new case arrived a day early and it’s perfect 😍 Thank you')).not.toBeNull();
    expect(alone('good question, still waiting')).toBeNull();
    expect(alone('Thanks, that fixed it!')).toBeNull();
    expect(afterFix('Thanks, that fixed it!')).toMatchObject({ reason: 'thanks-after-resolution' });
    expect(afterFix('Still broken. Useless.')).toBeNull();
  });
});

describe('resolvedAtOf', () => {
  const status = (at: number, from: string, to: string) => ({
    type: 'status' as const,
    at,
    from,
    to,
  });

  it('is when the case became resolved, kept through closing', () => {
    expect(
      resolvedAtOf({
        status: 'closed',
        history: [
          status(1, 'new', 'open'),
          status(5, 'open', 'resolved'),
          status(9, 'resolved', 'closed'),
        ],
      }),
    ).toBe(5);
  });

  it('is null for a case reopened since, and counts only the latest resolution', () => {
    const history = [
      status(5, 'open', 'resolved'),
      status(7, 'resolved', 'open'),
      status(12, 'open', 'closed'),
    ];
    expect(resolvedAtOf({ status: 'open', history: history.slice(0, 2) })).toBeNull();
    expect(resolvedAtOf({ status: 'closed', history })).toBe(12);
  });
});

describe('dismissed suggestions', () => {
  it('remember each case once, newest last, within a bound', () => {
    expect(withDismissed(['a', 'b'], 'a')).toEqual(['b', 'a']);
    const many = Array.from({ length: MAX_DISMISSED }, (_, i) => `c${i}`);
    const next = withDismissed(many, 'new');
    expect(next).toHaveLength(MAX_DISMISSED);
    expect(next.at(-1)).toBe('new');
    expect(next[0]).toBe('c1');
  });

  it('say why in words', () => {
    expect(suggestionReason({ reason: 'positive', score: 5 })).toBe(
      'The post reads strongly positive.',
    );
    expect(
      suggestionReason({ reason: 'thanks-after-resolution', score: 2, resolvedRef: 'C-00000A' }),
    ).toBe('A happy post after case C-00000A was resolved.');
  });
});
