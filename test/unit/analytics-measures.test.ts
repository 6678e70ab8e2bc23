import { describe, expect, it } from 'vitest';
import { dayGrid, dayIndexOf } from '@/lib/analytics/days';
import type { Fact } from '@/lib/analytics/facts';
import { computeMeasures } from '@/lib/analytics/measures';
import { medianAndP90, percentileOfSorted } from '@/lib/analytics/percentile';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** A fact at a UTC moment, the rest defaulted. */
function fact(kind: Fact['kind'], iso: string, extra: Partial<Fact> = {}): Fact {
  return {
    kind,
    at: Date.parse(iso),
    caseId: 'c',
    channel: 'x',
    agent: 'ana',
    topics: [],
    tags: [],
    durationMs: null,
    withinSla: null,
    ...extra,
  };
}

describe('percentiles', () => {
  it('interpolate between ranks as a spreadsheet PERCENTILE.INC does', () => {
    // 10, 20, 30, 40: the median sits halfway between 20 and 30; the 90th at rank 2.7.
    expect(percentileOfSorted([10, 20, 30, 40], 50)).toBe(25);
    expect(percentileOfSorted([10, 20, 30, 40], 90)).toBeCloseTo(37, 10);
    expect(medianAndP90([5])).toEqual({ median: 5, p90: 5 });
    expect(medianAndP90([])).toEqual({ median: null, p90: null });
    // Any order in, numeric order used (not the string order 100 < 20).
    expect(medianAndP90([100, 20, 3]).median).toBe(20);
  });
});

describe('day grids', () => {
  it('are calendar days of the zone, 23 hours long on the spring DST change', () => {
    const grid = dayGrid('2026-03-07', '2026-03-09', 'America/New_York');
    expect(grid.days).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
    expect(grid.starts[1]! - grid.starts[0]!).toBe(24 * HOUR);
    expect(grid.starts[2]! - grid.starts[1]!).toBe(23 * HOUR);
    // 04:30 UTC on the 8th is 23:30 on the 7th in New York.
    expect(dayIndexOf(grid, Date.parse('2026-03-08T04:30:00Z'))).toBe(0);
    expect(dayIndexOf(grid, Date.parse('2026-03-08T05:30:00Z'))).toBe(1);
    expect(dayIndexOf(grid, Date.parse('2026-03-10T05:00:00Z'))).toBe(-1);
  });
});

describe('computeMeasures', () => {
  // Three days in Berlin (UTC+1 in November). Hand-counted below each fact.
  const facts: Fact[] = [
    fact('opened', '2026-11-09T23:30:00Z'), // 10 Nov 00:30 Berlin: the first day
    fact('opened', '2026-11-10T09:00:00Z', { channel: 'facebook', agent: 'ben', tags: ['refund'] }),
    fact('first-reply', '2026-11-10T09:20:00Z', { durationMs: 20 * MIN, withinSla: true }),
    fact('first-reply', '2026-11-10T12:00:00Z', {
      channel: 'facebook',
      agent: 'ben',
      durationMs: 180 * MIN,
      withinSla: false,
      tags: ['refund'],
    }),
    fact('opened', '2026-11-11T10:00:00Z', { topics: ['login error'] }),
    fact('first-reply', '2026-11-11T10:40:00Z', { durationMs: 40 * MIN, withinSla: true }),
    fact('resolved', '2026-11-11T15:00:00Z', { durationMs: 10 * HOUR, withinSla: true }),
    fact('followup-kept', '2026-11-11T16:00:00Z'),
    fact('followup-late', '2026-11-12T08:00:00Z'),
    fact('followup-missed', '2026-11-12T09:00:00Z'),
    fact('testimonial-saved', '2026-11-12T09:30:00Z'),
    fact('testimonial-approved', '2026-11-12T10:00:00Z'),
    fact('resolved', '2026-11-12T11:00:00Z', {
      channel: 'facebook',
      agent: 'ben',
      durationMs: 26 * HOUR,
      withinSla: false,
      tags: ['refund'],
    }),
    fact('reopened', '2026-11-12T12:00:00Z', {
      channel: 'facebook',
      agent: 'ben',
      tags: ['refund'],
    }),
    fact('feedback-good', '2026-11-12T13:00:00Z'),
    fact('feedback-good', '2026-11-12T14:00:00Z'),
    fact('feedback-bad', '2026-11-12T15:00:00Z'),
    fact('feedback-neutral', '2026-11-11T15:00:00Z'),
    // After the range (13 Nov 00:30 Berlin): only the backlog looks at it.
    fact('opened', '2026-11-12T23:30:00Z'),
    // Before the range (9 Nov): ignored but for nothing.
    fact('opened', '2026-11-09T10:00:00Z'),
  ];
  const input = {
    facts,
    fromDay: '2026-11-10',
    toDay: '2026-11-12',
    timeZone: 'Europe/Berlin',
    openNow: 4,
  };

  it('counts per local day and in total', () => {
    const m = computeMeasures(input);
    expect(m.days.map((d) => d.day)).toEqual(['2026-11-10', '2026-11-11', '2026-11-12']);
    expect(m.days.map((d) => d.opened)).toEqual([2, 1, 0]);
    expect(m.days.map((d) => d.resolved)).toEqual([0, 1, 1]);
    expect(m.days.map((d) => d.reopened)).toEqual([0, 0, 1]);
    expect(m.days.map((d) => d.firstReplies)).toEqual([2, 1, 0]);
    expect(m.totals).toMatchObject({
      opened: 3,
      resolved: 2,
      reopened: 1,
      firstReplies: 3,
      followUpsKept: 1,
      followUpsLate: 1,
      followUpsMissed: 1,
      testimonialsSaved: 1,
      testimonialsApproved: 1,
      feedbackGood: 2,
      feedbackNeutral: 1,
      feedbackBad: 1,
      satisfaction: 0.5,
    });
    expect(m.days.map((d) => d.feedbackGood)).toEqual([0, 0, 2]);
  });

  it('gives medians and 90th percentiles of response and resolution times', () => {
    const m = computeMeasures(input);
    // First replies 20, 180, 40 min: sorted 20, 40, 180 → median 40; p90 at rank 1.8 → 40 + 0.8 × 140.
    expect(m.firstResponse).toEqual({ count: 3, medianMs: 40 * MIN, p90Ms: 152 * MIN });
    // Resolutions 10 h and 26 h: median 18 h, p90 10 + 0.9 × 16 = 24.4 h.
    expect(m.resolution.medianMs).toBe(18 * HOUR);
    expect(m.resolution.p90Ms).toBeCloseTo(24.4 * HOUR, 6);
    expect(m.days[0]!.firstReplyMedianMs).toBe(100 * MIN); // 20 and 180
  });

  it('counts SLA attainment over first replies and resolutions', () => {
    const m = computeMeasures(input);
    // Within: 20-min reply, 40-min reply, 10-h resolution. Breached: 180-min reply, 26-h resolution.
    expect(m.totals.withinSla).toBe(3);
    expect(m.totals.breached).toBe(2);
    expect(m.totals.slaAttainment).toBeCloseTo(0.6, 10);
    expect(m.days.map((d) => [d.withinSla, d.breached])).toEqual([
      [1, 1],
      [2, 0],
      [0, 1],
    ]);
  });

  it('counts the backlog back from the cases open now', () => {
    const m = computeMeasures(input);
    // Open now 4. After the range: +1 opened → end of 12 Nov: 3.
    // 12 Nov: −1 resolved +1 reopened → end of 11 Nov: 3. 11 Nov: +1 −1 → end of 10 Nov: 3.
    expect(m.days.map((d) => d.backlog)).toEqual([3, 3, 3]);
    expect(m.totals.backlogAtEnd).toBe(3);
    const fewer = computeMeasures({ ...input, openNow: 1 });
    expect(fewer.days.map((d) => d.backlog)).toEqual([0, 0, 0]);
    // No count of open cases (per agent): no backlog at all, rather than a made-up one.
    const none = computeMeasures({ ...input, openNow: null });
    expect(none.days.map((d) => d.backlog)).toEqual([null, null, null]);
    expect(none.totals.backlogAtEnd).toBeNull();
  });

  it('breaks down per channel, agent, topic and tag, and filters by any of them', () => {
    const m = computeMeasures(input);
    const facebook = m.byChannel.find((g) => g.key === 'facebook')!;
    expect(facebook).toMatchObject({ opened: 1, resolved: 1, withinSla: 0, breached: 2 });
    expect(facebook.slaAttainment).toBe(0);
    expect(m.byAgent.map((g) => g.key).sort()).toEqual(['ana', 'ben']);
    expect(m.byTopic).toEqual([expect.objectContaining({ key: 'login error', opened: 1 })]);
    expect(m.byTag[0]).toMatchObject({ key: 'refund', opened: 1, resolved: 1 });

    const ben = computeMeasures({ ...input, filter: { agent: 'ben' }, openNow: 1 });
    expect(ben.totals).toMatchObject({ opened: 1, resolved: 1, reopened: 1, breached: 2 });
    expect(ben.firstResponse.medianMs).toBe(180 * MIN);
    // Ben's one open case: opened 10 Nov, resolved and reopened 12 Nov.
    expect(ben.days.map((d) => d.backlog)).toEqual([1, 1, 1]);
    const byTag = computeMeasures({ ...input, filter: { tag: 'refund' }, openNow: 1 });
    expect(byTag.totals.opened).toBe(1);
    const byTopic = computeMeasures({ ...input, filter: { topic: 'login error' }, openNow: 0 });
    expect(byTopic.totals).toMatchObject({ opened: 1, resolved: 0 });
  });

  it('keeps the largest topics and tags, ties by name, and the hot topics per day', () => {
    const many: Fact[] = [];
    // Topic "t<n>" on n cases (1…30), all on 11 Nov; tag "g<n>" likewise.
    for (let n = 1; n <= 30; n++)
      for (let i = 0; i < n; i++)
        many.push(fact('opened', '2026-11-11T10:00:00Z', { topics: [`t${n}`], tags: [`g${n}`] }));
    many.push(fact('opened', '2026-11-10T10:00:00Z', { topics: ['t30', 'tie-a'] }));
    many.push(fact('opened', '2026-11-10T10:00:00Z', { topics: ['tie-b'] }));
    const m = computeMeasures({ ...input, facts: many, openNow: 0, maxGroups: 4 });
    expect(m.byTopic.map((g) => [g.key, g.opened])).toEqual([
      ['t30', 31],
      ['t29', 29],
      ['t28', 28],
      ['t27', 27],
    ]);
    expect(m.byTag.map((g) => g.key)).toEqual(['g30', 'g29', 'g28', 'g27']);
    expect(m.hotTopics.map((t) => t.topic)).toEqual(['t30', 't29', 't28', 't27', 't26', 't25']);
    expect(m.hotTopics[0]!.counts).toEqual([1, 30, 0]);
    // Ties by name: with room for all, "tie-a" comes before "tie-b" and after "t1".
    const ties = computeMeasures({ ...input, facts: many, openNow: 0, maxGroups: 40 });
    expect(ties.byTopic.slice(-3).map((g) => g.key)).toEqual(['t1', 'tie-a', 'tie-b']);
  });

  it('shows empty days as zeros and no times as null', () => {
    const m = computeMeasures({ ...input, facts: [], openNow: 0 });
    expect(m.days).toHaveLength(3);
    expect(m.totals.opened).toBe(0);
    expect(m.firstResponse).toEqual({ count: 0, medianMs: null, p90Ms: null });
    expect(m.totals.slaAttainment).toBeNull();
  });

  it('puts a fact in the day of the chosen zone', () => {
    // 23:30 UTC on 9 Nov is 10 Nov in Berlin but 9 Nov in New York.
    const berlin = computeMeasures({
      ...input,
      facts: [facts[0]!],
      toDay: '2026-11-10',
      fromDay: '2026-11-09',
    });
    const york = computeMeasures({
      ...input,
      facts: [facts[0]!],
      toDay: '2026-11-10',
      fromDay: '2026-11-09',
      timeZone: 'America/New_York',
    });
    expect(berlin.days.map((d) => d.opened)).toEqual([0, 1]);
    expect(york.days.map((d) => d.opened)).toEqual([1, 0]);
  });
});
