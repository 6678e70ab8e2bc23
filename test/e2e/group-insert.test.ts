import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureButtonIn, SCREENSHOTS, useExtension } from './fixture';

const ORDER_POST = 'my order #4411 never arrived';
const DM_POST = 'I already DMed you twice and still no answer';

const sent = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { __demo: { sent(): { text: string; replyTo: string | null }[] } }
    ).__demo.sent(),
  );

describe('group answer into the site (production build, real Chromium)', () => {
  const ext = useExtension();

  it('"Open & insert" opens each post with its own filled reply; each reply is recorded once', async () => {
    const page = await ext.open('https://x.com/home');
    for (const text of [ORDER_POST, DM_POST]) {
      const button = captureButtonIn(page, text);
      await button.click();
      await expect.poll(() => button.textContent()).toMatch(/^\u2713 C-/);
    }
    // The two cases' ids, from the dashboard's own links (#case=<id>).
    const dashboard = await ext.dashboard();
    const ids: string[] = [];
    for (const text of [ORDER_POST, DM_POST]) {
      await dashboard.getByRole('button', { name: new RegExp(text.slice(0, 20)) }).click();
      await expect.poll(() => new URL(dashboard.url()).hash).toMatch(/^#case=/);
      ids.push(decodeURIComponent(new URL(dashboard.url()).hash.slice('#case='.length)));
    }
    await dashboard.goto(dashboard.url().replace(/#.*$/, `#view=group&cases=${ids.join(',')}`));
    await dashboard.getByRole('heading', { name: 'Answer as a group (2 cases)' }).waitFor();
    await dashboard.getByLabel('Saved reply').selectOption({ label: 'Acknowledge' });
    const reply = dashboard.getByRole('textbox', { name: 'Reply to @jordan_lee' });
    await expect.poll(() => reply.inputValue()).toMatch(/^Hi Jordan Lee,/);
    const filled = await reply.inputValue();

    const [post] = await Promise.all([
      dashboard.context().waitForEvent('page'),
      dashboard
        .getByRole('button', { name: 'Open the post of @jordan_lee and insert the reply' })
        .click(),
    ]);
    const editor = post.locator('[data-testid="tweetTextarea_0"]');
    await expect.poll(() => editor.innerText(), { timeout: 20_000 }).toBe(filled);
    expect(await sent(post)).toEqual([]); // never sent without the agent
    await post.getByTestId('tweetButtonInline').click();
    expect(await sent(post)).toMatchObject([{ text: filled, replyTo: 'jordan_lee' }]);

    // The group view sees the reply sent from the post's tab: that case is answered.
    const jordan = dashboard.getByRole('listitem', { name: /@jordan_lee/ });
    await jordan.getByText('Answered: replied on X.').waitFor();
    // Its placeholders filled, the other case's "Open & insert" is offered; the agent
    // answers it with "Mark all answered" instead, moving both cases to waiting.
    const tom = dashboard.getByRole('listitem', { name: /@tomwhitfield/ });
    const tomInsert = tom.getByRole('button', {
      name: 'Open the post of @tomwhitfield and insert the reply',
    });
    expect(await tomInsert.isEnabled()).toBe(true);
    // A placeholder left in a row's text keeps it out of the site, as in the sidebar.
    await tom.getByRole('textbox', { name: 'Reply to @tomwhitfield' }).press('Control+End');
    await tom
      .getByRole('textbox', { name: 'Reply to @tomwhitfield' })
      .pressSequentially(' {agent}');
    await tom.getByRole('list', { name: 'To fix before inserting' }).waitFor();
    expect(await tomInsert.isDisabled()).toBe(true);
    await dashboard.screenshot({
      path: `${SCREENSHOTS}/e2e-group-insert-sent.png`,
      fullPage: true,
    });
    await tom.getByRole('button', { name: 'Undo edits of reply to @tomwhitfield' }).click();
    expect(await tomInsert.isEnabled()).toBe(true);
    await dashboard.getByRole('radio', { name: 'Waiting on customer' }).check();
    await dashboard.getByRole('button', { name: 'Mark all answered (2)' }).click();
    const results = dashboard.getByRole('list', { name: 'Result per case' });
    await results.waitFor();
    await expect
      .poll(() => results.getByRole('listitem').allTextContents())
      .toEqual([
        expect.stringMatching(/@jordan_lee: already replied on X · now Waiting on customer$/),
        expect.stringMatching(/@tomwhitfield: reply recorded · now Waiting on customer$/),
      ]);
    await dashboard.screenshot({
      path: `${SCREENSHOTS}/e2e-group-insert-once.png`,
      fullPage: true,
    });
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await dashboard.screenshot({
      path: `${SCREENSHOTS}/e2e-group-insert-once-dark.png`,
      fullPage: true,
    });
    await dashboard.emulateMedia({ colorScheme: 'light' });

    // Each case holds its reply once: the one sent on X is not also a "next response".
    await dashboard.goto(dashboard.url().replace(/#.*$/, `#case=${ids[0]}`));
    const history = dashboard.getByRole('region', { name: 'History' });
    await expect.poll(() => history.getByText('replied on X (first response)').count()).toBe(1);
    expect(await history.textContent()).not.toMatch(/group answer|next response/);
    await dashboard.goto(dashboard.url().replace(/#.*$/, `#case=${ids[1]}`));
    await expect
      .poll(() => dashboard.locator('article h2').textContent())
      .toContain('@tomwhitfield');
    const tomHistory = dashboard.getByRole('region', { name: 'History' });
    await expect
      .poll(() => tomHistory.getByText('group answer "Acknowledge" (first response)').count())
      .toBe(1);
    expect(await tomHistory.textContent()).not.toContain('replied on X');
    await Promise.all([page.close(), post.close(), dashboard.close()]);
  });
});
