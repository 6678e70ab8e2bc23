import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../support/browser';
import {
  captureButtonIn,
  SCREENSHOTS,
  sendRequest,
  sidebarOf,
  storedRecords,
  useExtension,
} from './fixture';

const ORDER_POST = 'my order #4411 never arrived';
const ORDER_URL = 'https://x.com/jordan_lee/status/1984652093142855680';

interface Demo {
  sent(): { text: string }[];
  composerState(index?: number): string;
}
const demo = (page: Page) => ({
  sent: () => page.evaluate(() => (window as unknown as { __demo: Demo }).__demo.sent()),
  state: () => page.evaluate(() => (window as unknown as { __demo: Demo }).__demo.composerState(0)),
});

// Issue 11, points 3 and 4, in the production build: a rule written on the options page
// routes the captured post's case and prefills its acknowledgement in X's reply box.
describe('routing applied on capture (production build, real Chromium)', () => {
  const ext = useExtension();

  it('routes the new case by the rule, records it, and prefills the acknowledgement unsent', async () => {
    const { context, extensionId } = ext.browser;
    const options = await openExtensionPage(context, extensionId, 'options.html');
    // The team and a saved reply, through the background as the pages send them.
    const saved = await sendRequest<{ id: string }>(options, 'replies.save', {
      reply: { name: 'Order ack', body: '{handle} thanks, we are on it: {case}.' },
    });
    expect(saved.ok).toBe(true);
    expect(
      (
        await sendRequest(options, 'settings.save', {
          settings: { key: 'main', agents: ['me', 'Sam'] },
        })
      ).ok,
    ).toBe(true);
    await options.reload();

    // The rule, written on the Routing card as a lead would.
    const routing = options.getByRole('region', { name: 'Routing' });
    await routing.getByRole('button', { name: 'Add rule' }).click();
    await routing.getByRole('textbox', { name: "Rule 1 'Rule 1': name" }).fill('Orders');
    await routing.getByRole('textbox', { name: "Rule 1 'Orders': keywords" }).fill('order');
    await routing.getByRole('combobox', { name: "Rule 1 'Orders': action" }).selectOption('agent');
    await routing
      .getByRole('combobox', { name: "Rule 1 'Orders': action: agent" })
      .selectOption('Sam');
    await routing
      .getByRole('combobox', { name: "Rule 1 'Orders': acknowledgement reply" })
      .selectOption({ label: 'Order ack' });
    await routing.getByRole('button', { name: 'Save routing' }).click();
    await routing.getByText('Saved.').waitFor();
    await options.close();

    const page = await ext.open(ORDER_URL);
    const button = captureButtonIn(page, ORDER_POST);
    await button.click();
    await expect.poll(() => button.getAttribute('aria-label')).toMatch(/^Captured as case C-/);
    const ref = (await button.getAttribute('aria-label'))!.replace('Captured as case ', '');

    const sidebar = await sidebarOf(page);
    await expect.poll(() => sidebar.getByTestId('current-case-ref').textContent()).toBe(ref);
    expect(await sidebar.getByTestId('case-assignee').textContent()).toBe('Sam');

    // The acknowledgement is in X's own reply box, filled for the case, and not sent.
    const ack = `@jordan_lee thanks, we are on it: ${ref}.`;
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await expect.poll(() => editor.innerText()).toBe(ack);
    expect(await demo(page).state()).toBe(ack);
    await expect
      .poll(() => sidebar.getByTestId('acknowledgement').textContent())
      .toBe(
        'Acknowledgement \u201cOrder ack\u201d is in the reply box: review it and press Reply on X.',
      );
    await page.waitForTimeout(300);
    expect(await demo(page).sent()).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-routing-ack.png` });

    // Stored: the assignee, and the history naming the rule.
    const worker = ext.browser.context.serviceWorkers()[0]!;
    const cases = await storedRecords(worker, 'cases');
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ ref, assignee: 'Sam' });
    expect((cases[0]!.history as unknown[]).at(-1)).toMatchObject({
      type: 'assignee',
      by: 'me',
      from: null,
      to: 'Sam',
      note: "Routed by rule 1 'Orders'",
    });

    // Routing again from the sidebar, by keyboard: the rule picks Sam again.
    await sidebar.getByRole('button', { name: 'Route' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => sidebar.locator('.route-case [role="status"]').textContent())
      .toBe(" Stays with Sam: rule 1 'Orders' picked the same");
    await sidebar
      .locator('.case-assignee')
      .screenshot({ path: `${SCREENSHOTS}/e2e-routing-sidebar.png` });

    // The agent sends it with X's own Reply: recorded on the case like any inserted reply.
    await page.getByTestId('tweetButtonInline').click();
    expect(await demo(page).sent()).toMatchObject([{ text: ack }]);
    await expect
      .poll(async () => {
        const [record] = await storedRecords(worker, 'cases');
        return (record!.history as { type: string }[]).filter((e) => e.type === 'reply').length;
      })
      .toBe(1);
    await page.close();
  });
});
