import type { BrowserContext, Worker } from 'playwright-core';
import type { browser as Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { captureOn, replyOnX, closeSidebar, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

/**
 * Issue 5's whole flow in one run of the production build in real Chromium: an agent
 * types a promise in X's reply box and presses X's Reply; the follow-up appears in the
 * sidebar and is kept; time moves forward in the service worker (its clock is set ahead
 * and the alarm due then is fired now, instead of waiting hours); the "due soon" and
 * "due" notifications show and the badge counts it overdue; the service worker is
 * stopped, and its next start rebuilds the alarms and the badge from the database
 * without showing a reminder twice.
 */

const ORDER_POST = 'my order #4411 never arrived';
const ORDER_URL = 'https://x.com/jordan_lee/status/1984652093142855680';
const REPLY = "Sorry Jordan! We'll get back to you within 3 hours with the courier's answer.";
const HOUR = 3_600_000;

type Chrome = { chrome: typeof Browser };

/** Sets the worker's clock `ms` ahead of the real one (0 sets it back). */
const moveClock = (worker: Worker, ms: number) =>
  worker.evaluate((ahead) => {
    const state = globalThis as unknown as { realNow?: () => number };
    state.realNow ??= Date.now.bind(Date);
    const real = state.realNow;
    Date.now = () => real() + ahead;
  }, ms);

/** Fires an alarm now, as Chromium does when its time comes (alarms follow the real clock). */
const fireAlarm = (worker: Worker, name: string) =>
  worker.evaluate(async (alarm) => {
    const state = globalThis as unknown as { realNow?: () => number };
    const real = state.realNow ?? Date.now.bind(Date);
    await (globalThis as unknown as Chrome).chrome.alarms.create(alarm, { when: real() + 50 });
  }, name);

const alarms = (worker: Worker) =>
  worker.evaluate(async () =>
    (await (globalThis as unknown as Chrome).chrome.alarms.getAll()).map((a) => a.name).sort(),
  );
const notifications = (worker: Worker) =>
  worker.evaluate(async () =>
    Object.keys(await (globalThis as unknown as Chrome).chrome.notifications.getAll()),
  );
const badge = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as Chrome).chrome.action.getBadgeText({}));
const clearNotifications = (worker: Worker) =>
  worker.evaluate(async () => {
    const api = (globalThis as unknown as Chrome).chrome.notifications;
    for (const id of Object.keys(await api.getAll())) await api.clear(id);
  });

/** The running service worker (a new one after a stop). */
async function workerOf(context: BrowserContext, extensionId: string): Promise<Worker> {
  for (;;) {
    const running = context.serviceWorkers().find((w) => w.url().includes(extensionId));
    const alive = running && (await running.evaluate(() => true).catch(() => false));
    if (running && alive) return running;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a promise from reply to reminder (production build, real Chromium)', () => {
  const ext = useExtension();

  it('is caught on send, kept, reminded before and at due with the badge, and survives a worker restart', async () => {
    const page = await ext.open(ORDER_URL);
    await captureOn(page, ORDER_POST);
    const sidebar = await sidebarOf(page);

    await replyOnX(page, REPLY);
    const promises = sidebar.getByRole('list', { name: 'Open promises' });
    await expect.poll(() => promises.textContent()).toContain('within 3 hours');
    await promises.getByRole('button', { name: 'Keep' }).click();
    await expect.poll(() => promises.textContent()).toMatch(/Due \w{3} \d\d:\d\d · in 3 h/);

    let worker = ext.browser.serviceWorker;
    const planned = await alarms(worker);
    const before = planned.find((name) => name.endsWith(':before'))!;
    const due = planned.find((name) => name.endsWith(':due'))!;
    expect(before).toBeDefined();
    expect(due).toBeDefined();
    const id = due.split(':')[1]!;
    expect(await badge(worker)).toBe('');

    // 2 h 30 later (the default lead time is an hour): the "due soon" reminder.
    await moveClock(worker, 2.5 * HOUR);
    await fireAlarm(worker, before);
    await expect.poll(() => notifications(worker)).toContain(`followup:${id}`);
    expect(await badge(worker)).toBe('');
    await clearNotifications(worker);

    // 3 h 10 later: due and not done — the "due" reminder, and the badge counts it.
    await moveClock(worker, 3 * HOUR + 10 * 60_000);
    await fireAlarm(worker, due);
    await expect.poll(() => notifications(worker)).toContain(`followup:${id}`);
    await expect.poll(() => badge(worker)).toBe('1');
    expect(await alarms(worker)).not.toContain(due);
    await clearNotifications(worker);

    // The service worker is stopped, and every alarm with it.
    await worker.evaluate(() => (globalThis as unknown as Chrome).chrome.alarms.clearAll());
    const cdp = await ext.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.reload();
    worker = await workerOf(ext.browser.context, ext.browser.extensionId);
    // A new worker: the clock set ahead in the old one is gone with it.
    expect(await worker.evaluate(() => 'realNow' in globalThis)).toBe(false);
    // Its new start rebuilt the alarm still to come (by the real clock) from the database.
    await expect.poll(() => alarms(worker)).toEqual([due]);
    // With its clock ahead again, a re-plan counts the follow-up overdue from the database
    // alone, and neither reminder is shown a second time.
    await moveClock(worker, 3 * HOUR + 10 * 60_000);
    await fireAlarm(worker, 'followup:replan');
    await expect.poll(() => badge(worker)).toBe('1');
    expect(await notifications(worker)).toEqual([]);
    expect(await alarms(worker)).toEqual([]);

    // The follow-up is still there for the agent after the restart.
    const again = await sidebarOf(page);
    const open = again.getByRole('list', { name: 'Open promises' });
    await expect.poll(() => open.textContent()).toContain('within 3 hours');
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-promise-after-restart.png` });
    await closeSidebar(page, again);
    await page.close();
  });
});
