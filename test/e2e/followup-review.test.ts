/// <reference types="node" />
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../support/browser';
import { captureOn, SCREENSHOTS, sendRequest, storedRecords, useExtension } from './fixture';

/**
 * The lead's follow-up review in real Chromium, with the production build: follow-ups of
 * two agents on two channels (made through the extension's own requests), filtered and
 * grouped in the dashboard, exported as exactly the rows shown; and the follow-up settings
 * changed on the options page, stored, with the reminders re-planned.
 */

const ORDER_POST = 'my order #4411 never arrived';
const ORDER_URL = 'https://x.com/jordan_lee/status/1984652093142855680';
const HOUR = 3_600_000;

type Chrome = {
  runtime: { sendMessage: (message: unknown) => Promise<unknown> };
  alarms: { getAll: () => Promise<{ name: string; scheduledTime: number }[]> };
};

const send = (page: Page, type: string, payload: unknown) =>
  sendRequest<{ created: { id: string }[] }>(page, type, payload);

/** The promise, agent and section of every row on screen, in order. */
const rowsOnScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.review-section')].flatMap((section) =>
      [...section.querySelectorAll('tbody tr')].map((row) => ({
        section: section.getAttribute('aria-label') ?? '',
        owner: row.children[0]?.textContent ?? '',
        promise: (row.children[1]?.textContent ?? '').replace(/^“|”$/g, ''),
      })),
    ),
  );

describe("the lead's follow-up review (real Chromium)", () => {
  const ext = useExtension();

  it('filters, groups and exports the follow-ups of two agents on two channels', async () => {
    // A case on X, captured the way an agent does it.
    const page = await ext.open(ORDER_URL);
    await captureOn(page, ORDER_POST);
    await page.close();

    const dashboard = await ext.dashboard();
    const [stored] = await storedRecords(dashboard, 'cases');
    const caseId = String(stored!.id);
    const saved = await send(dashboard, 'settings.save', {
      settings: { key: 'main', agents: ['me', 'Priya'] },
    });
    expect(saved.ok).toBe(true);
    const now = await dashboard.evaluate(() => Date.now());
    const promise = async (
      owner: string,
      phrase: string,
      dueAt: number,
      onX: boolean,
    ): Promise<string> => {
      const made = await send(dashboard, 'followups.create', {
        caseId: onX ? caseId : null,
        customerKey: onX ? null : 'reddit:sam_k',
        owner,
        text: phrase,
        source: 'manual',
        where: onX ? ORDER_URL : 'https://www.reddit.com/r/acme/comments/abc/',
        confirmed: true,
        promises: [{ phrase, dueAt }],
      });
      expect(made).toMatchObject({ ok: true });
      return made.data!.created[0]!.id;
    };
    await promise('me', "We'll call you back about the courier", now - 2 * HOUR, true);
    await promise('Priya', 'I will check the refund with billing', now - 3 * HOUR, false);
    const upcoming = await promise('Priya', "We'll email the new label", now + 2 * 24 * HOUR, true);
    const late = await promise('me', 'Our team will confirm the address', now - HOUR, false);
    const kept = await promise('Priya', 'I will send the tracking link', now + 24 * HOUR, true);
    const missed = await promise('me', 'Let me ask the warehouse', now - 4 * HOUR, true);
    for (const [type, payload] of [
      ['followup.done', { followUpId: late, evidence: { kind: 'note', text: 'Called Sam' } }],
      ['followup.done', { followUpId: kept, evidence: { kind: 'link', url: ORDER_URL } }],
      ['followup.missed', { followUpId: missed }],
    ] as const) {
      expect(await send(dashboard, type, payload)).toMatchObject({ ok: true });
    }

    // The lead opens the review: the summary, and every section with its rows.
    await dashboard
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Follow-ups' })
      .click();
    const summary = dashboard.getByLabel('Summary');
    await expect.poll(() => summary.textContent()).toContain('Overdue2');
    expect(await summary.textContent()).toBe('Overdue2Due today0Kept on time33 %Done late1Missed1');
    const overdue = dashboard.getByRole('region', { name: 'Overdue' });
    expect(await overdue.getByRole('heading').textContent()).toBe('Overdue (2)');
    expect(await overdue.getByRole('table', { name: 'me (1)' }).count()).toBe(1);
    expect(await overdue.getByRole('table', { name: 'Priya (1)' }).count()).toBe(1);
    const xRow = overdue.getByRole('row').filter({ hasText: "We'll call you back" });
    expect(await xRow.getByRole('link', { name: 'Open the case' }).getAttribute('href')).toBe(
      `#view=cases&case=${caseId}`,
    );
    expect(
      await xRow.getByRole('link', { name: 'Where it was promised' }).getAttribute('href'),
    ).toBe(ORDER_URL);
    expect(await xRow.textContent()).toMatch(/overdue by 2 h/);
    expect(await xRow.textContent()).toContain('Jordan');
    await dashboard.emulateMedia({ colorScheme: 'light' });
    await dashboard.screenshot({
      path: `${SCREENSHOTS}/followup-review-light.png`,
      fullPage: true,
    });
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await dashboard.screenshot({ path: `${SCREENSHOTS}/followup-review-dark.png`, fullPage: true });
    await dashboard.emulateMedia({ colorScheme: 'light' });

    // Reddit only, grouped by channel: the filters go into the URL and survive a reload.
    await dashboard.getByLabel('Channel', { exact: true }).selectOption('reddit');
    await dashboard.getByRole('radio', { name: 'By channel' }).check();
    await expect.poll(() => rowsOnScreen(dashboard).then((rows) => rows.length)).toBe(2);
    expect(new URL(dashboard.url()).hash).toBe('#view=followups&channel=reddit&group=channel');
    await dashboard.reload();
    await expect.poll(() => rowsOnScreen(dashboard).then((rows) => rows.length)).toBe(2);
    expect(await dashboard.getByLabel('Channel', { exact: true }).inputValue()).toBe('reddit');
    expect(await dashboard.getByRole('table', { name: 'Reddit (1)' }).count()).toBe(2);
    expect(await rowsOnScreen(dashboard)).toEqual([
      { section: 'Overdue', owner: 'Priya', promise: 'I will check the refund with billing' },
      {
        section: 'Done late (last 7 days)',
        owner: 'me',
        promise: 'Our team will confirm the address',
      },
    ]);

    // Everything again, then only what is still owed: the CSV holds exactly those rows.
    await dashboard.getByLabel('Channel', { exact: true }).selectOption('');
    await dashboard.getByLabel('Status').selectOption('open');
    await expect.poll(() => rowsOnScreen(dashboard).then((rows) => rows.length)).toBe(3);
    const shown = await rowsOnScreen(dashboard);
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Export CSV (3 rows)' }).click(),
    ]);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(
      csv.map((row) => ({ section: row.section, owner: row.owner, promise: row.promise })),
    ).toEqual(shown);
    // Still grouped by channel: Reddit's row first.
    expect(csv.map((row) => row.channel)).toEqual(['Reddit', 'X', 'X']);

    // The lead hands the upcoming promise to the other agent.
    const upcomingRow = dashboard
      .getByRole('region', { name: 'Due in the next 7 days' })
      .getByRole('row')
      .filter({ hasText: "We'll email the new label" });
    await upcomingRow.getByLabel(/^Reassign .* to$/).selectOption('me');
    await upcomingRow.getByRole('button', { name: /^Reassign/ }).click();
    await expect
      .poll(
        async () =>
          (await storedRecords(dashboard, 'followUps')).find((f) => f.id === upcoming)?.owner,
      )
      .toBe('me');

    // The case link opens the case in the cases view.
    await dashboard.getByLabel('Status').selectOption('all');
    await dashboard
      .getByRole('region', { name: 'Overdue' })
      .getByRole('row')
      .filter({ hasText: "We'll call you back" })
      .getByRole('link', { name: 'Open the case' })
      .click();
    await expect.poll(() => new URL(dashboard.url()).hash).toBe(`#view=cases&case=${caseId}`);
    const casesLink = dashboard
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Cases' });
    await expect.poll(() => casesLink.getAttribute('aria-current')).toBe('page');
    await dashboard.close();

    // The options page: a new lead time is stored and the reminder still to come moves.
    const options = await openExtensionPage(
      ext.browser.context,
      ext.browser.extensionId,
      'options.html',
    );
    const section = options.getByRole('region', { name: 'Follow-ups' });
    const lead = section.getByRole('group', { name: 'Remind the agent this long before due' });
    await lead.getByRole('spinbutton', { name: /hours$/ }).fill('2');
    await section.getByRole('checkbox', { name: 'Keep caught promises without asking' }).check();
    await section.scrollIntoViewIfNeeded();
    await options.emulateMedia({ colorScheme: 'light' });
    await section.screenshot({ path: `${SCREENSHOTS}/followup-settings-light.png` });
    await options.emulateMedia({ colorScheme: 'dark' });
    await section.screenshot({ path: `${SCREENSHOTS}/followup-settings-dark.png` });
    await section.getByRole('button', { name: 'Save follow-up settings' }).click();
    await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const [settings] = await storedRecords(options, 'settings');
    expect(settings!.followUps).toEqual({
      defaultWindowMinutes: 1440,
      leadMinutes: 120,
      autoConfirm: true,
      useBusinessHours: true,
    });
    const followUp = (await storedRecords(options, 'followUps')).find((f) => f.id === upcoming)!;
    expect(followUp.remindAt).toBe(Number(followUp.dueAt) - 2 * HOUR);
    const alarms = await options.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll(),
    );
    expect(alarms.find((a) => a.name === `followup:${upcoming}:before`)?.scheduledTime).toBe(
      followUp.remindAt,
    );
    await options.close();
  });
});
