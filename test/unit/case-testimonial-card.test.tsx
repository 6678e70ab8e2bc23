import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaseTestimonial } from '@/components/sidebar/CaseTestimonial';
import { CustomerTestimonials } from '@/components/sidebar/CustomerTestimonials';
import type { CustomerTestimonial } from '@/lib/customers/customer-view';
import type { CaseTestimonialView } from '@/lib/testimonials/case-testimonial';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

let received: { type: string; payload: unknown }[];
let failWith: string | null;

beforeEach(() => {
  received = [];
  failWith = null;
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const { type, payload } = message as { type: string; payload: unknown };
    received.push({ type, payload });
    sendResponse(
      failWith
        ? { ok: false, error: { code: 'failed', message: failWith } }
        : { ok: true, data: { already: false } },
    );
    return true;
  });
});

const suggested: CaseTestimonialView = {
  postKey: 'x:1',
  saved: null,
  suggestion: { reason: 'thanks-after-resolution', score: 2, resolvedRef: 'C-00000A' },
};

describe('the case card’s testimonial', () => {
  it('suggests saving a happy post and says why; saving sends the case’s post', async () => {
    const user = userEvent.setup();
    render(<CaseTestimonial caseId="case-1" testimonial={suggested} />);
    const note = await screen.findByRole('complementary', {
      name: 'This reads like a testimonial',
    });
    expect(note).toHaveTextContent('A happy post after case C-00000A was resolved.');
    await user.click(within(note).getByRole('button', { name: 'Save as testimonial' }));
    expect(received).toEqual([
      { type: 'testimonial.saveFromCase', payload: { caseId: 'case-1', postKey: 'x:1' } },
    ]);
  });

  it('shows why saving failed', async () => {
    failWith = 'Case not found';
    const user = userEvent.setup();
    render(<CaseTestimonial caseId="case-1" testimonial={{ ...suggested, suggestion: null }} />);
    await user.click(screen.getByRole('button', { name: 'Save as testimonial' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Case not found');
  });

  it('dismissing hides the suggestion for this case only, and is remembered', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<CaseTestimonial caseId="case-1" testimonial={suggested} />);
    await user.click(
      await screen.findByRole('button', { name: 'Dismiss the testimonial suggestion' }),
    );
    expect(screen.queryByRole('complementary')).toBeNull();
    // The plain action stays: any post can still be saved.
    expect(screen.getByRole('button', { name: 'Save as testimonial' })).toBeVisible();
    unmount();

    render(<CaseTestimonial caseId="case-1" testimonial={suggested} />);
    await screen.findByRole('button', { name: 'Save as testimonial' });
    expect(screen.queryByRole('complementary')).toBeNull();
    render(<CaseTestimonial caseId="case-2" testimonial={suggested} />);
    expect(await screen.findByRole('complementary')).toBeVisible();
  });

  it('once saved shows its state and consent, with the library link', () => {
    render(
      <CaseTestimonial
        caseId="case-1"
        testimonial={{
          postKey: 'x:1',
          saved: { id: 't1', state: 'pending', consent: 'not-asked' },
          suggestion: null,
        }}
      />,
    );
    expect(screen.getByTestId('case-testimonial')).toHaveTextContent(
      'Testimonial: pending · consent not asked',
    );
    expect(screen.getByRole('link', { name: 'Open in the library' })).toHaveAttribute(
      'href',
      expect.stringMatching(/dashboard\.html#view=testimonials$/),
    );
    expect(screen.queryByRole('button', { name: 'Save as testimonial' })).toBeNull();
  });
});

describe('the customer panel’s testimonials', () => {
  const item = (id: string, overrides: Partial<CustomerTestimonial> = {}): CustomerTestimonial => ({
    id,
    quote: HOSTILE,
    platform: 'x',
    permalink: 'https://x.com/dana/status/1',
    postedAt: 1000,
    savedAt: Date.now() - 60_000,
    state: 'approved',
    favourite: false,
    consent: 'granted',
    ...overrides,
  });

  it('says when there are none', () => {
    render(<CustomerTestimonials testimonials={[]} />);
    expect(screen.getByText('No testimonials yet.')).toBeVisible();
  });

  it('lists each quote as text with its state and consent', () => {
    render(
      <CustomerTestimonials
        testimonials={[
          item('a'),
          item('b', { state: 'pending', consent: 'requested', permalink: null }),
        ]}
      />,
    );
    const list = screen.getByRole('list', { name: 'Testimonials' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent(HOSTILE);
    expect(first).toHaveTextContent('approved, consent granted');
    expect(within(first!).getByRole('link', { name: 'Open post' })).toHaveAttribute(
      'href',
      'https://x.com/dana/status/1',
    );
    expect(second).toHaveTextContent('pending, consent requested');
    expect(document.querySelector('img')).toBeNull();
  });
});
