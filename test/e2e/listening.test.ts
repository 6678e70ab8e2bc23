import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../support/browser';
import { SCREENSHOTS, sendRequest, sidebarOf, storedRecords, useExtension } from './fixture';

const BADGE = '[data-casebook-badge]';
const tweets = 'article[data-testid="tweet"]';

// Issue 11 on a search page of the X demo (served as https://x.com/search): the team
// watches @AcmeMobile (not @AcmeSupport) and leaves out posts that name Globex. The
// search for "acme" shows a mix of both, so some posts must be marked and some not. A
// refund goes to Sam, with a saved reply prefilled as the acknowledgement.
/** Whether each post has a badge exactly when its own text matches `wanted` and not `unwanted`. */
async function badgedExactly(page: Page, wanted: RegExp, unwanted = /$^/): Promise<boolean> {
  const rows = await page.locator(tweets).evaluateAll(
    (articles, [want, skip]) =>
      articles.map((article) => {
        const text = article.querySelector('[data-testid="tweetText"]')?.textContent ?? '';
        const matches = new RegExp(want!, 'i').test(text) && !new RegExp(skip!, 'i').test(text);
        return matches === (article.querySelector('[data-casebook-badge]') !== null);
      }),
    [wanted.source, unwanted.source],
  );
  return rows.length > 0 && rows.every(Boolean);
}

describe('listening on a search page', () => {
  const ext = useExtension();

  it('marks the posts that mention the watch list, lists those that need an answer, and captures one', async () => {
    const { context, extensionId } = ext.browser;
    const options = await openExtensionPage(context, extensionId, 'options.html');
    // The team, a saved reply, and a rule that sends refunds to Sam with that reply.
    const saved = await sendRequest(options, 'replies.save', {
      reply: { name: 'Billing ack', body: '{handle} sorry about that, billing is on it: {case}.' },
    });
    expect(saved.ok).toBe(true);
    const team = { settings: { key: 'main', agents: ['me', 'Sam'] } };
    expect((await sendRequest(options, 'settings.save', team)).ok).toBe(true);
    await options.reload();
    const routing = options.getByRole('region', { name: 'Routing' });
    await routing.getByRole('button', { name: 'Add rule' }).click();
    await routing.getByRole('textbox', { name: "Rule 1 'Rule 1': name" }).fill('Billing');
    await routing.getByRole('textbox', { name: "Rule 1 'Billing': keywords" }).fill('refund');
    await routing.getByRole('combobox', { name: "Rule 1 'Billing': action" }).selectOption('agent');
    await routing
      .getByRole('combobox', { name: "Rule 1 'Billing': action: agent" })
      .selectOption('Sam');
    await routing
      .getByRole('combobox', { name: "Rule 1 'Billing': acknowledgement reply" })
      .selectOption({ label: 'Billing ack' });
    await routing.getByRole('button', { name: 'Save routing' }).click();
    await routing.getByText('Saved.').waitFor();

    const listening = options.getByRole('region', { name: 'Listening' });
    await listening.getByRole('textbox', { name: 'Handles' }).fill('@AcmeMobile');
    await listening.getByRole('textbox', { name: 'Exclusions' }).fill('Globex');
    await listening.getByRole('button', { name: 'Save listening settings' }).click();
    await listening.getByText('Saved.').waitFor();
    await options.close();

    const page = await ext.open('https://x.com/search?q=acme');
    await page.locator(BADGE).first().waitFor();
    // Each post's badge is there exactly when its text mentions @AcmeMobile without Globex.
    await expect.poll(() => badgedExactly(page, /@acmemobile/i, /globex/i)).toBe(true);
    const all = await page.locator(tweets).count();
    const marked = await page.locator(BADGE).count();
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(all);
    // The badge says only its label: no customer data in the page.
    for (const text of await page.locator(BADGE).allTextContents()) {
      expect(['Needs answer', 'Praise', 'Mention']).toContain(text);
    }
    const billing = page.locator(tweets).filter({ hasText: 'Charged twice for my March bill' });
    expect(await billing.locator(BADGE).textContent()).toBe('Needs answer');
    const praise = page.locator(tweets).filter({ hasText: 'Acme Pixel case arrived a day early' });
    expect(await praise.locator(BADGE).textContent()).toBe('Praise');

    await page.getByRole('button', { name: 'Open Casebook sidebar' }).click();
    const sidebar = await sidebarOf(page);
    const needing = await page.locator(BADGE, { hasText: 'Needs answer' }).count();
    await expect
      .poll(() => sidebar.getByTestId('listening-counts').textContent())
      .toBe(
        `${needing} need${needing === 1 ? 's' : ''} an answer · ${marked} mentions on this page`,
      );
    const list = sidebar.getByRole('list', {
      name: 'Posts that need an answer, most urgent first',
    });
    expect(await list.getByRole('listitem').count()).toBe(needing);
    // Praise is not in the list; the billing complaint is, with its reasons.
    const item = list.getByRole('listitem').filter({ hasText: 'Charged twice' });
    expect(await item.textContent()).toMatch(/Complaint/);
    expect(await item.textContent()).toMatch(/Why: /);
    expect(await list.textContent()).not.toMatch(/arrived a day early/);
    await page.screenshot({ path: `${SCREENSHOTS}/listening-search-light.png` });

    await item.getByRole('button', { name: /^Capture post by .* as a case$/ }).click();
    await item
      .getByRole('status')
      .filter({ hasText: /Captured as case C-/ })
      .waitFor();
    // The post's own button in the page shows the same case.
    await expect
      .poll(() => billing.locator('[data-casebook-capture]').textContent())
      .toMatch(/^\u2713 C-/);
    // Routed by the rule, and its acknowledgement waits in X's reply box, unsent.
    const ref = (await billing.locator('[data-casebook-capture]').textContent())!.slice(2);
    const dashboard = await ext.dashboard();
    const cases = await storedRecords(dashboard, 'cases');
    expect(cases.find((c) => c.ref === ref)).toMatchObject({ assignee: 'Sam' });
    expect(String(cases.find((c) => c.ref === ref)?.text)).toContain('Charged twice');
    await dashboard.close();
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await expect
      .poll(() => editor.innerText())
      .toBe(`@the_real_kim sorry about that, billing is on it: ${ref}.`);
    const sent = await page.evaluate(
      () => (window as unknown as { __demo: { sent(): unknown[] } }).__demo.sent().length,
    );
    expect(sent).toBe(0);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SCREENSHOTS}/listening-search-dark.png` });

    // The team now watches Globex instead: the open page badges its posts anew, unreloaded.
    const later = await openExtensionPage(context, extensionId, 'options.html');
    const watchList = later.getByRole('region', { name: 'Listening' });
    await watchList.getByRole('textbox', { name: 'Handles' }).fill('');
    await watchList.getByRole('textbox', { name: 'Exclusions' }).fill('');
    await watchList.getByRole('textbox', { name: 'Keywords' }).fill('Globex');
    await watchList.getByRole('button', { name: 'Save listening settings' }).click();
    await watchList.getByText('Saved.').waitFor();
    await later.close();
    await expect.poll(() => badgedExactly(page, /globex/i)).toBe(true);
    expect(await page.locator(BADGE).count()).toBeGreaterThan(0);
    expect(await sidebar.getByTestId('listening-counts').textContent()).toMatch(
      new RegExp(`${await page.locator(BADGE).count()} mentions? on this page$`),
    );
    await page.close();
  });
});
