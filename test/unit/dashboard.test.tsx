import { saveSettings } from '@/lib/settings';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { listCases } from '@/lib/cases/queries';
import { capturePost } from '@/lib/cases/capture';
import { recordReply, setCaseAssignee, setCaseStatus, setCaseTags } from '@/lib/cases/edit';
import { serveBackground } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const author = (handle: string) => ({
  handle,
  name: handle,
  profileUrl: null,
  avatarUrl: null,
  followers: null,
  verified: false,
});

async function seeded() {
  const db = freshDatabase();
  const late = await capturePost(
    db,
    parsedPost({ postId: '1', text: 'Refund please, charged twice' }),
    actor(3000),
  );
  const early = await capturePost(
    db,
    parsedPost({ postId: '2', text: 'Love the new app!', author: author('happy_hal') }),
    actor(1000),
  );
  await setCaseStatus(db, early.caseId, 'resolved', actor(2000), 'test');
  return { db, late, early };
}

describe('dashboard', () => {
  it('shows a helpful empty state when there are no cases', async () => {
    render(<DashboardApp db={freshDatabase()} />);
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('No cases yet');
  });

  it('lists every case, newest activity first, and filters by status', async () => {
    const { db } = await seeded();
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    const list = await screen.findByRole('list', { name: 'Cases' });
    const rows = within(list).getAllByRole('button');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Refund please'),
      expect.stringContaining('Love the new app'),
    ]);
    await user.click(screen.getByRole('button', { name: 'Resolved' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Cases' })).getAllByRole('button'),
      ).toHaveLength(1),
    );
    expect(screen.getByRole('list', { name: 'Cases' })).toHaveTextContent('Love the new app');
    await user.click(screen.getByRole('button', { name: 'Closed' }));
    expect(await screen.findByText('No cases match this filter.')).toBeInTheDocument();
  });

  it('searches text and handles', async () => {
    const { db } = await seeded();
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    await screen.findByRole('list', { name: 'Cases' });
    await user.type(screen.getByRole('searchbox', { name: 'Search cases' }), '@happy');
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Cases' })).getAllByRole('button'),
      ).toHaveLength(1),
    );
    expect(screen.getByRole('list', { name: 'Cases' })).toHaveTextContent('happy_hal');
  });

  it('opens a case, changes its status and adds a note through the background', async () => {
    const { db, late } = await seeded();
    serveBackground(db);
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    await user.click(await screen.findByRole('button', { name: /Refund please/ }));
    const detail = await screen.findByRole('article');
    expect(within(detail).getByText('Refund please, charged twice')).toBeInTheDocument();

    await user.selectOptions(
      within(detail).getByRole('combobox', { name: 'Case status' }),
      'waiting',
    );
    await waitFor(async () => expect((await db.cases.get(late.caseId))?.status).toBe('waiting'));

    await user.type(
      within(detail).getByRole('textbox', { name: 'New note' }),
      'Asked for the order number',
    );
    await user.click(within(detail).getByRole('button', { name: 'Add note' }));
    expect(await within(detail).findByText('Asked for the order number')).toBeInTheDocument();
    expect(location.hash).toBe(`#case=${late.caseId}`);
  });
});

describe('dashboard queue', () => {
  it('lists new and open cases, the soonest SLA first, with their clocks', async () => {
    const db = freshDatabase();
    const now = Date.now();
    const later = await capturePost(
      db,
      parsedPost({ postId: '1', text: 'Captured later' }),
      actor(now - 3_600_000),
    );
    const earlier = await capturePost(
      db,
      parsedPost({ postId: '2', text: 'Captured earlier' }),
      actor(now - 20 * 3_600_000),
    );
    const waiting = await capturePost(
      db,
      parsedPost({ postId: '3', text: 'Waiting one' }),
      actor(now - 30 * 3_600_000),
    );
    await setCaseStatus(db, waiting.caseId, 'waiting', actor(now - 29 * 3_600_000));
    // Both answered once: only their resolution clocks run.
    await recordReply(db, later.caseId, 'test', actor(now - 3_000_000));
    await recordReply(db, earlier.caseId, 'test', actor(now - 19 * 3_600_000));
    expect(later.created && earlier.created).toBe(true);
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    await user.click(await screen.findByRole('button', { name: 'Queue (by SLA)' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Cases' })).getAllByRole('button'),
      ).toHaveLength(2),
    );
    const rows = within(screen.getByRole('list', { name: 'Cases' })).getAllByRole('button');
    expect(rows[0]).toHaveTextContent('Captured earlier');
    expect(rows[0]).toHaveTextContent('Resolution at risk · 4 h left');
    expect(rows[1]).toHaveTextContent('Captured later');
    expect(rows[1]).toHaveTextContent('Resolution due in 23 h');
  });
});

describe('dashboard hot topics', () => {
  it("shows today's rising topics and opens one to its cases", async () => {
    const db = freshDatabase();
    const now = Date.now();
    for (const [i, text] of [
      'Login error on iOS',
      'login error again',
      'LOGIN ERROR since 9am',
    ].entries()) {
      await capturePost(db, parsedPost({ postId: `l${i}`, text }), actor(now + i));
    }
    await capturePost(
      db,
      parsedPost({ postId: 'other', text: 'Roaming prices in Canada?' }),
      actor(now),
    );
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    const topic = await screen.findByRole('button', { name: 'login error ×3, +3 vs yesterday' });
    await user.click(topic);
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Cases' })).getAllByRole('button'),
      ).toHaveLength(3),
    );
    // The topic is a filter of its own, so a search still narrows within it.
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('login error');
    await user.type(screen.getByRole('searchbox', { name: 'Search cases' }), 'ios');
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Cases' })).getAllByRole('button'),
      ).toHaveLength(1),
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Cases' })).getAllByRole('button'),
      ).toHaveLength(4),
    );
  });
});

describe('dashboard keyboard', () => {
  it('"/" jumps to search and the arrow keys move between cases', async () => {
    const db = freshDatabase();
    for (const i of [1, 2, 3]) {
      await capturePost(db, parsedPost({ postId: `k${i}`, text: `Case ${i}` }), actor(i));
    }
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    const rows = await waitFor(() => {
      const found = within(screen.getByRole('list', { name: 'Cases' })).getAllByRole('button');
      expect(found).toHaveLength(3);
      return found;
    });
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search cases' })).toHaveFocus();
    rows[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(rows[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(rows[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}{Home}');
    expect(rows[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(rows[0]).toHaveAttribute('aria-current', 'true');
  });

  it('filters by channel', async () => {
    const db = freshDatabase();
    await capturePost(db, parsedPost({ postId: 'x1' }), actor(1));
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    await screen.findByRole('list', { name: 'Cases' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'Facebook');
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('No cases match');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'X');
    expect(await screen.findByRole('list', { name: 'Cases' })).toBeInTheDocument();
  });
});

describe('dashboard filters', () => {
  it('narrows the list by assignee and by tag', async () => {
    const db = freshDatabase();
    const a = await capturePost(db, parsedPost({ postId: 'a', text: 'Assigned to Sam' }), actor(1));
    const b = await capturePost(db, parsedPost({ postId: 'b', text: 'Nobody has it' }), actor(2));
    await capturePost(db, parsedPost({ postId: 'c', text: 'Mine, tagged' }), actor(3));
    await saveSettings(db, { key: 'main', agents: ['me', 'Sam'] });
    await setCaseAssignee(db, a.caseId, 'Sam', actor(4));
    await setCaseAssignee(db, b.caseId, null, actor(5));
    const c = (await db.cases.where('postKeys').equals('x:c').first())!;
    await setCaseTags(db, c.id, ['Billing'], actor(6));
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    const rows = () => within(screen.getByRole('list', { name: 'Cases' })).queryAllByRole('button');
    await waitFor(() => expect(rows()).toHaveLength(3));

    const assignee = screen.getByRole('combobox', { name: 'Assignee' });
    await waitFor(() => expect(within(assignee).getAllByRole('option')).toHaveLength(4));
    await user.selectOptions(assignee, 'Sam');
    await waitFor(() =>
      expect(rows().map((r) => r.textContent)).toEqual([
        expect.stringContaining('Assigned to Sam'),
      ]),
    );
    await user.selectOptions(assignee, 'Unassigned');
    await waitFor(() =>
      expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining('Nobody has it')]),
    );
    await user.selectOptions(assignee, 'Anyone');
    await user.type(screen.getByRole('textbox', { name: 'Tag' }), 'billing');
    await waitFor(() =>
      expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining('Mine, tagged')]),
    );
  });
});

describe('queue order', () => {
  it('on the same SLA due time, the higher priority comes first', async () => {
    const db = freshDatabase();
    const now = Date.now();
    const calm = await capturePost(
      db,
      parsedPost({ postId: 'calm', text: 'Roaming?' }),
      actor(now),
    );
    const loud = await capturePost(db, parsedPost({ postId: 'loud', text: 'Refund!' }), actor(now));
    // Same due time, different priorities (set directly: the tie is what is tested).
    await db.cases.update(calm.caseId, { priority: 'P3', slaDueAt: now + 1000 });
    await db.cases.update(loud.caseId, { priority: 'P2', slaDueAt: now + 1000 });
    const queue = await listCases(db, 'queue', { search: '' });
    expect(queue.map((c) => c.id)).toEqual([loud.caseId, calm.caseId]);
    await db.cases.update(loud.caseId, { slaDueAt: now + 2000 });
    const byDue = await listCases(db, 'queue', { search: '' });
    expect(byDue.map((c) => c.id)).toEqual([calm.caseId, loud.caseId]);
  });
});
