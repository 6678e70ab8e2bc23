/// <reference types="node" />
// Every site beyond X, end to end on its demo under the real host name (test/demo/<host>/,
// described in test/e2e/sites/<site>.ts): posts and comments get both controls without
// covering the site's own, capture makes a case the sidebar shows, a comment keeps its
// post, and a promise in a reply sent with the site's own box becomes a follow-up.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage, type ExtensionBrowser } from '../support/browser';
import { SCREENSHOTS, sidebarOf, storedRecords, useExtension } from './fixture';
import { SITE_DEMOS } from './sites';

const control = (kind: 'capture' | 'testimonial', postId: string) =>
  `button[data-casebook-${kind}][data-post-id="${postId.replace(/["\\]/g, '\\$&')}"]`;

/** The site's own controls that our two buttons overlap (by their boxes on screen). */
const overlapsOf = (page: Page, postId: string) =>
  page.evaluate((id) => {
    const ours = [
      ...document.querySelectorAll(
        `[data-casebook-capture][data-post-id="${CSS.escape(id)}"], [data-casebook-testimonial][data-post-id="${CSS.escape(id)}"]`,
      ),
    ];
    const theirs = [
      ...document.querySelectorAll('button, [role="button"], a[href], input, textarea'),
    ].filter((el) => !ours.includes(el) && !ours.some((o) => el.contains(o) || o.contains(el)));
    const overlaps: string[] = [];
    for (const mine of ours) {
      const a = mine.getBoundingClientRect();
      for (const other of theirs) {
        const b = other.getBoundingClientRect();
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 2 && h > 2 && b.width > 0 && b.height > 0) {
          overlaps.push(
            (other.getAttribute('aria-label') ?? other.textContent ?? other.tagName).slice(0, 40),
          );
        }
      }
    }
    return overlaps;
  }, postId);

async function capture(page: Page, postId: string): Promise<string> {
  const button = page.locator(control('capture', postId));
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect.poll(() => button.textContent(), { timeout: 10_000 }).toMatch(/^\u2713 C-/);
  return ((await button.textContent()) ?? '').replace(/^\u2713 /, '');
}

/**
 * The case page shows the post as captured, and says which time the case carries: the
 * post's own, or (a site showing only "3 h") its capture time beside what the page showed.
 */
async function expectCasePageTells(browser: ExtensionBrowser, site: string, postId: string) {
  const dashboard = await openExtensionPage(browser.context, browser.extensionId, 'dashboard.html');
  const key = `${site}:${postId}`;
  const stored = (await storedRecords(dashboard, 'posts')).find((p) => p.key === key);
  const record = (await storedRecords(dashboard, 'cases')).find((c) =>
    (c.postKeys as string[]).includes(key),
  );
  expect(stored && record, `post and case of ${key}`).toBeTruthy();
  await dashboard.goto(`${dashboard.url().split('#')[0]}#case=${String(record?.id)}`);
  const post = dashboard.locator('.post').first();
  await post.waitFor();
  const timeLine = stored?.postedAt
    ? 'Posted '
    : stored?.shownTime
      ? `showed “${String(stored.shownTime)}” as its time; the case counts from its capture`
      : 'showed no posting time; the case counts from its capture';
  await expect.poll(() => post.textContent()).toContain(timeLine);
  if (stored?.rating) {
    expect(
      await post.getByRole('img', { name: `Rated ${String(stored.rating)} out of 5` }).count(),
    ).toBe(1);
  }
  await dashboard.screenshot({ path: `${SCREENSHOTS}/site-${site}-case-page.png` });
  await dashboard.close();
}

describe.each(SITE_DEMOS)('$site (real Chromium, production build)', (demo) => {
  const ext = useExtension();

  it.each(demo.pages)('captures a post and a comment on $url', async (demoPage) => {
    const page = await ext.browser.context.newPage();
    await page.goto(demoPage.url);
    await page.waitForSelector(control('capture', demoPage.postId), { timeout: 15_000 });
    expect(await page.locator(control('testimonial', demoPage.postId)).count()).toBe(1);
    expect(await page.locator(control('capture', demoPage.postId)).count()).toBe(1);
    expect(await overlapsOf(page, demoPage.postId)).toEqual([]);

    const ref = await capture(page, demoPage.postId);
    const sidebar = await sidebarOf(page);
    await expect
      .poll(() => sidebar.getByTestId('current-case-ref').textContent(), { timeout: 10_000 })
      .toBe(ref);
    expect(await sidebar.getByTestId('current-case-text').textContent()).toContain(demoPage.post);
    await page.screenshot({
      path: `${SCREENSHOTS}/site-${demo.site}-${new URL(demoPage.url).host}.png`,
    });

    await expectCasePageTells(ext.browser, demo.site, demoPage.postId);

    if (demoPage.comment && demoPage.commentId) {
      expect(await overlapsOf(page, demoPage.commentId)).toEqual([]);
      const commentRef = await capture(page, demoPage.commentId);
      await expect
        .poll(() => sidebar.getByTestId('current-case-ref').textContent(), { timeout: 10_000 })
        .toBe(commentRef);
      expect(await sidebar.getByTestId('current-case-text').textContent()).toContain(
        demoPage.comment,
      );
      const dashboard = await openExtensionPage(
        ext.browser.context,
        ext.browser.extensionId,
        'dashboard.html',
      );
      const posts = await storedRecords(dashboard, 'posts');
      const stored = posts.find((p) => p.postId === demoPage.commentId);
      expect(stored).toMatchObject({ platform: demo.site, isReply: true });
      expect((stored?.parent as { postId?: string } | null)?.postId).toBe(demoPage.commentParentId);
      await dashboard.close();
    }
    await page.close();
  });

  // Trustpilot has no reply box: no test to run there, rather than one skipped.
  if (demo.reply)
    it("a promise in a reply sent with the site's own box becomes a follow-up", async () => {
      const [first] = demo.pages;
      if (!first || !demo.reply) throw new Error('no page to reply on');
      const page = await ext.browser.context.newPage();
      await page.goto(first.url);
      await page.waitForSelector(control('capture', first.postId), { timeout: 15_000 });
      const promise = 'Sorry about this! We will send you a replacement by Friday.';
      await demo.reply(page, first.post, promise);
      await expect
        .poll(() => page.getByText(promise).count(), { timeout: 10_000 })
        .toBeGreaterThan(0);
      const dashboard = await openExtensionPage(
        ext.browser.context,
        ext.browser.extensionId,
        'dashboard.html',
      );
      await expect
        .poll(
          async () =>
            (await storedRecords(dashboard, 'followUps')).filter((f) =>
              String(f.text).includes('replacement'),
            ).length,
          { timeout: 20_000 },
        )
        .toBe(1);
      await page.screenshot({ path: `${SCREENSHOTS}/site-${demo.site}-reply.png` });
      await dashboard.close();
      await page.close();
    });
});
