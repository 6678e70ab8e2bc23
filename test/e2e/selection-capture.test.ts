/// <reference types="node" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, sidebarOf, storedRecords, useExtension } from './fixture';

// A page of X whose markup Casebook does not know (X "changed its layout"): served in place
// of the demo app for this one address, on the real host name.
const CHANGED_PAGE = 'https://x.com/acme/status/1999999999999999999';
const CHANGED_HTML = `<!doctype html><html lang="en"><head><title>Acme on X</title></head>
<body><main><div class="new-layout"><p id="quote">My parcel 7781 is lost and nobody answers my emails</p>
<p>Posted by Dana Ruiz</p></div></main></body></html>`;

/** Selects the text of one element in the page, as an agent dragging over it would. */
const select = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`nothing matches ${sel}`);
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, selector);

describe('capture from a page Casebook cannot read (real Chromium)', () => {
  const ext = useExtension();

  it('says plainly that no posts were found, and captures the selected text instead', async () => {
    const { context } = ext.browser;
    const page = await context.newPage();
    await page.route(CHANGED_PAGE, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: CHANGED_HTML }),
    );
    await page.goto(CHANGED_PAGE);
    await page.keyboard.press('Alt+Shift+C'); // open the sidebar
    const sidebar = await sidebarOf(page);
    const notice = sidebar.getByRole('heading', { name: "Casebook can't find posts on this page" });
    await notice.waitFor({ timeout: 15_000 });
    await expect(sidebar.getByText('X may have changed how its pages are built')).toBeTruthy();
    await page.screenshot({ path: `${SCREENSHOTS}/health-no-posts.png` });

    await select(page, '#quote');
    const [capture] = await Promise.all([
      context.waitForEvent('page'),
      sidebar.getByRole('button', { name: 'Capture selected text' }).click(),
    ]);
    await capture.waitForLoadState();
    expect(capture.url()).toMatch(/\/capture\.html#draft=/);
    const text = capture.getByLabel('Text');
    await expect
      .poll(() => text.inputValue())
      .toBe('My parcel 7781 is lost and nobody answers my emails');
    await capture.getByText('Acme on X').waitFor();
    await capture.getByLabel('Name').fill('Dana Ruiz');
    await capture.getByLabel('Handle or profile link').fill('@danaruiz');
    await capture.screenshot({ path: `${SCREENSHOTS}/capture-window.png` });
    await capture.getByRole('button', { name: 'Capture as case' }).click();
    const status = capture.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/Captured as C-[0-9A-F]+\./);
    await capture.screenshot({ path: `${SCREENSHOTS}/capture-window-done.png` });

    const posts = await storedRecords(capture, 'posts');
    const stored = posts.find((p) => String(p.postId).startsWith('sel:'));
    expect(stored).toMatchObject({
      platform: 'x',
      text: 'My parcel 7781 is lost and nobody answers my emails',
      title: 'Acme on X',
      postedAt: null,
      author: { handle: 'danaruiz', name: 'Dana Ruiz' },
    });
    expect(String(stored?.permalink)).toMatch(
      /^https:\/\/x\.com\/acme\/status\/1999999999999999999#:~:text=My%20parcel/,
    );

    // The same words again find the same case: no duplicate.
    await capture
      .getByRole('button', { name: 'Close' })
      .click()
      .catch(() => undefined);
    const [again] = await Promise.all([
      context.waitForEvent('page'),
      sidebar.getByRole('button', { name: 'Capture selected text' }).click(),
    ]);
    await again.getByRole('button', { name: 'Capture as case' }).click();
    await expect.poll(() => again.getByRole('status').textContent()).toMatch(/Already captured/);
    expect((await storedRecords(again, 'cases')).length).toBe(1);
    await again.close();
    await page.close();
  });

  it('refuses to capture when nothing is selected, with a clear message', async () => {
    const page = await ext.browser.context.newPage();
    await page.route(CHANGED_PAGE, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: CHANGED_HTML }),
    );
    await page.goto(CHANGED_PAGE);
    const sidebar = await sidebarOf(page); // remembered open on this site
    await sidebar.getByRole('button', { name: 'Capture selected text' }).click({ timeout: 15_000 });
    await expect
      .poll(() => sidebar.getByRole('alert').textContent())
      .toMatch(/Select some text on the page first/);
    await page.close();
  });

  it('puts "Capture selection as case" in the context menu of every page', async () => {
    const { serviceWorker } = ext.browser;
    // update() fails for an item that does not exist: the menu item is there.
    const updated = await serviceWorker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { contextMenus: { update(id: string, p: object): Promise<void> } };
        }
      ).chrome;
      await api.contextMenus.update('casebook-capture-selection', {});
      return true;
    });
    expect(updated).toBe(true);
  });
});
