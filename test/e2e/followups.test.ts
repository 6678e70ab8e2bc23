import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sendRequest, useExtension } from './fixture';

/**
 * Follow-up reminders in real Chromium, with the production build: a follow-up made
 * through the background's request fires its alarm, shows a notification and turns the
 * toolbar badge; a stopped service worker recreates the alarms from the database.
 * (The sidebar confirmation that sends 'followups.create' comes with the lead's UI.)
 */

type Chrome = {
  runtime: { sendMessage: (message: unknown) => Promise<unknown> };
  alarms: {
    getAll: () => Promise<{ name: string; scheduledTime: number }[]>;
    clearAll: () => Promise<boolean>;
  };
  notifications: { getAll: () => Promise<Record<string, boolean>> };
  action: { getBadgeText: (details: object) => Promise<string> };
};

const send = (page: Page, type: string, payload: unknown) =>
  sendRequest<{ created: { id: string }[] }>(page, type, payload);

const alarmNames = (page: Page) =>
  page.evaluate(async () =>
    (await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll())
      .map((a) => a.name)
      .sort(),
  );
const notificationIds = (page: Page) =>
  page.evaluate(async () =>
    Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()),
  );
const badge = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}));

describe('follow-up reminders (real Chromium)', () => {
  const ext = useExtension();

  it('an alarm fires a notification and the badge, and alarms survive a worker restart', async () => {
    const dashboard = await ext.dashboard();
    const now = await dashboard.evaluate(() => Date.now());
    const made = await send(dashboard, 'followups.create', {
      caseId: null,
      customerKey: 'x:dana_r',
      text: "Hi Dana, we'll get back to you shortly, and I will email the refund by Friday.",
      source: 'manual',
      confirmed: true,
      promises: [
        // Falls due almost at once: the test moves the due time close instead of waiting.
        { phrase: "we'll get back to you shortly", dueAt: now + 1_500 },
        { phrase: 'I will email the refund by Friday', dueAt: now + 3 * 86_400_000 },
      ],
    });
    expect(made.ok).toBe(true);
    const [soon, later] = made.data!.created.map((f) => f.id);
    expect(await alarmNames(dashboard)).toEqual(
      [`followup:${soon}:due`, `followup:${later}:before`, `followup:${later}:due`].sort(),
    );

    // The alarm fires: a notification for the promise, and the badge counts it overdue.
    await expect
      .poll(() => notificationIds(dashboard), { timeout: 20_000 })
      .toContain(`followup:${soon}`);
    await expect.poll(() => badge(dashboard)).toBe('1');
    expect(await alarmNames(dashboard)).toEqual(
      [`followup:${later}:before`, `followup:${later}:due`].sort(),
    );

    // The alarms are lost and the service worker stops: its next start recreates them
    // from the database, and the reminder already shown is not shown again.
    await dashboard.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.alarms.clearAll(),
    );
    const cdp = await ext.browser.context.newCDPSession(dashboard);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Any request wakes the worker.
    expect(await send(dashboard, 'settings.recomputeStatus', {})).toMatchObject({ ok: true });
    await expect
      .poll(() => alarmNames(dashboard))
      .toEqual([`followup:${later}:before`, `followup:${later}:due`].sort());
    expect(await badge(dashboard)).toBe('1');

    // Done: the badge clears.
    const done = await send(dashboard, 'followup.done', {
      followUpId: soon,
      evidence: { kind: 'note', text: 'Replied on X with the tracking link' },
    });
    expect(done.ok).toBe(true);
    await expect.poll(() => badge(dashboard)).toBe('');
    await dashboard.close();
  });
});
