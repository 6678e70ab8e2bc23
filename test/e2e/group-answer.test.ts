import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, sidebarOf, useExtension } from './fixture';

interface DemoWindow {
  __demo: { appendPosts(n: number): string[] };
}

/** A post of the timeline: its article, its author's handle and its permalink. */
interface Found {
  article: Locator;
  handle: string;
  permalink: string;
}

/** The first `n` posts of the timeline whose text contains `text`, one per author. */
async function postsSaying(page: Page, text: string, n: number): Promise<Found[]> {
  const articles = page.locator('article[data-testid="tweet"]').filter({ hasText: text });
  const found: Found[] = [];
  for (let i = 0; i < (await articles.count()) && found.length < n; i++) {
    const article = articles.nth(i);
    const path = await article
      .locator('a[href*="/status/"]:has(time)')
      .first()
      .getAttribute('href');
    const [, handle] = /^\/([^/]+)\/status\//.exec(path ?? '') ?? [];
    if (!handle || found.some((f) => f.handle === handle)) continue;
    found.push({ article, handle, permalink: `https://x.com${path}` });
  }
  if (found.length < n) throw new Error(`Only ${found.length} posts say "${text}".`);
  return found;
}

async function capture(page: Page, post: Found) {
  const button = post.article.locator('[data-casebook-capture]');
  await button.click();
  await expect.poll(() => button.getAttribute('aria-label')).toMatch(/^Captured as case C-/);
  return (await button.getAttribute('aria-label'))!.replace('Captured as case ', '');
}

describe('similar posts, one answer for many (production build, real Chromium)', () => {
  const ext = useExtension();

  it('offers the similar cases, answers them as a group, and records it in each case', async () => {
    const page = await ext.open('https://x.com/home');
    // The demo's generated posts: several people report the same outage.
    await page.evaluate(() => (window as unknown as DemoWindow).__demo.appendPosts(40));
    const outage = await postsSaying(page, 'No signal at all in', 3);
    const [unrelated] = await postsSaying(page, 'store staff were great', 1);

    const unrelatedRef = await capture(page, unrelated!);
    const refs: string[] = [];
    for (const post of outage) refs.push(await capture(page, post));

    // The sidebar shows the last capture and offers the other two, not the unrelated post.
    const sidebar = await sidebarOf(page);
    await expect.poll(() => sidebar.getByTestId('current-case-ref').textContent()).toBe(refs[2]);
    const offer = sidebar.getByRole('region', { name: 'Similar open cases (2)' });
    await offer.waitFor();
    const offered = (await offer.getByRole('list').textContent()) ?? '';
    expect(offered).toContain(refs[0]);
    expect(offered).toContain(refs[1]);
    expect(offered).toContain(`@${outage[0]!.handle}`);
    expect(offered).not.toContain(unrelatedRef);
    expect(offered).not.toContain(unrelated!.handle);
    expect(await offer.getByTestId('shared-words').first().textContent()).toMatch(
      /^Shares: .*signal.*outage/,
    );
    await offer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-similar-sidebar.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-similar-sidebar-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    // "Answer as a group" opens the dashboard's group view with the three cases.
    const [group] = await Promise.all([
      page.context().waitForEvent('page'),
      offer.getByRole('link', { name: 'Answer as a group' }).click(),
    ]);
    await group.getByRole('heading', { name: 'Answer as a group (3 cases)' }).waitFor();
    // A new desk has default saved replies; this group gets one written for it.
    await group.getByLabel('Saved reply').selectOption({ label: 'Write one for this group' });
    await group
      .getByRole('textbox', { name: 'Reply for this group' })
      .fill('Hi {name} ({handle}), sorry: engineers are fixing the outage now. Re {case}: {link}');
    for (const [i, post] of outage.entries()) {
      const reply = group.getByRole('textbox', { name: `Reply to @${post.handle}` });
      await expect.poll(() => reply.inputValue()).toContain(`(@${post.handle})`);
      const text = await reply.inputValue();
      expect(text).toContain(`Re ${refs[i]}: ${post.permalink}`);
      const row = group.getByRole('listitem', { name: new RegExp(`@${post.handle}$`) });
      expect(await row.getByRole('link', { name: 'Open post' }).getAttribute('href')).toBe(
        post.permalink,
      );
    }
    await group.getByRole('radio', { name: 'Waiting on customer' }).check();
    await group.screenshot({ path: `${SCREENSHOTS}/e2e-group-view.png`, fullPage: true });
    await group.emulateMedia({ colorScheme: 'dark' });
    await group.screenshot({ path: `${SCREENSHOTS}/e2e-group-view-dark.png`, fullPage: true });
    await group.emulateMedia({ colorScheme: 'light' });

    await group.getByRole('button', { name: 'Mark all answered (3)' }).click();
    await group.getByRole('heading', { name: 'Answered 3 of 3' }).waitFor();
    const results =
      (await group.getByRole('list', { name: 'Result per case' }).textContent()) ?? '';
    for (const ref of refs) expect(results).toContain(`${ref} @`);
    expect(results.match(/now Waiting on customer/g)).toHaveLength(3);
    await group.screenshot({ path: `${SCREENSHOTS}/e2e-group-done.png`, fullPage: true });

    // Each case has its own reply in its own history; the unrelated one has none.
    const dashboard = await ext.dashboard();
    const search = dashboard.getByRole('searchbox', { name: 'Search cases' });
    for (const ref of refs) {
      await search.fill(ref);
      await dashboard.getByRole('button', { name: new RegExp(ref) }).click();
      const detail = dashboard.getByRole('article');
      await expect.poll(() => detail.locator('h2').textContent()).toContain(ref);
      const history = detail.getByRole('region', { name: 'History' });
      await expect
        .poll(() => history.textContent())
        .toContain('group answer "written for this group" (first response)');
      expect(await history.textContent()).toContain('status Open → Waiting on customer');
      expect(await detail.locator('.status').first().textContent()).toBe('Waiting on customer');
      // The case page offers the other two as similar open cases, to answer again later.
      const similar = detail.getByRole('list', { name: 'Similar open cases' });
      await expect.poll(() => similar.getByRole('checkbox').count()).toBe(2);
      if (ref === refs[0]) {
        await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-similar-case.png` });
        await dashboard.emulateMedia({ colorScheme: 'dark' });
        await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-similar-case-dark.png` });
        await dashboard.emulateMedia({ colorScheme: 'light' });
      }
    }
    await search.fill(unrelatedRef);
    await dashboard.getByRole('button', { name: new RegExp(unrelatedRef) }).click();
    const other = dashboard.getByRole('article');
    await expect.poll(() => other.locator('h2').textContent()).toContain(unrelatedRef);
    expect(await other.getByRole('region', { name: 'History' }).textContent()).not.toContain(
      'replied',
    );
    expect(await other.locator('.status').first().textContent()).toBe('New');
    await Promise.all([page.close(), group.close(), dashboard.close()]);
  });
});
