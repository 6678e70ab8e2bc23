import { describe, expect, it } from 'vitest';
import { factsOf, type FactContext } from '@/lib/analytics/facts';
import type { Case } from '@/lib/db/schema';
import { computeMeasures } from '@/lib/analytics/measures';
import { readFacts, refreshFacts } from '@/lib/analytics/rollup-store';
import { markAnalyticsStale } from '@/lib/analytics/stale';
import { capturePost } from '@/lib/cases/capture';
import { recordReply, setCaseStatus } from '@/lib/cases/edit';
import { createFollowUps, markFollowUpDone, markFollowUpMissed } from '@/lib/followups/store';
import { DEFAULT_SLA_POLICIES } from '@/lib/cases/sla-policy';
import { readCounter } from '@/lib/db/counters';
import type { CasebookEvent, FollowUp } from '@/lib/db/schema';
import { DEFAULT_SETTINGS, saveSettings } from '@/lib/settings';
import { freshDatabase, parsedPost } from '../support/factories';

const MIN = 60_000;
const NY = 'America/New_York';
/** A New York wall-clock time in November 2026 (UTC−5), as epoch ms. */
const ny = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour + 5, minute);
const by = (name: string, now: number) => ({ by: name, now });

/** Public posts answered within 60 working minutes and resolved within 8, 9–17 on weekdays in New York. */
async function deskInNewYork() {
  const db = freshDatabase();
  const weekday = { open: '09:00', close: '17:00' };
  await saveSettings(db, {
    ...DEFAULT_SETTINGS,
    slaPolicies: [
      {
        ...DEFAULT_SLA_POLICIES[0]!,
        firstResponseMinutes: 60,
        resolutionMinutes: 8 * 60,
        schedule: {
          kind: 'working-hours',
          hours: {
            timeZone: NY,
            week: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday, 6: null, 7: null },
            holidays: [],
          },
        },
      },
      DEFAULT_SLA_POLICIES[1]!,
    ],
  });
  return db;
}

describe('analytics from the event history', () => {
  it('measures response and resolution in the desk’s business hours, waiting left out', async () => {
    const db = await deskInNewYork();
    // Friday 20 Nov 16:30: half an hour before closing. Answered Monday 09:45.
    const friday = await capturePost(db, parsedPost({ postId: '101' }), by('ana', ny(20, 16, 30)));
    await recordReply(db, friday.caseId, 'replied on X', by('ana', ny(23, 9, 45)));
    await setCaseStatus(db, friday.caseId, 'resolved', by('ana', ny(23, 11)), 'test');
    // Monday 10:00, answered at 10:20; waits on the customer 10:30–13:30; resolved at 14:00.
    const monday = await capturePost(db, parsedPost({ postId: '102' }), by('ben', ny(23, 10)));
    await recordReply(db, monday.caseId, 'replied on X', by('ben', ny(23, 10, 20)));
    await setCaseStatus(db, monday.caseId, 'waiting', by('ben', ny(23, 10, 30)));
    await setCaseStatus(db, monday.caseId, 'open', by('ben', ny(23, 13, 30)));
    await setCaseStatus(db, monday.caseId, 'resolved', by('ben', ny(23, 14)), 'test');
    // Still open: captured Monday 15:00, no reply yet.
    await capturePost(db, parsedPost({ postId: '103' }), by('ana', ny(23, 15)));

    const now = ny(23, 16);
    await refreshFacts(db, now);
    const facts = await readFacts(db, ny(20, 0), now);
    const m = computeMeasures({
      facts,
      fromDay: '2026-11-20',
      toDay: '2026-11-23',
      timeZone: NY,
      openNow: await readCounter(db, 'openCases'),
    });
    expect(m.days.map((d) => d.opened)).toEqual([1, 0, 0, 2]);
    expect(m.days.map((d) => d.resolved)).toEqual([0, 0, 0, 2]);
    // Friday's reply: 30 min on Friday + 45 on Monday = 75 working minutes (not 65 hours): late.
    // Monday's: 20 minutes, in time.
    const replies = facts.filter((f) => f.kind === 'first-reply');
    expect(replies.map((f) => [f.agent, f.durationMs! / MIN, f.withinSla])).toEqual([
      ['ana', 75, false],
      ['ben', 20, true],
    ]);
    // Friday's resolution: 30 + 120 = 150 working minutes. Monday's: 4 h less 3 h waiting.
    const resolved = facts.filter((f) => f.kind === 'resolved');
    expect(resolved.map((f) => [f.agent, f.durationMs! / MIN, f.withinSla])).toEqual([
      ['ana', 150, true],
      ['ben', 60, true],
    ]);
    expect(m.firstResponse.medianMs).toBe(47.5 * MIN);
    expect(m.totals).toMatchObject({ withinSla: 3, breached: 1, backlogAtEnd: 1 });
    expect(m.days.map((d) => d.backlog)).toEqual([1, 1, 1, 1]);
    expect(m.byAgent.find((g) => g.key === 'ana')).toMatchObject({ opened: 2, resolved: 1 });
  });

  it('rebuilds only the days that can have changed, and days marked stale by late events', async () => {
    const db = await deskInNewYork();
    await capturePost(db, parsedPost({ postId: '201' }), by('ana', ny(2, 10)));
    const first = await refreshFacts(db, ny(23, 12));
    // From the first event's day to today: 2–23 Nov.
    expect(first.daysRebuilt).toBe(22);
    // Today (and the hour before the last refresh) only when its events changed.
    expect((await refreshFacts(db, ny(23, 13))).daysRebuilt).toBe(0);
    await capturePost(db, parsedPost({ postId: '202' }), by('ben', ny(23, 13)));
    expect((await refreshFacts(db, ny(23, 13) + MIN)).daysRebuilt).toBe(1);
    expect((await readFacts(db, ny(23, 0), ny(24, 0))).map((f) => f.agent)).toContain('ben');
    expect((await refreshFacts(db, ny(23, 13) + 2 * MIN)).daysRebuilt).toBe(0);

    // A team member's case from 10 Nov arrives through sync, with its own time.
    await db.events.add({
      id: 'pulled-1',
      at: ny(10, 9),
      by: 'cleo',
      type: 'case.created',
      caseId: (await db.cases.toCollection().first())!.id,
      data: {},
    });
    expect((await readFacts(db, ny(10, 0), ny(11, 0))).length).toBe(0);
    await markAnalyticsStale(db, ny(10, 9));
    const late = await refreshFacts(db, ny(23, 14));
    expect(late.daysRebuilt).toBe(14); // 10–23 Nov
    const facts = await readFacts(db, ny(10, 0), ny(11, 0));
    expect(facts.map((f) => [f.kind, f.agent])).toEqual([['opened', 'cleo']]);
    // Rebuilding a day twice never counts twice.
    await markAnalyticsStale(db, ny(10, 9));
    await refreshFacts(db, ny(23, 15));
    expect(await readFacts(db, ny(10, 0), ny(11, 0))).toHaveLength(1);
  });

  it('keeps a mark made while a refresh ran, for the next one', async () => {
    const db = await deskInNewYork();
    await capturePost(db, parsedPost({ postId: '301' }), by('ana', ny(20, 10)));
    await refreshFacts(db, ny(21, 0));
    let marked = false;
    await refreshFacts(db, ny(22, 0), () => {
      if (marked) return;
      marked = true;
      void markAnalyticsStale(db, ny(5, 0));
    });
    const mark = await db.analyticsMarks.get('built');
    expect(mark?.staleFrom).toBe(ny(5, 0));
  });
});

describe('the facts kept up to date', () => {
  it('keeps a mark made during the very first build, and one later than the pending mark', async () => {
    const db = await deskInNewYork();
    await capturePost(db, parsedPost({ postId: '401' }), by('ana', ny(2, 10)));
    let marked = false;
    await refreshFacts(db, ny(23, 12), () => {
      if (marked) return;
      marked = true;
      void markAnalyticsStale(db, ny(15, 0)); // a sync pull while the first build runs
    });
    expect((await db.analyticsMarks.get('built'))?.staleFrom).toBe(ny(15, 0));
    // With the 15th's mark pending, a later one (the 18th) comes while the next refresh
    // runs: that refresh cannot tell what it covered, so a mark no later than the 18th stays.
    marked = false;
    await refreshFacts(db, ny(23, 13), () => {
      if (marked) return;
      marked = true;
      void markAnalyticsStale(db, ny(18, 0));
    });
    const mark = await db.analyticsMarks.get('built');
    expect(mark?.staleFrom).not.toBeNull();
    expect(mark!.staleFrom!).toBeLessThanOrEqual(ny(18, 0));
  });

  it('rebuilds everything from the first event after new SLA rules, never from 1970', async () => {
    const db = await deskInNewYork();
    await capturePost(db, parsedPost({ postId: '501' }), by('ana', ny(20, 10)));
    await refreshFacts(db, ny(23, 12));
    await markAnalyticsStale(db, 0);
    expect((await refreshFacts(db, ny(23, 13))).daysRebuilt).toBe(4); // 20–23 Nov (UTC)
  });

  it('counts a follow-up missed and then done once, as done late', async () => {
    const db = await deskInNewYork();
    const { caseId } = await capturePost(db, parsedPost({ postId: '601' }), by('ana', ny(10, 9)));
    const [followUp] = (
      await createFollowUps(
        db,
        {
          caseId,
          customerKey: null,
          owner: 'ana',
          text: 'We will call you tomorrow',
          source: 'reply',
          where: null,
          promises: [{ phrase: 'tomorrow', dueAt: new Date(ny(11, 9)) }],
          confirmed: true,
        },
        by('ana', ny(10, 9, 5)),
      )
    ).created;
    await markFollowUpMissed(db, followUp!.id, by('lead', ny(12, 9)));
    await refreshFacts(db, ny(13, 9));
    const kinds = async () =>
      (await readFacts(db, ny(10, 0), ny(23, 0)))
        .filter((f) => f.kind.startsWith('followup'))
        .map((f) => f.kind);
    expect(await kinds()).toEqual(['followup-missed']);
    await markFollowUpDone(
      db,
      followUp!.id,
      { kind: 'note', text: 'called' },
      by('ana', ny(14, 9)),
    );
    await refreshFacts(db, ny(14, 10));
    expect(await kinds()).toEqual(['followup-late']);
  });
});

describe('factsOf', () => {
  const context = (followUp?: Partial<FollowUp>): FactContext => ({
    caseOf: () => undefined,
    followUpOf: () =>
      followUp ? ({ owner: 'ana', dueAt: 1000, ...followUp } as FollowUp) : undefined,
    testimonialOf: () => undefined,
    policies: DEFAULT_SLA_POLICIES,
    priority: DEFAULT_SETTINGS.priority,
  });
  const event = (type: CasebookEvent['type'], at: number, data: CasebookEvent['data'] = {}) =>
    ({ id: 'e', at, by: 'lead', type, caseId: null, data }) as CasebookEvent;

  it('tells a kept follow-up from a late one by its due time, and names its owner', () => {
    const data = { followUpId: 'f' };
    expect(factsOf(event('followup.done', 1000, data), context())[0]).toMatchObject({
      kind: 'followup-kept',
    });
    expect(factsOf(event('followup.done', 999, data), context({}))[0]).toMatchObject({
      kind: 'followup-kept',
      agent: 'ana',
    });
    expect(factsOf(event('followup.done', 1001, data), context({}))[0]!.kind).toBe('followup-late');
    expect(factsOf(event('followup.missed', 5, data), context({}))[0]!.kind).toBe(
      'followup-missed',
    );
  });

  it('makes no fact of notes, customer edits or a status change within the open ones', () => {
    expect(factsOf(event('case.note', 1), context())).toEqual([]);
    expect(factsOf(event('customer.updated', 1), context())).toEqual([]);
    expect(factsOf(event('case.status', 1, { from: 'new', to: 'open' }), context())).toEqual([]);
    // A case this browser does not have (erased, not yet pulled): nothing to attribute.
    expect(factsOf(event('case.created', 1), context())).toEqual([]);
  });

  it("bands a customer's rating, counted for the agent the case is with", () => {
    const record = {
      id: 'c1',
      channel: 'x',
      assignee: 'ben',
      tags: ['refund'],
      text: '',
      feedback: { recordedAt: 7 },
    } as unknown as Case;
    const withCase: FactContext = {
      ...context(),
      caseOf: (id) => (id === 'c1' ? record : undefined),
    };
    const rated = (score: unknown) =>
      factsOf({ ...event('case.feedback', 7, { score: score as number }), caseId: 'c1' }, withCase);
    expect(rated(5)[0]).toMatchObject({
      kind: 'feedback-good',
      agent: 'ben',
      channel: 'x',
      tags: ['refund'],
    });
    expect(rated(4)[0]!.kind).toBe('feedback-good');
    expect(rated(3)[0]!.kind).toBe('feedback-neutral');
    expect(rated(2)[0]!.kind).toBe('feedback-bad');
    expect(rated('5')).toEqual([]);
    // A rating changed since: only the case's latest counts.
    const earlier = { ...event('case.feedback', 6, { score: 1 }), caseId: 'c1' };
    expect(factsOf(earlier, withCase)).toEqual([]);
    expect(factsOf(event('case.feedback', 7, { score: 5 }), withCase)).toEqual([]);
  });
});
