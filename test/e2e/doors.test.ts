/// <reference types="node" />
/**
 * The doors into Casebook, from a hostile page's side (issue 9): the page's scripts post
 * forged requests into the sidebar's frame and to themselves, try to read the frame, and
 * frame the sidebar page on a site where Casebook does not run. Nothing changes in the
 * database, nothing of the customer reaches the page, and the sidebar is not shown there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureOn, sidebarOf, storedRecords, useExtension } from './fixture';

const ORDER_POST = 'my order #4411 never arrived';

/** Every shared record, as stored: the database before and after must be equal. */
async function snapshot(dashboard: Page) {
  const tables = ['cases', 'posts', 'customers', 'followUps', 'testimonials', 'events'];
  const records = await Promise.all(tables.map((table) => storedRecords(dashboard, table)));
  return Object.fromEntries(tables.map((table, i) => [table, records[i]]));
}

/** What the page's scripts do: forged requests at the sidebar frame and at the page. */
const FORGERIES = String.raw`(() => {
  const frame = document.querySelector('iframe[data-casebook-sidebar]');
  const target = frame && frame.contentWindow;
  const forged = [
    { type: 'case.setStatus', payload: { caseId: 'any', status: 'closed' } },
    { type: 'capture.post', payload: { post: { platform: 'x', postId: '1', text: 'pwned' } } },
    { id: 1, type: 'sync.connect', payload: { serverUrl: 'https://evil.test', token: 'cbk_x' } },
    { type: 'view', view: { openTotal: 999 } },
    { type: 'sidebar.close' },
    'case.setStatus',
    { __proto__: { type: 'case.setStatus' } },
    { type: 'x'.repeat(100000) },
  ];
  const attempts = [];
  for (const message of forged) {
    for (const origin of ['*', location.origin]) {
      try { target.postMessage(message, origin); attempts.push('sent'); }
      catch (error) { attempts.push('refused: ' + error.name); }
    }
    window.postMessage(message, '*');
  }
  let read = 'unreadable';
  try { read = String(target.document.body.textContent); } catch (error) { read = error.name; }
  return { attempts: attempts.length, read };
})()`;

describe('a hostile page against the doors (production build, real Chromium)', () => {
  const ext = useExtension();

  it('forged messages into the sidebar frame change nothing and read nothing', async () => {
    const page = await ext.open('https://x.com/home');
    await captureOn(page, ORDER_POST);
    const sidebar = await sidebarOf(page);
    const ref = await sidebar.getByTestId('current-case-ref').textContent();
    const dashboard = await ext.dashboard();
    const before = await snapshot(dashboard);
    expect(before.cases).toHaveLength(1);

    const outcome = await page.evaluate(FORGERIES);
    expect(outcome).toEqual({ attempts: 16, read: 'SecurityError' });
    // Give anything that listened time to act (nothing should).
    await page.waitForTimeout(1500);

    expect(await snapshot(dashboard)).toEqual(before);
    expect(await sidebar.getByTestId('current-case-ref').textContent()).toBe(ref);
    expect(await page.locator('iframe[data-casebook-sidebar]').count()).toBe(1);
    // Only the capture button shows the case's ref in the page; the case itself (its
    // customer, its status) is in the frame only, never in the page the forger runs in.
    const pageText = await page.evaluate(() => document.body.innerText);
    expect(pageText).not.toContain('First response due');
    expect(pageText.split(ref!).length - 1).toBe(1);
    await Promise.all([page.close(), dashboard.close()]);
  });

  it('the sidebar page framed by a site where Casebook does not run does not load', async () => {
    const url = `chrome-extension://${ext.browser.extensionId}/sidebar.html`;
    /** Frames the sidebar page from the page's own script; its text once settled. */
    const framedText = async (site: string) => {
      const page = await ext.browser.context.newPage();
      await page.goto(site);
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        document.body.append(frame);
      }, url);
      await page.waitForTimeout(1500);
      const frame = page.frames().find((f) => f.url().startsWith(url));
      const text = frame ? await frame.evaluate(() => document.body?.innerText ?? '') : '';
      await page.close();
      return text;
    };
    // www.x.com is served by the demo server too, but is not one of Casebook's hosts.
    expect(await framedText('https://www.x.com/home')).not.toContain('Casebook');
    // The control: on a host where the sidebar runs, the same frame does load, so the
    // check above would see it.
    expect(await framedText('https://x.com/home')).toContain('Casebook');
  });
});
