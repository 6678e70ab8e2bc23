import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureButtonIn, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

const ORDER_POST = 'my order #4411 never arrived';
const ORDER_URL = 'https://x.com/jordan_lee/status/1984652093142855680';
const REFUND_POST = 'Charged twice for my March bill';

interface Demo {
  sent(): { id: string; text: string; replyTo: string | null; parentId: string | null }[];
  composerState(index?: number): string;
}
const demo = (page: Page) => ({
  sent: () => page.evaluate(() => (window as unknown as { __demo: Demo }).__demo.sent()),
  state: (index = 0) =>
    page.evaluate((i) => (window as unknown as { __demo: Demo }).__demo.composerState(i), index),
});

const slaOf = (sidebar: Frame) => sidebar.locator('.card [data-testid="sla"]').textContent();

/** Captures a post and waits for its case in the sidebar; gives the sidebar and the ref. */
async function captureInto(page: Page, text: string) {
  const button = captureButtonIn(page, text);
  await button.click();
  await expect.poll(() => button.getAttribute('aria-label')).toMatch(/^Captured as case C-/);
  const ref = (await button.getAttribute('aria-label'))!.replace('Captured as case ', '');
  const sidebar = await sidebarOf(page);
  await expect.poll(() => sidebar.getByTestId('current-case-ref').textContent()).toBe(ref);
  return { sidebar, ref };
}

describe('saved replies in the page reply box (production build, real Chromium)', () => {
  const ext = useExtension();

  it('inserts a filled saved reply into the post’s reply box; sending it records the reply', async () => {
    const page = await ext.open(ORDER_URL);
    const { sidebar, ref } = await captureInto(page, ORDER_POST);
    expect(await slaOf(sidebar)).toMatch(/^First response due in/);

    // The new desk's default replies are there; the keyboard picks one.
    const pick = sidebar.getByLabel('Saved reply');
    await pick.focus();
    await pick.selectOption({ label: 'Move to DM' });
    const textBox = sidebar.getByRole('textbox', { name: 'Reply text' });
    const filled = await textBox.inputValue();
    expect(filled).toMatch(/^@jordan_lee Sorry about the trouble!/);
    expect(filled).toContain(`your reference ${ref}`);
    expect(filled).not.toMatch(/\{\w+\}/);

    await sidebar.getByRole('button', { name: 'Insert into reply box' }).click();
    await expect
      .poll(() => sidebar.getByRole('status').filter({ hasText: 'Inserted' }).count())
      .toBe(1);
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    expect(await editor.innerText()).toBe(filled);
    // The site's editor saw it (its own state, as Draft.js keeps it), and its Reply is enabled.
    expect(await demo(page).state()).toBe(filled);
    expect(await page.getByTestId('tweetButtonInline').getAttribute('aria-disabled')).toBe('false');
    // Nothing was sent: the agent reviews it first.
    await page.waitForTimeout(300);
    expect(await demo(page).sent()).toEqual([]);
    expect(await page.getByTestId('toast').count()).toBe(0);
    expect(await slaOf(sidebar)).toMatch(/^First response due in/);
    await sidebar
      .locator('.reply-section')
      .screenshot({ path: `${SCREENSHOTS}/e2e-reply-section.png` });
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-reply-inserted.png` });

    // The agent presses X's own Reply: the reply is posted, and the case records it.
    await page.getByTestId('tweetButtonInline').click();
    expect(await demo(page).sent()).toMatchObject([{ text: filled, replyTo: 'jordan_lee' }]);
    await expect.poll(() => slaOf(sidebar)).toMatch(/^Resolution due in/);
    expect(await sidebar.locator('.card .status').first().textContent()).toBe('Open');

    const dashboard = await ext.dashboard();
    await dashboard.getByRole('button', { name: new RegExp(ORDER_POST) }).click();
    const history = dashboard.getByRole('region', { name: 'History' });
    await expect.poll(() => history.getByText('replied on X (first response)').count()).toBe(1);
    await Promise.all([page.close(), dashboard.close()]);
  });

  it('adds the reply after what the agent typed in the box, once, with a space between', async () => {
    const page = await ext.open(ORDER_URL);
    const { sidebar } = await captureInto(page, ORDER_POST);
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await editor.click();
    await page.keyboard.type('Hey Jordan!');
    await sidebar.getByRole('textbox', { name: 'Reply text' }).fill('We are on it.');
    await sidebar.getByRole('button', { name: 'Insert into reply box' }).click();
    await expect
      .poll(() => sidebar.getByRole('status').filter({ hasText: 'Inserted' }).count())
      .toBe(1);
    await page.waitForTimeout(1_200); // longer than the insert's settle: no late paste
    expect(await demo(page).state()).toBe('Hey Jordan! We are on it.');
    expect(await editor.innerText()).toBe('Hey Jordan! We are on it.');
    expect(await demo(page).sent()).toEqual([]);
    await page.close();
  });

  it('from a timeline it opens the post’s reply dialog; Ctrl+Enter there sends and records', async () => {
    const page = await ext.open('https://x.com/home');
    const { sidebar, ref } = await captureInto(page, REFUND_POST);
    await sidebar.getByLabel('Saved reply').selectOption({ label: 'Acknowledge' });
    const textBox = sidebar.getByRole('textbox', { name: 'Reply text' });
    // The agent edits the filled text before inserting it.
    await textBox.fill(`${await textBox.inputValue()} Sorry for the double charge.`);
    const text = await textBox.inputValue();
    expect(text).toContain(`Hi Kim Nguyen,`);
    expect(text).toContain(ref);
    await sidebar.getByRole('button', { name: 'Insert into reply box' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const editor = dialog.locator('[data-testid="tweetTextarea_0"]');
    await expect.poll(() => editor.innerText()).toBe(text);
    await expect
      .poll(() => sidebar.getByRole('status').filter({ hasText: 'Inserted' }).count())
      .toBe(1);
    expect(await demo(page).sent()).toEqual([]);

    // The page itself cannot fake the agent's press: an untrusted click sends nothing of ours.
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('[role="dialog"] [data-testid="tweetButton"]')?.click(),
    );
    expect(await demo(page).sent()).toHaveLength(1); // the demo posted it...
    await page.waitForTimeout(500);
    expect(await slaOf(sidebar)).toMatch(/^First response/); // ...but no reply was recorded

    // A second insert, sent by the agent from the keyboard.
    await sidebar.getByRole('button', { name: 'Insert into reply box' }).click();
    await dialog.waitFor();
    await expect.poll(() => editor.innerText()).toBe(text);
    await expect
      .poll(() => sidebar.getByRole('status').filter({ hasText: 'Inserted' }).count())
      .toBe(1);
    // Inserting left the keyboard in the reply box, ready for review and sending.
    expect(
      await page.evaluate(
        () => document.activeElement?.getAttribute('data-testid') === 'tweetTextarea_0',
      ),
    ).toBe(true);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => demo(page).sent()).toHaveLength(2);
    await expect.poll(() => slaOf(sidebar)).toMatch(/^Resolution due in/);
    await page.close();
  });

  it('says so when the page has no reply box for the case, and Mark replied records a reply made elsewhere', async () => {
    // A reply under a post, by someone from the crowd, captured on the post's page.
    const page = await ext.open('https://x.com/priya_codes/status/1984641010391404512');
    const reply = page
      .locator('article[data-testid="tweet"]:not([tabindex="-1"])')
      .filter({ hasNot: page.locator('a[href="/AcmeSupport"]') })
      .last();
    await reply.locator('[data-casebook-capture]').click();
    const sidebar = await sidebarOf(page);
    const ref = await sidebar.getByTestId('current-case-ref').textContent();
    expect(ref).toMatch(/^C-/);

    // The agent goes to that person's profile: the sidebar still shows their open case,
    // but the post it answers (and so its reply box) is not on this page.
    await reply.locator('[data-testid="User-Name"] a[href^="/"]').first().click();
    await page.waitForURL(/x\.com\/\w+$/);
    await expect.poll(() => sidebar.getByTestId('current-case-ref').textContent()).toBe(ref);

    const textBox = sidebar.getByRole('textbox', { name: 'Reply text' });
    await textBox.fill('Hi {name}, thanks for chiming in.');
    // An unfilled placeholder is flagged, and blocks inserting until it is replaced.
    expect(
      await sidebar.getByRole('list', { name: 'To fix before inserting' }).textContent(),
    ).toContain('{name}');
    const insert = sidebar.getByRole('button', { name: 'Insert into reply box' });
    expect(await insert.isDisabled()).toBe(true);
    await sidebar
      .locator('.reply-section')
      .screenshot({ path: `${SCREENSHOTS}/e2e-reply-problems.png` });
    await textBox.fill('Thanks for chiming in!');
    await insert.click();
    await expect
      .poll(() => sidebar.getByRole('alert').filter({ hasText: 'No reply box' }).textContent())
      .toBe('No reply box on this page: open the post first.');

    await sidebar.getByRole('button', { name: 'Mark replied' }).click();
    await expect.poll(() => slaOf(sidebar)).toMatch(/^Resolution due in/);
    const dashboard = await ext.dashboard();
    await dashboard.getByRole('button', { name: new RegExp(ref!) }).click();
    await expect
      .poll(() =>
        dashboard
          .getByRole('region', { name: 'History' })
          .getByText('marked as replied (first response)')
          .count(),
      )
      .toBe(1);
    await Promise.all([page.close(), dashboard.close()]);
  });
});
