import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { groupHash, groupIdsOf } from '@/components/group/group-link';
import { SidebarContent } from '@/components/sidebar/SidebarApp';
import { capturePost } from '@/lib/cases/capture';
import { recordReply } from '@/lib/cases/edit';
import type { SidebarView } from '@/lib/cases/sidebar-view';
import type { CasebookDatabase } from '@/lib/db/database';
import { serveBackground } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const OUTAGE = 'No signal at all in CITY since this morning. Is this an outage? @AcmeMobile';

async function desk() {
  const db = freshDatabase();
  serveBackground(db);
  const ids: string[] = [];
  const cities = ['Austin', 'Dallas', 'Denver'];
  for (const [i, handle] of ['ann_a', 'bob_b', 'cy_c'].entries()) {
    const { caseId } = await capturePost(
      db,
      parsedPost({
        postId: `90${i}`,
        text: OUTAGE.replace('CITY', cities[i]!),
        author: {
          handle,
          name: handle.split('_')[0]!,
          profileUrl: null,
          avatarUrl: null,
          followers: null,
          verified: false,
        },
      }),
      actor(1000 + i),
    );
    ids.push(caseId);
  }
  return { db, ids };
}

const refOf = async (db: CasebookDatabase, id: string) => (await db.cases.get(id))!.ref;
const rowOf = (name: RegExp) => screen.findByRole('listitem', { name });

beforeEach(() => {
  location.hash = '';
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('group answer view', () => {
  it('fills a written reply for each case and records it in each history', async () => {
    const { db, ids } = await desk();
    location.hash = groupHash(ids);
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    expect(
      await screen.findByRole('heading', { name: 'Answer as a group (3 cases)' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/No saved replies yet/)).toBeInTheDocument();
    const mark = screen.getByRole('button', { name: 'Mark all answered (3)' });
    expect(mark).toBeDisabled();

    await user.click(screen.getByRole('textbox', { name: 'Reply for this group' }));
    await user.paste('Hi {name} ({handle}), we are on it. Re {case}: {link}');
    const bob = await rowOf(/@bob_b/);
    const bobReply = within(bob).getByRole('textbox', { name: 'Reply to @bob_b' });
    const bobRef = await refOf(db, ids[1]!);
    expect(bobReply).toHaveValue(
      `Hi bob (@bob_b), we are on it. Re ${bobRef}: https://x.com/bob_b/status/901`,
    );
    const ann = await rowOf(/@ann_a/);
    expect(
      (within(ann).getByRole('textbox', { name: 'Reply to @ann_a' }) as HTMLTextAreaElement).value,
    ).toContain('(@ann_a)');
    expect(within(ann).getByRole('link', { name: 'Open post' })).toHaveAttribute(
      'href',
      'https://x.com/ann_a/status/900',
    );

    // One reply edited by hand; Copy copies what is in the box.
    await user.clear(bobReply);
    await user.type(bobReply, 'Bob, a custom line');
    expect(within(bob).getByText(/\(edited\)/)).toBeInTheDocument();
    await user.click(within(bob).getByRole('button', { name: 'Copy reply to @bob_b' }));
    expect(await within(bob).findByText('Copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('Bob, a custom line');

    await user.click(screen.getByRole('radio', { name: 'Waiting on customer' }));
    await user.click(mark);
    expect(await screen.findByRole('heading', { name: 'Answered 3 of 3' })).toBeInTheDocument();
    for (const id of ids) {
      const record = (await db.cases.get(id))!;
      expect(record.status).toBe('waiting');
      expect(record.history.filter((e) => e.type === 'reply').map((e) => e.to)).toEqual([
        'group answer "written for this group"',
      ]);
    }
  });

  it('offers the saved replies, and says what a case has no value for', async () => {
    const { db, ids } = await desk();
    await db.cases.update(ids[2]!, { permalink: null });
    const meta = { createdAt: 1, updatedAt: 1, version: 1, deleted: false, tags: [] };
    await db.savedReplies.bulkAdd([
      {
        ...meta,
        id: 'r1',
        name: 'Outage update',
        body: '{handle} Engineers are on it: {link}',
        channel: 'x',
      },
      { ...meta, id: 'r2', name: 'Old one', body: 'gone', channel: 'any', deleted: true },
    ]);
    location.hash = groupHash(ids);
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    const select = await screen.findByRole('combobox', { name: 'Saved reply' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a saved reply…', 'Outage update', 'Write one for this group']);
    await user.selectOptions(select, 'Outage update');
    const cy = await rowOf(/@cy_c/);
    expect(within(cy).getByRole('textbox', { name: 'Reply to @cy_c' })).toHaveValue(
      '@cy_c Engineers are on it: {link}',
    );
    const problems = within(cy).getByRole('list', { name: 'To fix before inserting' });
    expect(problems).toHaveTextContent(/Nothing to fill \{link\}/);
    expect(within(cy).getByText('No link to the post')).toBeInTheDocument();
    // The same rule as the sidebar's insert: not into the site with a placeholder left.
    const insert = within(cy).getByRole('button', { name: /insert the reply/ });
    expect(insert).toBeDisabled();
    expect(insert).toHaveAccessibleDescription(/Nothing to fill \{link\}/);
    const bob = await rowOf(/@bob_b/);
    expect(within(bob).getByRole('button', { name: /insert the reply/ })).toBeEnabled();
    // Typed by hand, a placeholder or a typo blocks it too.
    await user.type(within(bob).getByRole('textbox', { name: 'Reply to @bob_b' }), ' {{nmae}');
    expect(within(bob).getByRole('button', { name: /insert the reply/ })).toBeDisabled();
    expect(within(bob).getByRole('list', { name: 'To fix before inserting' })).toHaveTextContent(
      '{nmae} is not a placeholder',
    );
    await user.click(screen.getByRole('button', { name: 'Mark all answered (3)' }));
    await screen.findByRole('heading', { name: 'Answered 3 of 3' });
    expect((await db.cases.get(ids[0]!))!.history.at(-2)?.to).toBe('group answer "Outage update"');
    expect((await db.cases.get(ids[0]!))!.status).toBe('open');
  });

  it('lists the cases that may not be resolved yet, and resolves them with a reason', async () => {
    const { db, ids } = await desk();
    location.hash = groupHash(ids.slice(0, 2));
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    await user.click(await screen.findByRole('textbox', { name: 'Reply for this group' }));
    await user.paste('Fixed, sorry {name}!');
    await user.click(screen.getByRole('radio', { name: 'Resolved' }));
    await user.click(screen.getByRole('button', { name: 'Mark all answered (2)' }));
    expect(await screen.findByRole('heading', { name: 'Answered 0 of 2' })).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'Result per case' });
    expect(within(results).getAllByTestId('group-outcome-error')[0]).toHaveTextContent(
      /reply is recorded; the case is not resolved yet\. 4 required steps are not done/,
    );
    expect((await db.cases.get(ids[0]!))!.status).toBe('open');

    const [first] = within(results).getAllByRole('button', { name: 'Resolve with a reason…' });
    await user.click(first!);
    await user.type(
      await screen.findByRole('textbox', { name: 'Reason' }),
      'Fixed by the outage fix',
    );
    await user.click(screen.getByRole('button', { name: 'Close anyway' }));
    await waitFor(async () => expect((await db.cases.get(ids[0]!))!.status).toBe('resolved'));
    expect(await within(results).findByText(/now Resolved/)).toBeInTheDocument();
  });

  it('adds and removes cases, and says when an id is not a case', async () => {
    const { db, ids } = await desk();
    location.hash = groupHash([ids[0]!, 'forged-id']);
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    expect(
      await screen.findByText('Case 2 of the group does not exist (any more).'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove missing case 2 from the group' }));
    await waitFor(() => expect(groupIdsOf(location.hash)).toEqual([ids[0]]));

    // The similar open cases are offered to add; any case can be added by its reference.
    const bobRef = await refOf(db, ids[1]!);
    await user.click(await screen.findByRole('button', { name: `Add ${bobRef} to the group` }));
    expect(
      await screen.findByRole('heading', { name: 'Answer as a group (2 cases)' }),
    ).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Case reference' });
    await user.type(field, 'C-000000{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('No case C-000000.');
    const cyRef = await refOf(db, ids[2]!);
    await user.clear(field);
    await user.type(field, `${cyRef.toLowerCase()}{Enter}`);
    await waitFor(() => expect(groupIdsOf(location.hash)).toEqual(ids));

    await user.click(screen.getByRole('button', { name: `Remove ${bobRef} from the group` }));
    await waitFor(() => expect(groupIdsOf(location.hash)).toEqual([ids[0], ids[2]]));
  });

  it('is reached from a case’s similar open cases, with the ticked ones', async () => {
    const { db, ids } = await desk();
    location.hash = `case=${ids[0]}`;
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    const similar = await screen.findByRole('list', { name: 'Similar open cases' });
    const boxes = await within(similar).findAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    expect(similar).toHaveTextContent(/shares signal, morning, outage/);
    await user.click(boxes[1]!);
    await user.click(screen.getByRole('link', { name: 'Answer selected as a group (2)' }));
    expect(
      await screen.findByRole('heading', { name: 'Answer as a group (2 cases)' }),
    ).toBeInTheDocument();
    expect(groupIdsOf(location.hash)[0]).toBe(ids[0]);
  });

  it('records each reply once: a case sent with "Open & insert" is not recorded again', async () => {
    const { db, ids } = await desk();
    location.hash = groupHash(ids);
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    await user.click(await screen.findByRole('textbox', { name: 'Reply for this group' }));
    await user.paste('Hi {name}, we are on it.');
    // ann's reply went out through "Open & insert": the background recorded it on Reply.
    await recordReply(db, ids[0]!, 'replied on X', actor(Date.now()));
    const ann = await rowOf(/@ann_a/);
    expect(await within(ann).findByText('Answered: replied on X.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Waiting on customer' }));
    await user.click(screen.getByRole('button', { name: 'Mark all answered (3)' }));
    expect(await screen.findByRole('heading', { name: 'Answered 3 of 3' })).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'Result per case' });
    const lines = within(results).getAllByRole('listitem');
    expect(lines[0]).toHaveTextContent(/already replied on X · now Waiting on customer/);
    expect(lines[1]).toHaveTextContent(/reply recorded · now Waiting on customer/);
    const replies = async (id: string) =>
      (await db.cases.get(id))!.history.filter((e) => e.type === 'reply').map((e) => e.to);
    expect(await replies(ids[0]!)).toEqual(['replied on X']);
    expect(await replies(ids[1]!)).toEqual(['group answer "written for this group"']);
    for (const id of ids) expect((await db.cases.get(id))!.status).toBe('waiting');
  });

  it('leaves {agent} for the agent to fill, as the sidebar does, and never links a script', async () => {
    const { db, ids } = await desk();
    await db.cases.update(ids[0]!, { permalink: 'javascript:alert(1)' });
    location.hash = groupHash(ids.slice(0, 2));
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    await user.click(await screen.findByRole('textbox', { name: 'Reply for this group' }));
    await user.paste('Sorry {name}. {agent}');
    const ann = await rowOf(/@ann_a/);
    expect(within(ann).getByRole('textbox', { name: 'Reply to @ann_a' })).toHaveValue(
      'Sorry ann. {agent}',
    );
    expect(within(ann).getByRole('list', { name: 'To fix before inserting' })).toHaveTextContent(
      'Casebook does not know your name for {agent}',
    );
    expect(within(ann).queryByRole('link', { name: 'Open post' })).toBeNull();
    expect(within(ann).getByText('No link to the post')).toBeInTheDocument();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('says so when a case cannot be looked up, instead of failing silently', async () => {
    const { db, ids } = await desk();
    location.hash = groupHash([ids[0]!]);
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    const field = await screen.findByRole('textbox', { name: 'Case reference' });
    const where = db.cases.where.bind(db.cases);
    vi.spyOn(db.cases, 'where').mockImplementation(((index: string) =>
      index === 'ref'
        ? { equals: () => ({ first: () => Promise.reject(new Error('Disk full')) }) }
        : where(index)) as typeof db.cases.where);
    await user.type(field, 'C-123456{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Case C-123456 could not be looked up: Disk full',
    );
    expect(field).toHaveValue('C-123456');
  });

  it('shows a failing view’s error in the view, and keeps the dashboard', async () => {
    const { db, ids } = await desk();
    vi.spyOn(db.savedReplies, 'orderBy').mockImplementation(() => {
      throw new Error('The database connection is closing');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React logs the error
    location.hash = groupHash(ids);
    const user = userEvent.setup();
    render(<DashboardApp db={db} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Casebook could not show this: The database connection is closing',
    );
    // The header and the other views still work.
    await user.click(screen.getByRole('link', { name: 'Cases' }));
    expect(await screen.findByRole('region', { name: 'Case list' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an empty state without cases', async () => {
    location.hash = 'view=group';
    render(<DashboardApp db={freshDatabase()} />);
    expect(await screen.findByText(/No cases in this group yet/)).toBeInTheDocument();
  });
});

describe('sidebar offer', () => {
  const summary = (id: string, ref: string, title: string) => ({
    id,
    ref,
    status: 'new' as const,
    title,
    createdAt: 1,
    updatedAt: 2,
    permalink: null,
    channel: 'x' as const,
    priority: 'P3' as const,
    priorityReasons: [],
    sla: null,
  });
  const view = (similarOpen: SidebarView['similarOpen']): SidebarView => ({
    focus: {
      platform: 'x',
      pageUrl: 'https://x.com/home',
      postId: '1',
      author: { handle: 'ann_a', name: 'Ann', profileUrl: null, avatarUrl: null },
    },
    currentCase: {
      ...summary('c1', 'C-AAAAAA', 'No signal'),
      text: 'No signal',
      notes: [],
      customer: { platform: 'x', handle: 'ann_a', name: 'Ann', profileUrl: null, avatarUrl: null },
      assignee: null,
      checklist: [],
    },
    authorOpen: [],
    authorPast: [],
    recentOpen: [],
    hotTopics: [],
    openTotal: 2,
    similarOpen,
  });

  it('lists similar open cases with their words and links the group', () => {
    render(
      <SidebarContent
        view={view([
          {
            summary: summary('c2', 'C-BBBBBB', '<b>No signal in Dallas</b>'),
            handle: 'bob_b',
            reason: { shared: ['signal', 'outage'], score: 0.8 },
          },
        ])}
      />,
    );
    const section = screen.getByRole('region', { name: 'Similar open cases (1)' });
    expect(section).toHaveTextContent('C-BBBBBB');
    expect(section).toHaveTextContent('@bob_b');
    expect(section).toHaveTextContent('<b>No signal in Dallas</b>'); // text, not markup
    expect(within(section).getByTestId('shared-words')).toHaveTextContent('Shares: signal, outage');
    const link = within(section).getByRole('link', { name: 'Answer as a group' });
    expect(groupIdsOf(new URL(link.getAttribute('href')!).hash)).toEqual(['c1', 'c2']);
  });

  it('says nothing when there are none', () => {
    render(<SidebarContent view={view([])} />);
    expect(screen.queryByText(/Similar open cases/)).toBeNull();
  });
});
