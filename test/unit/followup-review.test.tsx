import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FollowUpReview } from '@/components/followups/FollowUpReview';
import { capturePost } from '@/lib/cases/capture';
import { createFollowUps, markFollowUpDone } from '@/lib/followups/store';
import { saveSettings, readSettings } from '@/lib/settings';
import { actor, freshDatabase, parsedPost } from '../support/factories';
import { serveBackground } from '../support/fake-background';

const HOUR = 3_600_000;

async function desk() {
  const db = freshDatabase();
  await saveSettings(db, { ...(await readSettings(db)), agents: ['me', 'Priya'] });
  const now = Date.now();
  const { caseId } = await capturePost(db, parsedPost({ postId: '1' }), actor(now - 5 * HOUR));
  const make = (owner: string, phrase: string, dueAt: number, where: string | null) =>
    createFollowUps(
      db,
      {
        caseId,
        customerKey: null,
        owner,
        text: phrase,
        source: 'reply',
        where,
        promises: [{ phrase, dueAt: new Date(dueAt) }],
        confirmed: true,
      },
      actor(now - 4 * HOUR),
    );
  await make('me', "We'll call you back", now - HOUR, 'https://x.com/jordan_lee/status/1');
  await make('Priya', 'We will refund <b>today</b>', now - 2 * HOUR, null);
  const { created } = await make('Priya', "I'll check with the courier", now - 3 * HOUR, null);
  await markFollowUpDone(
    db,
    created[0]!.id,
    { kind: 'note', text: 'called' },
    actor(now - 3.5 * HOUR),
  );
  return { db, caseId };
}

describe("the lead's follow-up review", () => {
  beforeEach(() => history.replaceState(null, '', '#view=followups'));

  it('shows the summary, the sections and rows with their case and source', async () => {
    const { db, caseId } = await desk();
    render(<FollowUpReview db={db} />);
    const overdue = await screen.findByRole('region', { name: 'Overdue' });
    expect(await within(overdue).findByRole('heading', { name: 'Overdue (2)' })).toBeVisible();
    expect(screen.getByLabelText('Summary')).toHaveTextContent(
      'Overdue2Due today0Kept on time100 %Done late0Missed0',
    );
    // Grouped by agent: one table per agent, with its count.
    expect(within(overdue).getByRole('table', { name: 'me (1)' })).toBeInTheDocument();
    const priya = within(overdue).getByRole('table', { name: 'Priya (1)' });
    // Captured text stays text.
    expect(
      within(priya).getByRole('cell', { name: '“We will refund <b>today</b>”' }),
    ).toBeInTheDocument();
    expect(within(overdue).getAllByRole('link', { name: 'Open the case' })[0]).toHaveAttribute(
      'href',
      `#view=cases&case=${caseId}`,
    );
    expect(within(overdue).getByRole('link', { name: 'Where it was promised' })).toHaveAttribute(
      'href',
      'https://x.com/jordan_lee/status/1',
    );
    expect(screen.getByRole('region', { name: 'Due today' })).toHaveTextContent(
      'Nothing else falls due today.',
    );
  });

  it('filters and groups, keeping the filters in the URL', async () => {
    const { db } = await desk();
    const user = userEvent.setup();
    render(<FollowUpReview db={db} />);
    await screen.findByRole('region', { name: 'Overdue' });
    await user.selectOptions(screen.getByLabelText('Agent'), 'me');
    await screen.findByRole('heading', { name: 'Overdue (1)' });
    expect(screen.getByRole('button', { name: 'Export CSV (1 row)' })).toBeEnabled();
    await user.click(screen.getByRole('radio', { name: 'By channel' }));
    expect(await screen.findByRole('table', { name: 'X (1)' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Status'), 'Finished');
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /^Overdue/ })).not.toBeInTheDocument(),
    );
    expect(location.hash).toBe('#view=followups&agent=me&status=finished&group=channel');
    // The summary counts what is shown.
    expect(screen.getByLabelText('Summary')).toHaveTextContent('Kept on time—Done late0Missed0');
  });

  it('reads its filters from the URL on load', async () => {
    const { db } = await desk();
    history.replaceState(null, '', '#view=followups&agent=Priya&status=open');
    render(<FollowUpReview db={db} />);
    await screen.findByRole('heading', { name: 'Overdue (1)' });
    expect(screen.getByLabelText('Agent')).toHaveValue('Priya');
    expect(screen.queryByRole('region', { name: /^Kept/ })).not.toBeInTheDocument();
  });

  it('lets the lead reassign a follow-up and mark one missed', async () => {
    const { db } = await desk();
    serveBackground(db);
    const user = userEvent.setup();
    render(<FollowUpReview db={db} />);
    const overdue = await screen.findByRole('region', { name: 'Overdue' });
    await user.selectOptions(
      within(overdue).getByLabelText(/Reassign “We'll call you back” to/),
      'Priya',
    );
    await user.click(
      within(overdue).getByRole('button', { name: /Reassign “We'll call you back”/ }),
    );
    expect(await within(overdue).findByRole('table', { name: 'Priya (2)' })).toBeInTheDocument();

    await user.click(within(overdue).getByRole('button', { name: /Mark “We will refund/ }));
    await user.click(within(overdue).getByRole('button', { name: /^Yes, mark .* missed$/ }));
    const missed = await screen.findByRole('region', { name: 'Missed (last 7 days)' });
    expect(
      await within(missed).findByRole('cell', { name: '“We will refund <b>today</b>”' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Overdue (1)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Summary')).toHaveTextContent('Kept on time50 %');
  });
});
