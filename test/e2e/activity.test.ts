import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  captureButtonIn,
  captureOn,
  closeSidebar,
  post,
  replyOnX,
  SCREENSHOTS,
  sendRequest,
  sidebarOf,
  storedRecords,
  useExtension,
} from './fixture';

const ORDER_POST = 'my order #4411 never arrived';
const ORDER_URL = 'https://x.com/jordan_lee/status/1984652093142855680';
const REPLY = "Sorry Jordan! We'll get back to you within 3 hours with the courier's answer.";

/** The dashboard's stream, newest first: [kind, sentence] of each item. */
const streamOf = (dashboard: Page) =>
  dashboard
    .getByRole('list', { name: 'Activity' })
    .locator('li')
    .evaluateAll((items) =>
      items.map((li) => [
        li.getAttribute('data-kind'),
        li.querySelector('.activity-text')?.textContent ?? '',
      ]),
    );

// Issue 12, point 3, in the production build: each step of a case (capture, assignment,
// reply with a promise, the promise kept, resolution, testimonial) in the dashboard's
// Activity view, in order, filterable, each linking to its case.
describe('the activity stream (production build, real Chromium)', () => {
  const ext = useExtension();

  it('shows each step of a case in order, filters them, and links to the case', async () => {
    const dashboard = await ext.dashboard();
    expect(
      (
        await sendRequest(dashboard, 'settings.save', {
          settings: { key: 'main', agents: ['me', 'Sam'] },
        })
      ).ok,
    ).toBe(true);

    // Capture on X, and the case goes to Sam (from the dashboard's case page, as a lead would).
    const page = await ext.open(ORDER_URL);
    await captureOn(page, ORDER_POST);
    const label = await captureButtonIn(page, ORDER_POST).getAttribute('aria-label');
    const ref = label!.replace('Captured as case ', '');
    const worker = ext.browser.context.serviceWorkers()[0]!;
    const caseId = String((await storedRecords(worker, 'cases'))[0]!.id);
    expect((await sendRequest(dashboard, 'case.setAssignee', { caseId, assignee: 'Sam' })).ok).toBe(
      true,
    );

    // A reply with a promise, typed in X's own box; the promise kept from the sidebar.
    const sidebar = await sidebarOf(page);
    await replyOnX(page, REPLY);
    const promises = sidebar.getByRole('list', { name: 'Open promises' });
    await expect.poll(() => promises.textContent()).toContain('within 3 hours');
    await promises.getByRole('button', { name: 'Keep' }).click();
    await expect.poll(() => promises.textContent()).toMatch(/Due /);

    // Resolved, then the post saved as a testimonial from the page.
    const resolved = await sendRequest(dashboard, 'case.setStatus', {
      caseId,
      status: 'resolved',
      reason: 'Courier found the parcel',
    });
    expect(resolved.ok).toBe(true);
    await post(page, ORDER_POST).locator('[data-casebook-testimonial]').click();
    await expect
      .poll(() =>
        post(page, ORDER_POST).locator('[data-casebook-testimonial]').getAttribute('aria-label'),
      )
      .toBe('Saved as testimonial');

    // The dashboard's Activity view: every step, newest first (the view is live).
    await dashboard
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Activity' })
      .click();
    await expect.poll(async () => (await streamOf(dashboard)).length).toBeGreaterThanOrEqual(7);
    const stream = await streamOf(dashboard);
    const kinds = stream.map(([kind]) => kind);
    const firstOf = (kind: string) => kinds.indexOf(kind);
    // Newest first: testimonial, resolution, the promise kept, the reply, Sam, the capture.
    expect(firstOf('testimonial')).toBe(0);
    expect(firstOf('status')).toBeLessThan(firstOf('promise'));
    expect(firstOf('promise')).toBeLessThan(firstOf('reply'));
    expect(firstOf('reply')).toBeLessThan(firstOf('assignment'));
    expect(firstOf('assignment')).toBeLessThan(firstOf('capture'));
    expect(kinds.at(-1)).toBe('capture');
    const texts = stream.map(([, text]) => text);
    expect(texts).toEqual(
      expect.arrayContaining([
        `Saved a testimonial from ${ref}`,
        `Resolved ${ref}`,
        `Confirmed a promise on ${ref}`,
        `Promised a follow-up on ${ref}`,
        expect.stringMatching(new RegExp(`^Replied on ${ref}`)),
        `Assigned ${ref} to Sam`,
        expect.stringMatching(new RegExp(`^Captured ${ref} from @jordan_lee`)),
      ]),
    );
    await dashboard.setViewportSize({ width: 1200, height: 800 });
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-activity-light.png` });
    await dashboard.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-activity-dark.png` });
    await dashboard.getByRole('combobox', { name: 'Theme' }).selectOption('system');

    // Filters: replies only; then assignments too; then by me (Sam's steps were mine here).
    await dashboard.getByRole('button', { name: 'Replies', exact: true }).click();
    await expect
      .poll(async () => [...new Set((await streamOf(dashboard)).map(([kind]) => kind))])
      .toEqual(['reply']);
    await dashboard.getByRole('button', { name: 'Assignments', exact: true }).click();
    await expect
      .poll(async () => (await streamOf(dashboard)).map(([kind]) => kind))
      .toEqual([...kinds.filter((k) => k === 'reply' || k === 'assignment')]);
    await dashboard.getByRole('button', { name: 'Testimonials', exact: true }).click();
    await dashboard.getByRole('button', { name: 'Show every kind' }).click();
    await dashboard.getByLabel('When').selectOption('hour');
    await expect.poll(async () => (await streamOf(dashboard)).length).toBe(stream.length);

    // Each item links to its case page.
    await dashboard
      .getByRole('list', { name: 'Activity' })
      .getByRole('link', { name: `Resolved ${ref}` })
      .click();
    await expect.poll(() => dashboard.url()).toMatch(new RegExp(`#case=${caseId}$`));
    await dashboard.getByRole('article').waitFor();
    expect(await dashboard.getByRole('article').textContent()).toContain(ref);

    // The sidebar's compact stream, built by the background (the frame opens no database).
    await page.bringToFront();
    // From the keyboard, as closeSidebar does (a mouse click into the frame can go astray).
    await sidebar.locator('.sidebar-activity summary').focus();
    await page.keyboard.press('Enter');
    const team = sidebar.getByRole('list', { name: 'Team activity' });
    await expect.poll(() => team.textContent()).toContain(`Saved a testimonial from ${ref}`);
    expect(await team.getByRole('link', { name: `Resolved ${ref}` }).getAttribute('href')).toMatch(
      new RegExp(`/dashboard\\.html#case=${caseId}$`),
    );
    await team.scrollIntoViewIfNeeded();
    await page
      .locator('iframe[data-casebook-sidebar]')
      .screenshot({ path: `${SCREENSHOTS}/e2e-activity-sidebar.png` });
    await closeSidebar(page, sidebar);
    await Promise.all([page.close(), dashboard.close()]);
  });
});
