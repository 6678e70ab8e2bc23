import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ActivityView } from '@/components/activity/ActivityView';
import { capturePost } from '@/lib/cases/capture';
import { recordReply, setCaseAssignee, setCaseStatus } from '@/lib/cases/edit';
import { freshDatabase, parsedPost } from '../support/factories';

const MIN = 60_000;

async function seeded() {
  const db = freshDatabase();
  const t0 = Date.now() - 10 * MIN;
  const { caseId, ref } = await capturePost(
    db,
    parsedPost({ postId: '7', text: 'Charged twice <img src=x onerror=alert(1)>' }),
    { by: 'me', now: t0 },
  );
  await setCaseAssignee(db, caseId, 'Sam', { by: 'Lee', now: t0 + MIN });
  await recordReply(db, caseId, 'replied on X', { by: 'Sam', now: t0 + 2 * MIN });
  await setCaseStatus(db, caseId, 'resolved', { by: 'Sam', now: t0 + 3 * MIN }, 'done');
  return { db, caseId, ref };
}

const texts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.activity-text')?.textContent);

describe('the activity view', () => {
  it('says what to do when there is no activity yet', async () => {
    render(<ActivityView db={freshDatabase()} me="me" />);
    expect(await screen.findByText(/No activity yet/)).toBeInTheDocument();
  });

  it('lists each step newest first, each linking to its case', async () => {
    const { db, caseId, ref } = await seeded();
    render(<ActivityView db={db} me="me" />);
    const list = await screen.findByRole('list', { name: 'Activity' });
    expect(texts(list)).toEqual([
      `Resolved ${ref}`,
      `Replied on ${ref} (first response)`,
      `Assigned ${ref} to Sam`,
      expect.stringMatching(new RegExp(`^Captured ${ref}`)),
    ]);
    const link = within(list).getByRole('link', { name: `Resolved ${ref}` });
    expect(link).toHaveAttribute('href', `#case=${caseId}`);
    expect(list.querySelector('img')).toBeNull();
  });

  it('filters by kind and by who did it, and says when nothing matches', async () => {
    const { db, ref } = await seeded();
    const user = userEvent.setup();
    render(<ActivityView db={db} me="Lee" />);
    const list = await screen.findByRole('list', { name: 'Activity' });
    await user.click(screen.getByRole('button', { name: 'Replies' }));
    expect(screen.getByRole('button', { name: 'Replies' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(texts(list)).toEqual([`Replied on ${ref} (first response)`]));
    await user.click(screen.getByRole('button', { name: 'Assignments' }));
    await waitFor(() =>
      expect(texts(list)).toEqual([`Replied on ${ref} (first response)`, `Assigned ${ref} to Sam`]),
    );
    await user.click(screen.getByRole('button', { name: 'Show every kind' }));
    await user.selectOptions(screen.getByLabelText('By'), 'me');
    await waitFor(() =>
      expect(texts(screen.getByRole('list', { name: 'Activity' }))).toEqual([
        `Assigned ${ref} to Sam`,
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Testimonials' }));
    expect(await screen.findByText(/Nothing matches these filters/)).toBeInTheDocument();
  });

  it('shows what is recorded while it is open (a live query)', async () => {
    const { db, caseId, ref } = await seeded();
    render(<ActivityView db={db} me="me" />);
    const list = await screen.findByRole('list', { name: 'Activity' });
    await setCaseStatus(db, caseId, 'open', { by: 'Kim', now: Date.now() });
    await waitFor(() => expect(texts(list)[0]).toBe(`Set ${ref} to open`));
  });

  it('loads more, older items at the end', async () => {
    const db = freshDatabase();
    const now = Date.now();
    await db.events.bulkAdd(
      Array.from({ length: 60 }, (_, i) => ({
        id: `e${String(i).padStart(3, '0')}`,
        at: now - (60 - i) * MIN,
        by: 'me',
        type: 'case.note' as const,
        caseId: null,
        data: {},
      })),
    );
    const user = userEvent.setup();
    render(<ActivityView db={db} me="me" />);
    const list = await screen.findByRole('list', { name: 'Activity' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(60));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
