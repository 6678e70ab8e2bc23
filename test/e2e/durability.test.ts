/// <reference types="node" />
/**
 * Durability under faults (issue 9): the service worker is stopped through the browser's
 * DevTools protocol at several moments of a capture. Whatever the moment, a capture is all
 * or nothing (its case, its post and the running totals agree), the button says what
 * happened, and capturing again never makes a duplicate.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storedRecords, useExtension } from './fixture';

/** Milliseconds after the click at which the worker is stopped. */
const STOP_AFTER_MS = [0, 1, 3, 6, 10, 20, 40, 80];

const counter = async (dashboard: Page, key: string) =>
  Number((await storedRecords(dashboard, 'counters')).find((c) => c.key === key)?.value ?? 0);

describe('a capture when the service worker is stopped (production build, real Chromium)', () => {
  const ext = useExtension();

  it('is all or nothing at every moment, says so on the button, and never duplicates', async () => {
    const page = await ext.open('https://x.com/home');
    const dashboard = await ext.dashboard();
    const cdp = await ext.browser.context.newCDPSession(dashboard);
    await cdp.send('ServiceWorker.enable');
    const posts = page.locator('article[data-testid="tweet"]');
    expect(await posts.count()).toBeGreaterThanOrEqual(STOP_AFTER_MS.length);

    const outcomes: string[] = [];
    for (const [i, delay] of STOP_AFTER_MS.entries()) {
      const button = posts.nth(i).locator('[data-casebook-capture]');
      await button.click();
      await page.waitForTimeout(delay);
      await cdp.send('ServiceWorker.stopAllWorkers');
      // The button settles: captured (the request was retried on a new worker) or an error
      // it shows in words; never stuck busy.
      await expect
        .poll(() => button.getAttribute('data-state'), { timeout: 20_000 })
        .toMatch(/^(captured|error|idle)$/);
      const state = await button.getAttribute('data-state');
      if (state === 'error') expect(await button.getAttribute('title')).toBeTruthy();
      outcomes.push(state!);
    }

    // The database holds whole captures only, and the running totals count exactly them.
    const cases = (await storedRecords(dashboard, 'cases')).filter((c) => !c.deleted);
    const stored = await storedRecords(dashboard, 'posts');
    const postKeys = new Set(stored.map((p) => String(p.key)));
    for (const record of cases)
      for (const key of record.postKeys as string[]) expect(postKeys.has(key)).toBe(true);
    expect(await counter(dashboard, 'cases')).toBe(cases.length);
    expect(await counter(dashboard, 'posts')).toBe(stored.length);
    const shownCaptured = outcomes.filter((state) => state === 'captured').length;
    expect(cases.length).toBe(shownCaptured);

    // Capturing every post again: each ends captured, each post in exactly one case.
    for (const i of STOP_AFTER_MS.keys()) {
      const button = posts.nth(i).locator('[data-casebook-capture]');
      if ((await button.getAttribute('data-state')) !== 'captured') await button.click();
      await expect.poll(() => button.getAttribute('data-state')).toBe('captured');
    }
    const after = (await storedRecords(dashboard, 'cases')).filter((c) => !c.deleted);
    const keys = after.flatMap((record) => record.postKeys as string[]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(after.length).toBe(STOP_AFTER_MS.length);
    expect(await counter(dashboard, 'cases')).toBe(STOP_AFTER_MS.length);
    console.log(
      `durability: ${STOP_AFTER_MS.length} worker stops during captures survived (${outcomes.join(', ')})`,
    );
    await Promise.all([page.close(), dashboard.close()]);
  }, 180_000);
});
