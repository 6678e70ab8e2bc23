import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FeedbackSection } from '@/components/FeedbackSection';
import type { CaseFeedbackView } from '@/lib/feedback/case-feedback';
import { NO_FEEDBACK } from '@/lib/feedback/rating-schema';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const view = (over: Partial<CaseFeedbackView> = {}): CaseFeedbackView => ({
  ...NO_FEEDBACK,
  scale: 'five',
  offerTestimonial: false,
  testimonial: null,
  ...over,
});

let received: { type: string; payload: Record<string, unknown> }[];

beforeEach(() => {
  received = [];
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    received.push(message as (typeof received)[number]);
    sendResponse({ ok: true, data: null });
    return true;
  });
});

describe('feedback on the case card', () => {
  it('is not shown on an open case with no rating', () => {
    const { container } = render(<FeedbackSection caseId="c1" status="open" feedback={view()} />);
    expect(container.textContent).toBe('');
  });

  it('asks for feedback on a resolved case', async () => {
    render(<FeedbackSection caseId="c1" status="resolved" feedback={view()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ask for feedback' }));
    expect(received).toEqual([{ type: 'feedback.request', payload: { caseId: 'c1' } }]);
    expect((await screen.findAllByRole('status'))[0]!.textContent).toMatch(/in the reply box/);
  });

  it("suggests the rating the customer's answer gives, and the agent's own pick wins", async () => {
    render(<FeedbackSection caseId="c1" status="resolved" feedback={view()} />);
    const form = screen.getByRole('form', { name: 'Record the customer\u2019s rating' });
    expect(screen.getByRole('button', { name: 'Save rating' })).toHaveProperty('disabled', true);
    await userEvent.type(
      screen.getByRole('textbox', { name: /The customer.s answer/ }),
      '4 out of 5, quick once you got to it',
    );
    expect(screen.getByTestId('feedback-read').textContent).toContain('Reads as 4 of 5');
    expect(screen.getByRole('radio', { name: '4 of 5' })).toHaveProperty('checked', true);
    await userEvent.click(screen.getByRole('checkbox', { name: /the customer.s own words/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save rating' }));
    expect(received.at(-1)).toEqual({
      type: 'feedback.record',
      payload: {
        caseId: 'c1',
        rating: { scale: 'five', value: 4 },
        comment: '4 out of 5, quick once you got to it',
        source: 'reply',
      },
    });
    expect(form).toBeTruthy();

    // The agent's own note of a call, and their own pick: the agent's rating.
    await userEvent.type(screen.getByRole('textbox', { name: /The customer.s answer/ }), '5/5');
    expect(screen.getByRole('checkbox', { name: /the customer.s own words/ })).toHaveProperty(
      'checked',
      false,
    );
    await userEvent.click(screen.getByRole('radio', { name: '2 of 5' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save rating' }));
    expect(received.at(-1)?.payload).toMatchObject({
      rating: { scale: 'five', value: 2 },
      source: 'agent',
    });
  });

  it('shows the kept rating and comment as text, and offers a positive one as a testimonial', async () => {
    render(
      <FeedbackSection
        caseId="c1"
        status="closed"
        feedback={view({
          scale: 'three',
          rating: { scale: 'three', value: 'good' },
          comment: HOSTILE,
          source: 'reply',
          recordedAt: Date.now(),
          offerTestimonial: true,
        })}
      />,
    );
    const rating = screen.getByTestId('feedback-rating');
    expect(rating.textContent).toContain('Rated Good');
    expect(rating.textContent).toContain('from the customer\u2019s reply');
    expect(rating.textContent).toContain(HOSTILE);
    expect(rating.querySelector('img')).toBeNull();
    // The form to change it is one click away.
    expect(screen.queryAllByRole('radio')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Change rating' }));
    expect(
      screen.getAllByRole('radio').map((radio) => radio.parentElement!.textContent!.trim()),
    ).toEqual(['Bad', 'Neutral', 'Good']);
    await userEvent.click(screen.getByRole('button', { name: 'Save feedback as testimonial' }));
    expect(received.at(-1)).toEqual({
      type: 'testimonial.fromFeedback',
      payload: { caseId: 'c1' },
    });
  });

  it('shows a refusal as an alert', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: false, error: { code: 'conflict', message: 'Case C-1 is open.' } });
      return true;
    });
    render(<FeedbackSection caseId="c1" status="resolved" feedback={view()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ask for feedback' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Case C-1 is open.');
  });

  it('links the testimonial the answer became', () => {
    render(
      <FeedbackSection
        caseId="c1"
        status="resolved"
        feedback={view({
          rating: { scale: 'five', value: 5 },
          comment: 'Great!',
          testimonial: 'approved',
        })}
      />,
    );
    expect(screen.getByTestId('feedback-testimonial').textContent).toContain(
      'kept as a testimonial (approved)',
    );
    expect(screen.getByRole('link', { name: 'Open in the library' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save feedback as testimonial' })).toBeNull();
  });
});
