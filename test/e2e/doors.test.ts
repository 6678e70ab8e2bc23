/// <reference types="node" />
/**
 * The doors into Casebook, from a hostile page's side (issue 9): the page's scripts post
 * forged requests into the sidebar's frame and to themselves, try to read the frame, and
 * frame or fetch the sidebar page at the address they could guess, on a site where it runs
 * and on one where it does not. Nothing changes in the database, nothing of the customer
 * reaches the page, and the sidebar loads only where the content script put it, at its
 * per-session dynamic URL. The extension's own pages run under a strict policy: no remote
 * script, no eval tried, no plain-http request. (manifest.test.ts checks the manifests and
 * the built files themselves.)
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
  /** chrome-extension://<id>/sidebar.html: the address a page could guess. */
  const staticSidebarUrl = () => `chrome-extension://${ext.browser.extensionId}/sidebar.html`;

  /** The sidebar's address this session, as runtime.getURL gives it in our own pages. */
  const dynamicSidebarUrl = async () => {
    const dashboard = await ext.dashboard();
    try {
      return await dashboard.evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { getURL: (path: string) => string } } }
        ).chrome.runtime.getURL('/sidebar.html'),
      );
    } finally {
      await dashboard.close();
    }
  };

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

  it('the content script frames the sidebar at its per-session dynamic URL', async () => {
    const page = await ext.open('https://x.com/home');
    const frame = page.locator('iframe[data-casebook-sidebar]');
    if (!(await frame.count())) await page.locator('[data-casebook-toggle]').click();
    const sidebar = await sidebarOf(page);
    const src = new URL((await frame.getAttribute('src'))!);
    // chrome-extension://<uuid>/sidebar.html, the address the background knows it by too;
    // not chrome-extension://<id>/, which a page could guess from the store listing.
    expect(src.protocol).toBe('chrome-extension:');
    expect(src.host).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(src.host).not.toBe(ext.browser.extensionId);
    expect(src.pathname).toBe('/sidebar.html');
    expect(src.href).toBe(await dynamicSidebarUrl());
    // Chromium commits the frame at the static address (so the sidebar's messages name
    // that one as their sender: lib/messages/router.ts accepts both), and it is live.
    expect(sidebar.url()).toBe(staticSidebarUrl());
    await expect.poll(() => sidebar.locator('body').innerText()).toContain('Casebook');
    await page.close();
  });

  it('a page cannot frame or fetch the sidebar at the address it could guess', async () => {
    const page = await ext.open('https://x.com/home');
    // On a site where the sidebar runs: the static address is refused, to frames and fetch.
    expect(await probeFrame(page, staticSidebarUrl())).toEqual({ loaded: false, casebook: false });
    expect(await page.evaluate(fetchOutcome, staticSidebarUrl())).toBe('refused');
    // The control: the dynamic address does load there (the check above would see it).
    expect(await probeFrame(page, await dynamicSidebarUrl())).toEqual({
      loaded: true,
      casebook: true,
    });
    await page.close();

    // www.x.com is served by the demo server too, but is not one of Casebook's hosts:
    // neither address loads there, and neither can be fetched.
    const other = await ext.browser.context.newPage();
    await other.goto('https://www.x.com/home');
    for (const url of [staticSidebarUrl(), await dynamicSidebarUrl()]) {
      expect(await probeFrame(other, url)).toEqual({ loaded: false, casebook: false });
      expect(await other.evaluate(fetchOutcome, url)).toBe('refused');
    }
    await other.close();
  });

  it('the extension pages run under the strict policy: no remote script, no plain http', async () => {
    for (const path of ['dashboard.html', 'options.html', 'sidebar.html']) {
      const page = await ext.browser.context.newPage();
      // Listens before the page's own scripts run (an init script is the browser's, not
      // the page's, so the policy does not apply to adding it).
      await page.addInitScript(() => {
        const seen: string[] = [];
        (globalThis as unknown as { violations: string[] }).violations = seen;
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
        );
      });
      await page.goto(`${staticSidebarUrl().replace('sidebar.html', '')}${path}`);
      await page.waitForLoadState('load');
      const violations = () =>
        page.evaluate(() => (globalThis as unknown as { violations: string[] }).violations);
      // Loading Casebook's own page breaks no rule: no eval tried (zod is jitless), nothing
      // inline, nothing remote.
      await page.waitForTimeout(500);
      expect(await violations(), path).toEqual([]);

      // What a bug or an injected element would try: script from the network, a request
      // over plain http. Both are refused before any request is made.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.src = 'https://casebook-csp-probe.invalid/remote.js';
        document.head.append(script);
      });
      const fetched = await page.evaluate(fetchOutcome, 'http://casebook-csp-probe.invalid/');
      expect(fetched, path).toBe('refused');
      await expect
        // (Chromium may report one refusal twice: the kinds of refusal are what count.)
        .poll(async () => [...new Set(await violations())].sort())
        .toEqual([
          'connect-src http://casebook-csp-probe.invalid/',
          'script-src-elem https://casebook-csp-probe.invalid/remote.js',
        ]);
      await page.close();
    }
  });
});

/** A fetch from the page's own script: 'ok' with any answer, 'refused' when it throws. */
const fetchOutcome = (url: string) =>
  fetch(url).then(
    () => 'ok',
    () => 'refused',
  );

let probes = 0;
/**
 * The page's own script frames `src`; once the frame has committed (to the page or to
 * Chromium's "blocked" page), whether it loaded our page and shows Casebook.
 */
async function probeFrame(page: Page, src: string) {
  const id = `casebook-probe-${++probes}`;
  await page.evaluate(
    ([frameId, url]) => {
      const frame = document.createElement('iframe');
      frame.id = frameId!;
      frame.src = url!;
      document.body.append(frame);
    },
    [id, src],
  );
  const frame = await (await page.waitForSelector(`#${id}`)).contentFrame();
  if (!frame) throw new Error('The probe frame has no frame.');
  await expect
    .poll(() => frame.url(), { timeout: 15_000 })
    .toMatch(/^(chrome-error|chrome-extension):/);
  const loaded = frame.url().startsWith('chrome-extension:');
  if (loaded) await frame.waitForSelector('.sidebar-body', { timeout: 15_000 });
  const text = await frame.evaluate(() => document.body?.innerText ?? '');
  return { loaded, casebook: text.includes('Casebook') };
}
