import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReplySection } from '@/components/sidebar/ReplySection';
import type { CaseDetail } from '@/lib/cases/sidebar-view';
import type { SavedReply } from '@/lib/db/schema';

const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">';

const record: CaseDetail = {
  id: 'case-1',
  ref: 'C-ABC123',
  status: 'new',
  title: 'Order missing',
  createdAt: 1000,
  updatedAt: 2000,
  permalink: null, // no link: {link} cannot be filled
  channel: 'x',
  sla: null,
  priority: 'P3',
  priorityReasons: [],
  text: 'my order never arrived',
  notes: [],
  checklist: [],
  customer: {
    platform: 'x',
    handle: 'dana_r',
    name: HOSTILE_NAME,
    profileUrl: null,
    avatarUrl: null,
  },
  assignee: null,
};

const reply = (id: string, name: string, body: string): SavedReply => ({
  id,
  name,
  body,
  channel: 'any',
  tags: [],
  createdAt: 1,
  updatedAt: 1,
  version: 1,
  deleted: false,
});

/** The background, as far as the Reply section talks to it: answers by request type. */
function fakeBackground(answers: Record<string, (payload: unknown) => unknown>) {
  const received: { type: string; payload: unknown }[] = [];
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const { type, payload } = message as { type: string; payload: unknown };
    received.push({ type, payload });
    try {
      sendResponse({ ok: true, data: answers[type]?.(payload) ?? null });
    } catch (error) {
      sendResponse({ ok: false, error: { code: 'failed', message: (error as Error).message } });
    }
    return true;
  });
  return received;
}

let received: { type: string; payload: unknown }[];
let insertError: string | null;

beforeEach(() => {
  insertError = null;
  received = fakeBackground({
    'replies.list': () => ({
      agent: 'Sam',
      replies: [
        reply('dm', 'Move to DM', '{handle} Please DM us and quote {case}. — {agent}'),
        reply('link', 'With link', 'Hi {name}, about {link}: {case}'),
      ],
    }),
    'reply.insert': () => {
      if (insertError) throw new Error(insertError);
      return { tabId: 7 };
    },
    'case.markReplied': () => record,
  });
});

describe('the sidebar Reply section', () => {
  it('fills the chosen saved reply for the case and inserts it into the page', async () => {
    const user = userEvent.setup();
    render(<ReplySection record={record} />);
    const pick = await screen.findByRole('combobox', { name: 'Saved reply' });
    expect(received[0]).toEqual({ type: 'replies.list', payload: { channel: 'x' } });

    await user.selectOptions(pick, 'Move to DM');
    const text = screen.getByRole('textbox', { name: 'Reply text' });
    expect(text).toHaveValue('@dana_r Please DM us and quote C-ABC123. — Sam');
    const filled = '@dana_r Please DM us and quote C-ABC123. — Sam';
    expect(screen.getByText(`${filled.length} characters`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Insert into reply box' }));
    expect(await screen.findByText('Inserted — review it and press Reply on X.')).toBeVisible();
    expect(received.at(-1)).toEqual({
      type: 'reply.insert',
      payload: { caseId: 'case-1', text: '@dana_r Please DM us and quote C-ABC123. — Sam' },
    });
  });

  it('flags placeholders the case cannot fill, and typos, and will not insert them', async () => {
    const user = userEvent.setup();
    render(<ReplySection record={record} />);
    await user.selectOptions(await screen.findByLabelText('Saved reply'), 'With link');
    const text = screen.getByRole('textbox', { name: 'Reply text' });
    // The customer's name is text, never markup.
    expect(text).toHaveValue(`Hi ${HOSTILE_NAME}, about {link}: C-ABC123`);
    expect(document.querySelector('img')).toBeNull();
    const problems = () => screen.getByRole('list', { name: 'To fix before inserting' });
    expect(problems()).toHaveTextContent('Nothing to fill {link}');
    const insert = screen.getByRole('button', { name: 'Insert into reply box' });
    expect(insert).toBeDisabled();

    await user.clear(text);
    await user.type(text, 'Thanks {{nmae}!');
    expect(problems()).toHaveTextContent('{nmae} is not a placeholder');
    expect(insert).toBeDisabled();
    await user.clear(text);
    await user.type(text, 'Thanks, fixed now.');
    expect(screen.queryByRole('list', { name: 'To fix before inserting' })).toBeNull();
    expect(insert).toBeEnabled();
  });

  it('shows why an insert failed, and keeps the text', async () => {
    const user = userEvent.setup();
    insertError = 'No reply box on this page: open the post first.';
    render(<ReplySection record={record} />);
    await screen.findByLabelText('Saved reply');
    const text = screen.getByRole('textbox', { name: 'Reply text' });
    await user.type(text, 'Hello there');
    await user.click(screen.getByRole('button', { name: 'Insert into reply box' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No reply box on this page: open the post first.',
    );
    expect(text).toHaveValue('Hello there');
  });

  it('records a reply made elsewhere with Mark replied', async () => {
    const user = userEvent.setup();
    render(<ReplySection record={record} />);
    await user.click(screen.getByRole('button', { name: 'Mark replied' }));
    await waitFor(() => expect(screen.getByText('Recorded as replied.')).toBeInTheDocument());
    expect(received.at(-1)).toEqual({ type: 'case.markReplied', payload: { caseId: 'case-1' } });
  });

  it('leaves {agent} to fill while the agent has no name of their own', async () => {
    for (const agent of [null, 'me']) {
      fakeBrowser.reset();
      fakeBackground({
        'replies.list': () => ({
          agent,
          replies: [reply('dm', 'Move to DM', '{handle} Please DM us. — {agent}')],
        }),
      });
      const user = userEvent.setup();
      const { unmount } = render(<ReplySection record={record} />);
      await user.selectOptions(await screen.findByLabelText('Saved reply'), 'Move to DM');
      expect(screen.getByRole('textbox', { name: 'Reply text' })).toHaveValue(
        '@dana_r Please DM us. — {agent}',
      );
      expect(screen.getByRole('list', { name: 'To fix before inserting' })).toHaveTextContent(
        'Casebook does not know your name for {agent}',
      );
      expect(screen.getByRole('button', { name: 'Insert into reply box' })).toBeDisabled();
      unmount();
    }
  });

  it('offers no "Mark replied" and no insert for a finished case, and says why', async () => {
    const user = userEvent.setup();
    render(<ReplySection record={{ ...record, status: 'resolved' }} />);
    await screen.findByLabelText('Saved reply');
    await user.type(screen.getByRole('textbox', { name: 'Reply text' }), 'Thanks again!');
    expect(screen.queryByRole('button', { name: 'Mark replied' })).toBeNull();
    const insert = screen.getByRole('button', { name: 'Insert into reply box' });
    expect(insert).toBeDisabled();
    expect(insert).toHaveAccessibleDescription(
      'This case is resolved: reopen it before recording a reply.',
    );
  });

  it('points to the dashboard when the desk has no saved replies', async () => {
    fakeBrowser.reset();
    fakeBackground({ 'replies.list': () => ({ agent: 'me', replies: [] }) });
    render(<ReplySection record={record} />);
    expect(await screen.findByRole('link', { name: 'Add some in the dashboard' })).toHaveAttribute(
      'href',
      expect.stringMatching(/dashboard\.html#view=replies$/),
    );
  });
});
