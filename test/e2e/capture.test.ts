import { describe, expect, it } from 'vitest';
import { captureButtonIn, post, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

const ORDER_POST = 'my order #4411 never arrived';
const REFUND_POST = 'Charged twice for my March bill';

describe('capture on x.com (production build, real Chromium)', () => {
  const ext = useExtension();

  it('gives every post one "Capture as case" button, and nothing else of ours', async () => {
    const page = await ext.open('https://x.com/home');
    const articles = await page.locator('article[data-testid="tweet"]').count();
    expect(articles).toBeGreaterThan(5);
    const perPost = await page.$$eval('article[data-testid="tweet"]', (els) =>
      els.map((el) => el.querySelectorAll('[data-casebook-capture]').length),
    );
    expect(perPost.every((n) => n === 1)).toBe(true);
    expect(await page.getByRole('button', { name: 'Capture as case' }).count()).toBe(articles);
    await page.close();
  });

  it('one click stores the post, opens a case and shows it in the sidebar', async () => {
    const page = await ext.open('https://x.com/home');
    const button = captureButtonIn(page, ORDER_POST);
    await button.click();
    await expect
      .poll(() => button.getAttribute('aria-label'))
      .toMatch(/^Captured as case C-[0-9A-F]{6}$/);
    const ref = (await button.getAttribute('aria-label'))!.replace('Captured as case ', '');
    expect(await button.textContent()).toBe(`\u2713 ${ref}`);

    const sidebar = await sidebarOf(page);
    await expect.poll(() => sidebar.getByTestId('current-case-ref').textContent()).toBe(ref);
    expect(await sidebar.getByTestId('current-case-text').textContent()).toContain(ORDER_POST);
    expect(await sidebar.getByRole('heading', { name: 'Jordan Lee' }).count()).toBe(1);
    expect(await sidebar.getByTestId('open-total').textContent()).toBe('1 open');
    // The default SLA for public posts: a first response within 1 h, around the clock.
    expect(await sidebar.locator('.card [data-testid="sla"]').textContent()).toMatch(
      /^First response due in (1 h|59 min)$/,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-capture.png` });
    await page.close();
  });

  it('the dashboard lists the case; capturing again, from any page, makes no duplicate', async () => {
    const dashboard = await ext.dashboard();
    const rows = dashboard.getByRole('list', { name: 'Cases' }).getByRole('button');
    await expect.poll(() => rows.count()).toBe(1);
    const row = (await rows.first().textContent()) ?? '';
    expect(row).toContain(ORDER_POST);
    const ref = row.match(/C-[0-9A-F]{6}/)![0];

    // A fresh load of the timeline knows the post is captured, and says which case.
    const page = await ext.open('https://x.com/home');
    const button = captureButtonIn(page, ORDER_POST);
    await expect.poll(() => button.getAttribute('aria-label')).toBe(`Captured as case ${ref}`);
    await button.click();

    // The post's own status page (reached by in-app navigation) knows it too.
    await post(page, ORDER_POST).locator('a[href*="/status/"]:has(time)').first().click();
    await page.waitForURL(/\/status\//);
    const focused = page.locator('article[data-testid="tweet"][tabindex="-1"]');
    await expect
      .poll(() => focused.locator('[data-casebook-capture]').getAttribute('aria-label'))
      .toBe(`Captured as case ${ref}`);
    await focused.locator('[data-casebook-capture]').click();

    // And from another tab on twitter.com.
    const other = await ext.open('https://twitter.com/home');
    await captureButtonIn(other, ORDER_POST).click();
    await page.waitForTimeout(300);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await dashboard.getByTestId('dash-open-total').textContent()).toBe('1 open');
    await Promise.all([page.close(), other.close(), dashboard.close()]);
  });

  it('the dashboard updates live, and its edits reach the sidebar', async () => {
    const dashboard = await ext.dashboard();
    const page = await ext.open('https://x.com/home');
    await captureButtonIn(page, REFUND_POST).click();
    const rows = dashboard.getByRole('list', { name: 'Cases' }).getByRole('button');
    await expect.poll(() => rows.count()).toBe(2);
    await rows.filter({ hasText: REFUND_POST }).click();
    const detail = dashboard.getByRole('article');
    await detail.getByRole('combobox', { name: 'Case status' }).selectOption('waiting');
    await detail.getByRole('textbox', { name: 'New note' }).fill('Refund ticket R-99 raised');
    await detail.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => detail.getByText('Refund ticket R-99 raised').count()).toBe(1);

    const sidebar = await sidebarOf(page);
    await expect.poll(() => sidebar.getByText('Refund ticket R-99 raised').count()).toBe(1);
    expect(await sidebar.locator('.card .status').textContent()).toBe('Waiting on customer');
    // Customer data stays in the iframe: none of it is in the host page's DOM.
    const hostHtml = await page.evaluate(() => document.documentElement.outerHTML);
    expect(hostHtml).not.toContain('Refund ticket R-99');
    expect(hostHtml).not.toContain('Waiting on customer');
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-dashboard.png` });
    await Promise.all([page.close(), dashboard.close()]);
  });

  it('posts added while scrolling get their buttons', async () => {
    const page = await ext.open('https://x.com/home');
    const before = await page.locator('article[data-testid="tweet"]').count();
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, 20_000);
      await page.waitForTimeout(300);
    }
    await expect
      .poll(() => page.locator('article[data-testid="tweet"]').count())
      .toBeGreaterThan(before);
    await expect
      .poll(() =>
        page.$$eval(
          'article[data-testid="tweet"]',
          (els) =>
            els.filter((el) => el.querySelectorAll('[data-casebook-capture]').length !== 1).length,
        ),
      )
      .toBe(0);
    const last = page.locator('article[data-testid="tweet"]').last();
    await last.locator('[data-casebook-capture]').click();
    await expect
      .poll(() => last.locator('[data-casebook-capture]').getAttribute('aria-label'))
      .toMatch(/^Captured as case/);
    await page.close();
  });
});
