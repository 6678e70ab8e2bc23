import { describe, expect, it } from 'vitest';
import { captureButtonIn, SCREENSHOTS, useExtension } from './fixture';

const ROAMING = 'does the Unlimited Plus plan include roaming';
const BILL = 'Charged twice for my March bill';
const ORDER = 'I already DMed you twice and still no answer';

describe('the queue (production build, real Chromium)', () => {
  const ext = useExtension();

  it('lists open cases by SLA due, filters them, and works from the keyboard', async () => {
    const page = await ext.open('https://x.com/home');
    for (const text of [ROAMING, BILL, ORDER]) {
      const button = captureButtonIn(page, text);
      await button.click();
      await expect.poll(() => button.textContent()).toMatch(/^\u2713 C-/);
    }
    const dashboard = await ext.dashboard();
    await dashboard.getByRole('button', { name: 'Queue (by SLA)' }).click();
    const rows = dashboard.getByRole('list', { name: 'Cases' }).getByRole('button');
    await expect.poll(() => rows.count()).toBe(3);
    // Every case waits for its first response, due an hour after its capture: the
    // soonest due (the first captured) comes first, whatever the priority.
    const texts = await rows.allTextContents();
    expect(texts.map((text) => [ROAMING, BILL, ORDER].findIndex((t) => text.includes(t)))).toEqual([
      0, 1, 2,
    ]);
    expect(texts[1]).toMatch(/P2: negative/);
    expect(texts.every((text) => /First response (due in|at risk)/.test(text))).toBe(true);

    // Channel and status filters narrow; clearing brings everything back.
    await dashboard.getByRole('combobox', { name: 'Channel' }).selectOption('facebook');
    await expect.poll(() => dashboard.getByTestId('empty-state').textContent()).toContain('match');
    await dashboard.getByRole('button', { name: 'Clear filters' }).click();
    await dashboard.getByRole('button', { name: 'Queue (by SLA)' }).click();
    await expect.poll(() => rows.count()).toBe(3);

    // From the keyboard: "/" to search, Tab to the list, arrows to move, Enter to open.
    await dashboard.keyboard.press('/');
    await dashboard.keyboard.type('roaming');
    await expect.poll(() => rows.count()).toBe(1);
    await dashboard.keyboard.press('Control+A');
    await dashboard.keyboard.press('Backspace');
    await expect.poll(() => rows.count()).toBe(3);
    await rows.first().focus();
    await dashboard.keyboard.press('ArrowDown');
    await dashboard.keyboard.press('Enter');
    const second = (await rows.nth(1).textContent()) ?? '';
    await expect.poll(() => rows.nth(1).getAttribute('aria-current')).toBe('true');
    const detail = dashboard.getByRole('article');
    const ref = /C-[0-9A-F]{6}/.exec(second)?.[0] ?? 'no ref';
    await expect.poll(() => detail.locator('h2').first().textContent()).toContain(ref);
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-queue.png` });
    await Promise.all([page.close(), dashboard.close()]);
  });
});
