import type { browser as Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { captureOn, replyOnX, closeSidebar, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

const ORDER_POST = 'my order #4411 never arrived';
const ORDER_URL = 'https://x.com/jordan_lee/status/1984652093142855680';
const REPLY = "Sorry Jordan! We'll get back to you within 2 hours with the courier's answer.";

type Chrome = { chrome: typeof Browser };

describe('a promise made in an X reply (production build, real Chromium)', () => {
  const ext = useExtension();

  it('becomes a follow-up to keep, with its reminders planned, and is then marked done', async () => {
    const page = await ext.open(ORDER_URL);
    await captureOn(page, ORDER_POST);
    const sidebar = await sidebarOf(page);

    // The agent types in X's own reply box and presses X's own Reply.
    await replyOnX(page, REPLY);

    const promises = sidebar.getByRole('list', { name: 'Open promises' });
    await expect
      .poll(() => promises.textContent())
      .toContain("We'll get back to you within 2 hours");
    expect(await promises.textContent()).toMatch(/Follow-up due \w{3} \d\d:\d\d · in 2 h/);
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-promise-caught.png` });

    await promises.getByRole('button', { name: 'Keep' }).click();
    await expect.poll(() => promises.textContent()).toMatch(/Due \w{3} \d\d:\d\d · in 2 h/);
    // Its reminders are planned as alarms, from the database.
    const alarms = await ext.browser.serviceWorker.evaluate(async () =>
      (await (globalThis as unknown as Chrome).chrome.alarms.getAll()).map((a) => a.name),
    );
    expect(alarms.some((name) => /^followup:.+:before$/.test(name))).toBe(true);
    expect(alarms.some((name) => /^followup:.+:due$/.test(name))).toBe(true);

    // The lead's review lists it, with a link to its case.
    const dashboard = await ext.dashboard();
    await dashboard
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Follow-ups' })
      .click();
    const soon = dashboard
      .getByRole('region', { name: /^(Due today|Due in the next 7 days)$/ })
      .filter({ hasText: "We'll get back to you within 2 hours" });
    await expect.poll(() => soon.count()).toBe(1);
    expect(await soon.getByRole('link', { name: 'Open the case' }).count()).toBe(1);
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-followup-review.png` });
    await dashboard.close();

    const evidence = promises.getByRole('textbox', { name: /How it was kept/ });
    await evidence.fill('Sent the tracking link in a DM');
    await promises.getByRole('button', { name: 'Mark done' }).click();
    await expect.poll(() => sidebar.getByText('No open promises.').count()).toBe(1);
    await closeSidebar(page, sidebar);
    await page.close();
  });
});
