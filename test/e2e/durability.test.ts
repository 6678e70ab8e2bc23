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
/** How long the worker is stopped each time it starts, after a click, in ms. */
const STORMS_MS = [150, 400, 1200];

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

  it('never says captured without the case, nor failed with it, when the worker keeps stopping', async () => {
    const page = await ext.open('https://x.com/home');
    const dashboard = await ext.dashboard();
    const cdp = await ext.browser.context.newCDPSession(dashboard);
    await cdp.send('ServiceWorker.enable');
    // Posts the first test did not capture: after its eight.
    const posts = page.locator('article[data-testid="tweet"]');
    const first = STOP_AFTER_MS.length;
    expect(await posts.count()).toBeGreaterThanOrEqual(first + STORMS_MS.length);

    const outcomes: { postId: string; state: string; title: string }[] = [];
    let totalStops = 0;
    for (const [n, stormMs] of STORMS_MS.entries()) {
      const button = posts.nth(first + n).locator('[data-casebook-capture]');
      // Stop the worker each time it starts, from before the click until stormMs after it,
      // so the request and its one retry may both go unanswered; then let it restart (the
      // button then asks what was saved: lib/page/lost-capture.ts).
      let stops = 0;
      const stopWhenUp = (event: { versions: { versionId: string; runningStatus: string }[] }) => {
        for (const version of event.versions) {
          if (version.runningStatus !== 'starting' && version.runningStatus !== 'running') continue;
          stops += 1;
          void cdp
            .send('ServiceWorker.stopWorker', { versionId: version.versionId })
            .catch(() => {});
        }
      };
      cdp.on('ServiceWorker.workerVersionUpdated', stopWhenUp);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await button.click();
      await page.waitForTimeout(stormMs);
      cdp.off('ServiceWorker.workerVersionUpdated', stopWhenUp);
      expect(stops).toBeGreaterThan(0);
      totalStops += stops;
      await expect
        .poll(() => button.getAttribute('data-state'), { timeout: 20_000 })
        .toMatch(/^(captured|error)$/);
      outcomes.push({
        postId: (await button.getAttribute('data-post-id'))!,
        state: (await button.getAttribute('data-state'))!,
        title: (await button.getAttribute('title'))!,
      });
    }

    // What each button says is what the database holds.
    const cases = (await storedRecords(dashboard, 'cases')).filter((c) => !c.deleted);
    const capturedKeys = new Set(cases.flatMap((record) => record.postKeys as string[]));
    for (const outcome of outcomes) {
      expect(outcome.state === 'captured', JSON.stringify(outcome)).toBe(
        capturedKeys.has(`x:${outcome.postId}`),
      );
      if (outcome.state === 'error') expect(outcome.title).toMatch(/Not saved|may not be saved/);
    }
    console.log(
      `durability: ${STORMS_MS.length} captures under ${totalStops} worker stops: ` +
        outcomes.map((o) => (o.state === 'captured' ? 'captured' : o.title)).join(' | '),
    );
    await Promise.all([page.close(), dashboard.close()]);
  }, 180_000);
});
