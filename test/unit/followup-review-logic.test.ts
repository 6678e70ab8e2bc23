import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import type { CasebookDatabase } from '@/lib/db/database';
import {
  channelOf,
  customerText,
  DEFAULT_REVIEW_FILTERS,
  filtersFromHash,
  groupRows,
  hashOfFilters,
  loadReview,
  reviewCsv,
  reviewSummary,
  sectionLabel,
  shownRows,
  timingText,
  visibleSections,
  type Review,
  type ReviewFilters,
  type ReviewSection,
} from '@/lib/followups/review';
import { finishedBetween } from '@/lib/followups/queries';
import {
  createFollowUps,
  markFollowUpDone,
  markFollowUpMissed,
  reassignFollowUp,
} from '@/lib/followups/store';
import { readSettings, saveSettings } from '@/lib/settings';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// Wednesday 25 Nov 2026, 09:00 UTC.
const NOW = Date.UTC(2026, 10, 25, 9, 0);

let db: CasebookDatabase;
let xCase: string;
let redditCase: string;

const make = async (
  owner: string,
  caseId: string | null,
  phrase: string,
  dueAt: number,
  customerKey: string | null = null,
) =>
  (
    await createFollowUps(
      db,
      {
        caseId,
        customerKey,
        owner,
        text: phrase,
        source: 'reply',
        where: caseId ? 'https://x.com/dana_r/status/1' : null,
        promises: [{ phrase, dueAt: new Date(dueAt) }],
        confirmed: true,
      },
      actor(NOW - 20 * DAY),
    )
  ).created[0]!;

/** Two agents on two channels, one follow-up in each section (and some outside). */
async function desk() {
  db = freshDatabase();
  await saveSettings(db, { ...(await readSettings(db)), agents: ['me', 'Priya'] });
  xCase = (await capturePost(db, parsedPost({ postId: '1' }), actor(NOW - 21 * DAY))).caseId;
  redditCase = (
    await capturePost(
      db,
      parsedPost({
        platform: 'reddit',
        postId: 'r1',
        permalink: 'https://www.reddit.com/r/acme/comments/r1/',
        author: {
          handle: 'sam_k',
          name: 'Sam K',
          profileUrl: 'https://www.reddit.com/user/sam_k',
          avatarUrl: null,
          followers: null,
          verified: false,
        },
      }),
      actor(NOW - 21 * DAY),
    )
  ).caseId;
  await make('me', xCase, "We'll call you back", NOW - 2 * HOUR); // overdue
  await make('Priya', redditCase, 'I will check with the courier', NOW + 30 * MIN); // today
  await make('Priya', xCase, 'We will email the label', NOW + 2 * DAY); // upcoming
  await make('me', redditCase, 'Refund by next month', NOW + 20 * DAY); // beyond 7 days
  const late = await make('Priya', xCase, 'We will confirm the address', NOW - 3 * DAY);
  await markFollowUpDone(db, late.id, { kind: 'note', text: 'called' }, actor(NOW - 2 * DAY));
  const kept = await make('me', redditCase, 'Our team will reply by Friday', NOW + 1 * DAY);
  await markFollowUpDone(db, kept.id, { kind: 'note', text: 'done' }, actor(NOW - HOUR));
  const missed = await make('me', xCase, 'Let me look into it', NOW - 4 * DAY);
  await markFollowUpMissed(db, missed.id, actor(NOW - 3 * DAY));
  const old = await make('Priya', redditCase, 'Back to you tomorrow', NOW - 15 * DAY);
  await markFollowUpDone(db, old.id, { kind: 'note', text: 'old' }, actor(NOW - 14 * DAY));
}

const phrases = (review: Review, section: ReviewSection) =>
  review.rows[section].map((row) => row.followUp.phrase);
const filtered = (over: Partial<ReviewFilters>) => ({ ...DEFAULT_REVIEW_FILTERS, ...over });

describe('loadReview', () => {
  beforeEach(desk);

  it('puts each follow-up in its section, with its channel, customer and case', async () => {
    const review = await loadReview(db, NOW);
    expect(phrases(review, 'overdue')).toEqual(["We'll call you back"]);
    expect(phrases(review, 'dueToday')).toEqual(['I will check with the courier']);
    expect(phrases(review, 'upcoming')).toEqual(['We will email the label']);
    expect(phrases(review, 'doneLate')).toEqual(['We will confirm the address']);
    // Kept early (due tomorrow, done an hour ago) counts now, not once its due time passes.
    expect(phrases(review, 'kept')).toEqual(['Our team will reply by Friday']);
    expect(phrases(review, 'missed')).toEqual(['Let me look into it']);
    const today = review.rows.dueToday[0]!;
    expect(today.channel).toBe('reddit');
    expect(today.customer).toBe('Sam K (@sam_k)');
    expect(today.caseRef).toMatch(/^C-/);
  });

  it('looks further back and ahead when asked', async () => {
    const review = await loadReview(db, NOW, filtered({ backDays: 30, aheadDays: 30 }));
    expect(phrases(review, 'upcoming')).toEqual([
      'We will email the label',
      'Refund by next month',
    ]);
    // Most recently finished first.
    expect(phrases(review, 'doneLate')).toEqual([
      'We will confirm the address',
      'Back to you tomorrow',
    ]);
    const day = await loadReview(db, NOW, filtered({ backDays: 1 }));
    expect(phrases(day, 'doneLate')).toEqual([]);
    expect(phrases(day, 'missed')).toEqual([]);
  });

  it('filters by agent, channel and status inside the reads', async () => {
    const priya = await loadReview(db, NOW, filtered({ agent: 'Priya' }));
    expect(shownRows(priya).every((row) => row.followUp.owner === 'Priya')).toBe(true);
    expect(shownRows(priya)).toHaveLength(3);
    const reddit = await loadReview(db, NOW, filtered({ channel: 'reddit' }));
    expect(shownRows(reddit).map((row) => row.followUp.phrase)).toEqual([
      'I will check with the courier',
      'Our team will reply by Friday',
    ]);
    const open = await loadReview(db, NOW, filtered({ status: 'open' }));
    expect(shownRows(open).map((row) => row.section)).toEqual(['overdue', 'dueToday', 'upcoming']);
    const missed = await loadReview(db, NOW, filtered({ status: 'missed' }));
    expect(shownRows(missed).map((row) => row.section)).toEqual(['missed']);
  });

  it('says when a read was cut at its limit', async () => {
    await make('me', null, 'second overdue one', NOW - HOUR, 'x:other');
    const review = await loadReview(db, NOW, DEFAULT_REVIEW_FILTERS, 1);
    expect(review.rows.overdue).toHaveLength(1);
    expect(review.truncated.overdue).toBe(true);
    expect(review.truncated.dueToday).toBe(true); // one row, limit one: there may be more
    expect(reviewSummary(review).atLeast.overdue).toBe(true);
  });

  it('counts a reassigned missed follow-up by when it was missed, not when it moved', async () => {
    const [missed] = (await loadReview(db, NOW)).rows.missed;
    await reassignFollowUp(db, missed!.followUp.id, 'Priya', actor(NOW - MIN));
    const rows = await finishedBetween(db, NOW - DAY, NOW + 1);
    expect(rows.map((f) => f.phrase)).not.toContain('Let me look into it');
  });
});

describe('summary, grouping and wording', () => {
  beforeEach(desk);

  it('sums up the sections and the share kept on time', async () => {
    const summary = reviewSummary(await loadReview(db, NOW));
    expect(summary).toMatchObject({ overdue: 1, dueToday: 1, doneLate: 1, missed: 1, kept: 1 });
    expect(summary.keptOnTimePercent).toBe(33);
    const none = reviewSummary(await loadReview(db, NOW, filtered({ channel: 'youtube' })));
    expect(none.keptOnTimePercent).toBeNull();
    // Only the kept ones shown: a share of them would always be 100 %, so there is none.
    const keptOnly = reviewSummary(await loadReview(db, NOW, filtered({ status: 'kept' })));
    expect(keptOnly).toMatchObject({ kept: 1, keptOnTimePercent: null, shown: ['kept'] });
  });

  it('groups rows by agent or channel, with their counts', async () => {
    const review = await loadReview(db, NOW, filtered({ status: 'finished' }));
    const all = shownRows(review);
    expect(groupRows(all, 'agent').map((g) => [g.label, g.rows.length])).toEqual([
      ['me', 2],
      ['Priya', 1],
    ]);
    expect(groupRows(all, 'channel').map((g) => [g.label, g.rows.length])).toEqual([
      ['Reddit', 1],
      ['X', 2],
    ]);
  });

  it('says how late or how much time is left', async () => {
    const review = await loadReview(db, NOW);
    expect(timingText(review.rows.overdue[0]!, NOW)).toBe('overdue by 2 h');
    expect(timingText(review.rows.dueToday[0]!, NOW)).toBe('30 min left');
    expect(timingText(review.rows.doneLate[0]!, NOW)).toBe('done 24 h late');
    expect(timingText(review.rows.kept[0]!, NOW)).toBe('done 25 h early');
    expect(timingText(review.rows.missed[0]!, NOW)).toBe('marked missed 24 h after due');
    expect(sectionLabel('upcoming', filtered({ aheadDays: 1 }))).toBe('Due in the next day');
    expect(sectionLabel('kept', filtered({ backDays: 30 }))).toBe('Kept on time (last 30 days)');
  });

  it('knows the channel from the customer key', () => {
    expect(channelOf({ customerKey: 'reddit:sam_k' })).toBe('reddit');
    expect(channelOf({ customerKey: 'crm:42' })).toBe('none');
    expect(channelOf({ customerKey: null })).toBe('none');
    expect(customerText(undefined, 'reddit:sam_k')).toBe('@sam_k');
    expect(customerText(undefined, 'crm:42')).toBe('crm:42');
    expect(customerText(undefined, null)).toBeNull();
  });
});

describe('the CSV export', () => {
  beforeEach(desk);

  it('holds exactly the rows shown, in their order, formulas escaped', async () => {
    await make('Priya', xCase, '=HYPERLINK("evil") we will refund', NOW - HOUR);
    const review = await loadReview(db, NOW, filtered({ group: 'channel' }));
    const csv = Papa.parse<Record<string, string>>(reviewCsv(review), { header: true }).data;
    expect(csv.map((row) => row.promise)).toEqual(
      shownRows(review).map((row) =>
        row.followUp.phrase.startsWith('=') ? `'${row.followUp.phrase}` : row.followUp.phrase,
      ),
    );
    expect(Object.keys(csv[0]!)).toEqual([
      'section',
      'owner',
      'channel',
      'customer',
      'promise',
      'due',
      'timing',
      'finished',
      'case',
      'where',
    ]);
    const evil = csv.find((row) => row.promise!.includes('HYPERLINK'))!;
    expect(evil.promise!.startsWith("'=")).toBe(true);
    expect(evil).toMatchObject({ section: 'Overdue', owner: 'Priya', channel: 'X' });
    expect(evil.case).toMatch(/^C-/);
    const onlyPriya = await loadReview(db, NOW, filtered({ agent: 'Priya', status: 'open' }));
    expect(Papa.parse(reviewCsv(onlyPriya), { header: true }).data).toHaveLength(3);
  });
});

describe('filters in the URL', () => {
  it('round-trips through the hash and ignores what it does not know', () => {
    const filters: ReviewFilters = {
      agent: 'Priya Ş',
      channel: 'reddit',
      status: 'finished',
      group: 'channel',
      backDays: 30,
      aheadDays: 14,
    };
    expect(filtersFromHash(hashOfFilters(filters))).toEqual(filters);
    expect(hashOfFilters(DEFAULT_REVIEW_FILTERS)).toBe('#view=followups');
    expect(filtersFromHash('#view=followups&channel=myspace&back=5&status=lost&group=x')).toEqual(
      DEFAULT_REVIEW_FILTERS,
    );
    expect(visibleSections('finished')).toEqual(['doneLate', 'missed', 'kept']);
  });
});
