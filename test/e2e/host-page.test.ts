import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureButtonIn, closeSidebar, post, sidebarOf, useExtension } from './fixture';

/** Every element of the page, with its attributes, as the page's own scripts see it. */
const elementSignatures = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].map(
      (el) => `${el.tagName}[${[...el.attributes].map((a) => a.name).join(',')}]`,
    ),
  );

describe('what the host page sees (production build, real Chromium)', () => {
  const ext = useExtension();

  it('holds nothing of ours but the post buttons, the sidebar frame and its tab', async () => {
    // The same demo page on www.x.com, where Casebook does not run, is the reference.
    const bare = await ext.browser.context.newPage();
    await bare.goto('https://www.x.com/home');
    await bare.waitForSelector('article[data-testid="tweet"]');
    const reference = await elementSignatures(bare);

    const page = await ext.open('https://x.com/home');
    await captureButtonIn(page, 'my order #4411 never arrived').click();
    const sidebar = await sidebarOf(page);
    await sidebar.getByTestId('current-case-ref').waitFor();
    const withCasebook = await elementSignatures(page);

    const added = [...withCasebook];
    for (const signature of reference) {
      const at = added.indexOf(signature);
      if (at >= 0) added.splice(at, 1);
    }
    const posts = await page.locator('article[data-testid="tweet"]').count();
    const kinds = new Set(added);
    expect(kinds).toEqual(
      new Set([
        'BUTTON[type,data-casebook-capture,style,aria-label,title,aria-busy,data-state,data-post-id]',
        'BUTTON[type,data-casebook-testimonial,style,aria-label,title,aria-busy,data-state,data-post-id]',
        'IFRAME[data-casebook-sidebar,title,src,style]',
        'BUTTON[type,data-casebook-toggle,style,aria-expanded,aria-label]',
        // The page is narrowed by the sidebar's width while it is open (and only that).
        'HTML[lang,dir,style]',
      ]),
    );
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBe(
      'margin-right: 360px !important; min-width: min-content !important;',
    );
    expect(added.filter((s) => s.includes('data-casebook-capture'))).toHaveLength(posts);
    // The case's text lives in the sidebar frame, not in the page.
    const frameText = await sidebar.getByTestId('current-case-text').textContent();
    expect(frameText).toContain('never arrived');
    const buttonTexts = await page.$$eval('[data-casebook-capture]', (els) =>
      els.map((el) => el.textContent ?? ''),
    );
    expect(buttonTexts.every((t) => t === '' || /^\u2713 C-[0-9A-F]{6}$/.test(t))).toBe(true);
    expect(added.filter((s) => s.includes('data-casebook-testimonial'))).toHaveLength(posts);
    const heartTexts = await page.$$eval('[data-casebook-testimonial]', (els) =>
      els.map((el) => el.textContent ?? ''),
    );
    expect(heartTexts.every((t) => t === '\u2661' || t === '\u2665 Saved')).toBe(true);
    await Promise.all([bare.close(), page.close()]);
  });

  it("the page's own scripts cannot message the extension", async () => {
    const page = await ext.open('https://x.com/home');
    const reach = await page.evaluate(async (id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
        ?.runtime;
      if (typeof runtime?.sendMessage !== 'function') return 'no runtime.sendMessage';
      try {
        await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, {
          type: 'case.setStatus',
          payload: { caseId: 'x', status: 'closed' },
        });
        return 'delivered';
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    }, ext.browser.extensionId);
    expect(reach).not.toBe('delivered');
    await page.close();
  });

  it("ignores the page's scripts clicking our buttons or pressing our shortcut", async () => {
    const page = await ext.open('https://x.com/home');
    // Left open by the capture above (the choice is remembered): close it first.
    if (await page.locator('iframe[data-casebook-sidebar]').count()) {
      await closeSidebar(page, await sidebarOf(page));
    }
    const button = captureButtonIn(page, 'Is @AcmeMobile down in Austin');
    await button.evaluate((el) => (el as HTMLButtonElement).click());
    const heart = post(page, 'Is @AcmeMobile down in Austin').locator(
      '[data-casebook-testimonial]',
    );
    await heart.evaluate((el) => (el as HTMLButtonElement).click());
    await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-casebook-toggle]')?.click();
      window.dispatchEvent(
        new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyC', bubbles: true }),
      );
    });
    await page.waitForTimeout(500);
    expect(await button.getAttribute('aria-label')).toBe('Capture as case');
    expect(await heart.getAttribute('aria-label')).toBe('Save as testimonial');
    expect(await page.locator('iframe[data-casebook-sidebar]').count()).toBe(0);
    const dashboard = await ext.dashboard();
    await dashboard.getByTestId('dash-open-total').waitFor();
    await expect.poll(() => dashboard.getByTestId('dash-open-total').textContent()).toBe('1 open');
    await Promise.all([page.close(), dashboard.close()]);
  });

  it('finds every post on a search page reached by in-app navigation', async () => {
    const page = await ext.open('https://x.com/home');
    await page.evaluate(() =>
      (window as unknown as { __demo: { navigate(path: string): void } }).__demo.navigate(
        '/search?q=AcmeSupport',
      ),
    );
    await page.waitForURL(/\/search/);
    await expect
      .poll(async () => {
        const perPost = await page.$$eval('article[data-testid="tweet"]', (els) =>
          els.map((el) => el.querySelectorAll('[data-casebook-capture]').length),
        );
        return perPost.length > 0 && perPost.every((n) => n === 1);
      })
      .toBe(true);
    await page.close();
  });
});
