import type { browser as Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../support/browser';
import {
  captureButtonIn,
  captureOn,
  replyOnX,
  closeSidebar,
  SCREENSHOTS,
  sidebarOf,
  useExtension,
} from './fixture';

const ORDER_POST = 'my order #4411 never arrived';
const ORDER_URL = 'https://x.com/jordan_lee/status/1984652093142855680';
const REPLY = "So sorry Jordan! I'll DM you the courier's answer within 3 hours.";
const PHRASE = "I'll DM you the courier's answer within 3 hours";
const REFUND_POST = 'Charged twice for my March bill';
const INSERTED = "Hi Kim, we'll refund the double charge by Friday.";
const NOTE = "Called Jordan: told him we'd call back tomorrow with the refund decision.";

type Chrome = { chrome: typeof Browser };

describe('promises caught and followed up (production build, real Chromium)', () => {
  const ext = useExtension();

  it("a reply sent with X's button stops the response clock and proposes a follow-up, snoozed and handed on from the sidebar; a note's promise is proposed on the dashboard", async () => {
    const { context, extensionId } = ext.browser;
    const options = await openExtensionPage(context, extensionId, 'options.html');
    await options.getByLabel(/^One name per line/).fill('me\nPriya');
    await options.getByRole('button', { name: 'Save agents' }).click();
    await options.getByRole('status').filter({ hasText: /Saved/ }).waitFor();
    await options.close();

    const page = await ext.open(ORDER_URL);
    await captureOn(page, ORDER_POST);
    const sidebar = await sidebarOf(page);
    const sla = sidebar.locator('.card [data-testid="sla"]');
    await expect.poll(() => sla.textContent()).toMatch(/^First response due in/);

    // A reply Casebook did not insert: typed in X's own box, sent with X's own Reply.
    await replyOnX(page, REPLY);

    // The response clock stopped, as for a recorded reply...
    await expect.poll(() => sla.textContent()).toMatch(/^Resolution due in/);
    // ...and the promise waits for the agent.
    const promises = sidebar.getByRole('list', { name: 'Open promises' });
    await expect.poll(() => promises.textContent()).toContain(PHRASE);
    const item = promises.getByRole('listitem').filter({ hasText: PHRASE });
    expect(await item.textContent()).toMatch(/Follow-up due \w{3} \d\d:\d\d · in 3 h/);
    expect(await item.textContent()).toContain('Owed by me · from a reply');

    // Snooze, from the keyboard: the panel takes focus on its first choice.
    await item.getByRole('button', { name: 'Keep' }).click();
    await expect.poll(() => item.textContent()).toMatch(/Due \w{3} \d\d:\d\d · in 3 h/);
    await item.getByRole('button', { name: 'Snooze' }).focus();
    await page.keyboard.press('Enter');
    const snooze = item.getByRole('form', { name: /^Snooze “/ });
    await snooze.waitFor();
    await page.waitForTimeout(100);
    const frame = page.locator('iframe[data-casebook-sidebar]');
    await frame.screenshot({ path: `${SCREENSHOTS}/e2e-followup-controls-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await item.getByRole('button', { name: 'Reassign' }).click(); // another panel, in dark
    await item.getByRole('button', { name: 'Snooze' }).click();
    await page.waitForTimeout(100);
    await frame.screenshot({ path: `${SCREENSHOTS}/e2e-followup-controls-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    await expect
      .poll(() => sidebar.evaluate(() => document.activeElement?.textContent))
      .toBe('For 1 hour');
    await page.keyboard.press('Enter');
    await expect.poll(() => item.textContent()).toMatch(/snoozed until \w{3} \d\d:\d\d/);
    // The reminder comes back when the snooze ends: an alarm for then.
    const alarms = await ext.browser.serviceWorker.evaluate(async () =>
      (await (globalThis as unknown as Chrome).chrome.alarms.getAll()).map((a) => a.name),
    );
    expect(alarms.some((name) => /^followup:.+:again$/.test(name))).toBe(true);

    // Handed to Priya.
    await item.getByRole('button', { name: 'Reassign' }).click();
    await item.getByRole('combobox', { name: 'Hand to' }).selectOption('Priya');
    await item.getByRole('button', { name: 'Reassign to Priya' }).click();
    await expect.poll(() => item.textContent()).toContain('Owed by Priya');
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-followup-reassigned.png` });
    await closeSidebar(page, sidebar);
    await page.close();

    // The dashboard's case: its follow-ups and their history, and a promise in a note.
    const dashboard = await ext.dashboard();
    await dashboard
      .getByRole('button', { name: /never arrived/ })
      .first()
      .click();
    const detail = dashboard.getByRole('article');
    const list = detail.getByRole('list', { name: 'Follow-ups of this case' });
    await expect.poll(() => list.textContent()).toContain(PHRASE);
    expect(await list.textContent()).toContain('Owed by Priya');
    const history = detail.getByRole('region', { name: 'History' });
    expect(await history.textContent()).toMatch(
      new RegExp(`promised a follow-up due \\w{3} \\d\\d:\\d\\d: “${PHRASE}”`),
    );
    expect(await history.textContent()).toContain(`handed the follow-up “${PHRASE}” to Priya`);
    expect(await history.textContent()).toContain('replied on X (first response)');

    await detail.getByRole('textbox', { name: 'New note' }).fill(NOTE);
    await detail.getByRole('button', { name: 'Add note' }).click();
    const fromNote = list.getByRole('listitem').filter({ hasText: 'we will call back tomorrow' });
    await expect.poll(() => fromNote.count()).toBe(1);
    expect(await fromNote.textContent()).toMatch(
      /Follow-up due \w{3} \d\d:\d\d.*Owed by me · from a note/,
    );
    await fromNote.getByRole('button', { name: 'Keep' }).click();
    await expect.poll(() => fromNote.textContent()).toMatch(/Kept\./);
    await detail
      .getByRole('region', { name: /^Follow-ups$|Notes/ })
      .first()
      .scrollIntoViewIfNeeded();
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-case-followups.png`, fullPage: true });
    await dashboard.close();
  });

  it('a reply Casebook inserted and the agent sent: one reply recorded, one follow-up, from a saved reply', async () => {
    const page = await ext.open('https://x.com/home');
    const capture = captureButtonIn(page, REFUND_POST);
    await capture.click();
    await expect.poll(() => capture.getAttribute('aria-label')).toMatch(/^Captured as case C-/);
    const sidebar = await sidebarOf(page);
    await sidebar.getByRole('textbox', { name: 'Reply text' }).fill(INSERTED);
    await sidebar.getByRole('button', { name: 'Insert into reply box' }).click();
    const editor = page.getByRole('dialog').locator('[data-testid="tweetTextarea_0"]');
    await expect.poll(() => editor.innerText()).toBe(INSERTED);
    await editor.focus();
    await page.keyboard.press('Control+Enter');

    const sla = sidebar.locator('.card [data-testid="sla"]');
    await expect.poll(() => sla.textContent()).toMatch(/^Resolution due in/);
    const promises = sidebar.getByRole('list', { name: 'Open promises' });
    await expect.poll(() => promises.textContent()).toContain('from a saved reply');
    await page.waitForTimeout(500); // both reports are in: still one of each
    expect(await promises.getByRole('listitem').count()).toBe(1);
    expect(await promises.textContent()).toContain("we'll refund the double charge by Friday");
    await page.close();

    const dashboard = await ext.dashboard();
    await dashboard
      .getByRole('button', { name: /Charged twice/ })
      .first()
      .click();
    const history = dashboard.getByRole('article').getByRole('region', { name: 'History' });
    await expect.poll(() => history.textContent()).toContain('replied on X (first response)');
    expect(await history.getByText(/replied on X/).count()).toBe(1);
    expect(await history.getByText(/promised a follow-up/).count()).toBe(1);
    await dashboard.close();
  });
});
