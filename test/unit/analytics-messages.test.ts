import { describe, expect, it } from 'vitest';
import {
  AnalyticsAnswerSchema,
  AnalyticsEnvelopeSchema,
} from '@/components/analytics/analytics-messages';

// The worker checks each answer in full before posting it; the page checks its envelope
// (the report itself is too big to check again on the page's thread).
describe('analytics answers', () => {
  it('are refused in full by the worker when their report is malformed', () => {
    const bad = { type: 'measures', id: 3, measures: { opened: 'many' } };
    expect(AnalyticsAnswerSchema.safeParse(bad).success).toBe(false);
    // The page only knows it is an object: the worker is what stops it.
    expect(AnalyticsEnvelopeSchema.safeParse(bad).success).toBe(true);
  });

  it('are refused by the page when their envelope is wrong', () => {
    for (const bad of [
      null,
      'report',
      { type: 'report', id: -1, report: {} },
      { type: 'report', id: 2, report: 'not an object' },
      { type: 'measures', id: 2, measures: null },
      { type: 'unknown', id: 2 },
      { type: 'failed', id: 2, message: 'x'.repeat(5000) },
      { type: 'progress', id: 2, done: 1.5, total: 3 },
    ]) {
      expect(AnalyticsEnvelopeSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(
      AnalyticsEnvelopeSchema.safeParse({ type: 'progress', id: 2, done: 1, total: 3 }).success,
    ).toBe(true);
  });
});
