import { describe, expect, it } from 'vitest';
import { captureOn, SCREENSHOTS, sidebarOf, storedRecords, useExtension } from './fixture';

/**
 * Issue 12, point 2, in the production build in real Chromium on the X demo: the agent
 * resolves a case, asks for feedback (the request waits in X's reply box, unsent), pastes
 * the customer's answer, keeps the rating it reads, and saves the kind words as a
 * testimonial; the follow-up to look for the answer is done, the analytics count it, and
 * the team's activity stream shows each step in order.
 */
const ORDER_POST = 'my order #4411 never arrived';
const ORDER_URL = 'https://x.com/jordan_lee/status/1984652093142855680';
const ANSWER = '5/5, amazing help, thank you so much!';

describe('feedback after resolution (production build, real Chromium)', () => {
  const ext = useExtension();

  it('asks in the reply box, keeps the rating read from the answer, and offers it as a testimonial', async () => {
    const page = await ext.open(ORDER_URL);
    await captureOn(page, ORDER_POST);
    const sidebar = await sidebarOf(page);
    // Nothing to ask while the case is open.
    expect(await sidebar.getByTestId('case-feedback').count()).toBe(0);

    await sidebar.getByRole('combobox', { name: 'Case status' }).selectOption('resolved');
    const why = sidebar.getByRole('alertdialog');
    await why.getByRole('textbox', { name: 'Reason' }).fill('Courier confirmed delivery');
    await why.getByRole('button', { name: 'Close anyway' }).click();
    const feedback = sidebar.getByTestId('case-feedback');
    await feedback.waitFor();

    await feedback.getByRole('button', { name: 'Ask for feedback' }).click();
    await feedback.getByRole('status').filter({ hasText: 'in the reply box' }).waitFor();
    const ref = (await sidebar.getByTestId('current-case-ref').textContent())!;
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await expect
      .poll(() => editor.innerText())
      .toBe(
        `@jordan_lee Glad we could sort this out! How did we do? Reply with a number from 1 (poor) to 5 (great), and tell us anything we could do better. Reference ${ref}.`,
      );
    const sent = await page.evaluate(
      () => (window as unknown as { __demo: { sent(): unknown[] } }).__demo.sent().length,
    );
    expect(sent).toBe(0);
    await expect.poll(() => feedback.getByTestId('feedback-requested').count()).toBe(1);

    // The customer answered: pasted in, the rating is read from it and kept.
    await feedback.getByRole('textbox', { name: /The customer.s answer/ }).fill(ANSWER);
    await feedback.getByRole('checkbox', { name: /the customer.s own words/ }).check();
    expect(await feedback.getByTestId('feedback-read').textContent()).toContain('Reads as 5 of 5');
    await feedback.getByRole('button', { name: 'Save rating' }).click();
    await expect
      .poll(() => feedback.getByTestId('feedback-rating').textContent())
      .toMatch(/^Rated 5 of 5.*from the customer\u2019s reply/);
    await page.screenshot({ path: `${SCREENSHOTS}/feedback-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SCREENSHOTS}/feedback-dark.png` });

    await feedback.getByRole('button', { name: 'Save feedback as testimonial' }).click();
    await expect
      .poll(() => feedback.getByTestId('feedback-testimonial').textContent())
      .toMatch(/kept as a testimonial \(pending\)/);
    expect(
      await feedback.getByRole('button', { name: 'Save feedback as testimonial' }).count(),
    ).toBe(0);

    const dashboard = await ext.dashboard();
    const cases = await storedRecords(dashboard, 'cases');
    const record = cases.find((c) => c.ref === ref)!;
    expect(record).toMatchObject({
      status: 'resolved',
      feedback: { rating: { scale: 'five', value: 5 }, comment: ANSWER, source: 'reply' },
    });
    const followUps = await storedRecords(dashboard, 'followUps');
    expect(followUps.filter((f) => f.caseId === record.id)).toMatchObject([
      { source: 'feedback', status: 'done' },
    ]);
    const testimonials = await storedRecords(dashboard, 'testimonials');
    expect(testimonials.find((t) => t.caseId === record.id)).toMatchObject({ quote: ANSWER });

    // The analytics count the rating.
    await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#view=analytics');
    await dashboard.getByTestId('analytics-timings').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => dashboard.getByTestId('figure-satisfaction').textContent())
      .toMatch(/^Satisfaction100%1 good of 1 ratings$/);

    // The team's stream has each step, in the order they happened (newest first).
    await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#view=activity');
    const steps = [
      `Saved a testimonial from ${ref}`,
      `Customer rated ${ref} 5 of 5`,
      `Asked for feedback on ${ref}`,
      `Resolved ${ref}`,
      `Captured ${ref} from @jordan_lee`,
    ];
    await expect
      .poll(async () => {
        const texts = await dashboard
          .getByRole('list', { name: 'Activity' })
          .locator('.activity-text')
          .allTextContents();
        return texts.filter((text) => steps.some((step) => text.startsWith(step)));
      })
      .toEqual(steps);
    await dashboard.close();
    await page.close();
  });
});
