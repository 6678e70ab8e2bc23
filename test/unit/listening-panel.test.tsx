import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ListeningPanel } from '@/components/sidebar/ListeningPanel';
import type { ListenedPost, PageListening } from '@/lib/listening/page-listening';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const post = (postId: string, over: Partial<ListenedPost>): ListenedPost => ({
  postId,
  label: 'question',
  needsAnswer: true,
  priority: 1,
  reasons: ['asks a question: ends with "?"'],
  terms: ['@AcmeMobile'],
  snippet: `Post ${postId}`,
  author: { handle: `user${postId}`, name: `User ${postId}` },
  seenAt: Number(postId),
  ...over,
});

const listening: PageListening = {
  platform: 'x',
  url: 'https://x.com/search?q=acme',
  posts: [
    post('1', { priority: 1 }),
    post('2', { label: 'praise', needsAnswer: false, priority: 0, reasons: [] }),
    post('3', { label: 'complaint', priority: 6, snippet: HOSTILE }),
  ],
};

let answers: Record<string, unknown>;
let received: { type: string; payload: unknown }[];

beforeEach(() => {
  received = [];
  answers = {};
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const { type, payload } = message as { type: string; payload: { postId: string } };
    received.push({ type, payload });
    sendResponse({ ok: true, data: answers[payload.postId] });
    return true;
  });
});

describe('the sidebar listening panel', () => {
  it('counts the mentions and lists those that need an answer, most urgent first', () => {
    render(<ListeningPanel listening={listening} />);
    expect(screen.getByTestId('listening-counts').textContent).toBe(
      '2 need an answer · 3 mentions on this page',
    );
    const list = screen.getByRole('list', { name: 'Posts that need an answer, most urgent first' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-post-id'))).toEqual(['3', '1']);
    expect(items[0]!.textContent).toContain('Complaint');
    expect(items[1]!.textContent).toContain('Why: asks a question');
    // Post text is text: the hostile snippet shows as written and makes no element.
    expect(items[0]!.textContent).toContain(HOSTILE);
    expect(items[0]!.querySelector('img')).toBeNull();
  });

  it('captures a post in one click and says which case it became, or why not', async () => {
    const user = userEvent.setup();
    answers = {
      '3': { ok: true, ref: 'C-ABC123' },
      '1': { ok: false, message: 'That post is no longer on the page.' },
    };
    render(<ListeningPanel listening={listening} />);
    await user.click(screen.getByRole('button', { name: 'Capture post by User 3 as a case' }));
    expect((await screen.findByRole('status')).textContent).toBe('Captured as case C-ABC123');
    expect(received).toEqual([{ type: 'listening.capture', payload: { postId: '3', as: 'case' } }]);
    await user.click(screen.getByRole('button', { name: 'Capture post by User 1 as a case' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That post is no longer on the page.',
    );
  });

  it('shows nothing where nothing matched, and says so when nothing needs an answer', () => {
    const { container, rerender } = render(<ListeningPanel listening={null} />);
    expect(container.textContent).toBe('');
    rerender(<ListeningPanel listening={{ ...listening, posts: [listening.posts[1]!] }} />);
    expect(screen.getByText('None of them asks a question or complains.')).toBeTruthy();
    expect(screen.getByTestId('listening-counts').textContent).toBe(
      '0 need an answer · 1 mention on this page',
    );
  });
});
