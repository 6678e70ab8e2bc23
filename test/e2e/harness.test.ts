// The e2e harness itself: the local HTTPS server answers for the real host names, and
// Chromium runs the production build (.output/chrome-mv3) with its service worker up.
// If this file fails, every other e2e failure is suspect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { startDemoServer, type DemoServer } from '../support/https-server';

let server: DemoServer;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchWithExtension({ port: server.port });
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const articles = () => page.locator('article[data-testid="tweet"]');

describe('e2e harness', () => {
  it('loads the built extension and starts its service worker', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toMatch(`chrome-extension://${browser.extensionId}/`);
    // Code runs in the worker as the extension: chrome.runtime is there and knows its id.
    const runtimeId = await browser.serviceWorker.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id,
    );
    expect(runtimeId).toBe(browser.extensionId);
  });

  it('serves the demo X timeline at https://x.com/home from the local server', async () => {
    await page.goto('https://x.com/home');
    await articles().first().waitFor();
    expect(page.url()).toBe('https://x.com/home');
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    expect(await articles().count()).toBeGreaterThanOrEqual(12);
    const first = articles().first();
    await expect
      .poll(() => first.locator('[data-testid="User-Name"] a[href="/jordan_lee"]').count())
      .toBe(2);
    expect(await first.locator('[data-testid="tweetText"]').innerText()).toContain('#4411');
  });

  it('never reaches the real network: unknown hosts get the local server’s 404', async () => {
    // page.goto, not page.request: only the browser uses --host-resolver-rules.
    const response = await page.goto('https://www.example.com/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('body').innerText()).toContain('No demo site for host');
  });

  it('navigates in-app and grows the timeline through window.__demo', async () => {
    await page.goto('https://x.com/home');
    await articles().first().waitFor();
    const before = await articles().count();
    const ids = await page.evaluate(() => (window as unknown as DemoWindow).__demo.appendPosts(10));
    expect(new Set(ids).size).toBe(10);
    expect(await articles().count()).toBe(before + 10);

    await articles().first().locator('time').click();
    await page.waitForURL(/\/jordan_lee\/status\/\d+$/);
    expect(await page.locator('article[data-testid="tweet"][tabindex="-1"]').count()).toBe(1);

    await page.goBack();
    await page.waitForURL('https://x.com/home');
    expect(await articles().count()).toBe(before + 10);
  });
});

interface DemoWindow {
  __demo: { appendPosts(n: number): string[] };
}
