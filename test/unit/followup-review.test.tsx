import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FollowUpReview } from '@/components/followups/FollowUpReview';
import { capturePost } from '@/lib/cases/capture';
import { createFollowUps, markFollowUpDone } from '@/lib/followups/store';
import { loadReview, reviewCsv } from '@/lib/followups/review';
import { saveSettings, readSettings } from '@/lib/settings';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const HOUR = 3_600_000;

async function desk() {
  const db = freshDatabase();
  await saveSettings(db, { ...(await readSettings(db)), agents: ['me', 'Priya'] });
  const now = Date.now();
  const { caseId } = await capturePost(db, parsedPost({ postId: '1' }), actor(now - 5 * HOUR));
  const make = (owner: string, phrase: string, dueAt: number) =>
    createFollowUps(
      db,
      {
        caseId,
        customerKey: null,
        owner,
        text: phrase,
        source: 'reply',
        where: 'https://x.com/jordan_lee/status/1',
        promises: [{ phrase, dueAt: new Date(dueAt) }],
        confirmed: true,
      },
      actor(now - 4 * HOUR),
    );
  await make('me', "We'll call you back", now - HOUR);
  await make('Priya', '=HYPERLINK("evil") we will refund', now - 2 * HOUR);
  const { created } = await make('Priya', "I'll check with the courier", now - 3 * HOUR);
  await markFollowUpDone(
    db,
    created[0]!.id,
    { kind: 'note', text: 'called' },
    actor(now - 3.5 * HOUR),
  );
  return { db, now };
}

describe("the lead's follow-up review", () => {
  it('lists overdue and kept promises by agent, and the CSV holds exactly those rows', async () => {
    const { db, now } = await desk();
    const review = await loadReview(db, now);
    expect(review.overdue.map((f) => f.owner).sort()).toEqual(['Priya', 'me']);
    expect(review.kept).toHaveLength(1);
    const csv = Papa.parse<Record<string, string>>(reviewCsv(review, null), { header: true }).data;
    expect(csv).toHaveLength(3);
    // A formula in a promise stays text in a spreadsheet.
    expect(csv.find((row) => row.promise!.includes('HYPERLINK'))!.promise!.startsWith("'=")).toBe(
      true,
    );
    expect(Papa.parse(reviewCsv(review, 'me'), { header: true }).data).toHaveLength(1);
  });

  it('shows the sections and filters by agent', async () => {
    const { db } = await desk();
    const user = userEvent.setup();
    render(<FollowUpReview db={db} />);
    const overdue = await screen.findByRole('region', { name: 'Overdue' });
    await within(overdue).findByText(/We'll call you back/);
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(2);
    expect(within(overdue).getAllByRole('link', { name: 'Open the case' })).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('Agent'), 'me');
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Export CSV (1)' })).toBeEnabled();
  });
});
