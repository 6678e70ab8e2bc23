import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureButtonIn, useExtension } from './fixture';

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

  it('"Open & insert" opens each post with its own filled reply; sending records that case only', async () => {
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

    // Only that case records the reply; the other still waits for its answer.
    await dashboard.goto(dashboard.url().replace(/#.*$/, `#case=${ids[0]}`));
    const history = dashboard.getByRole('region', { name: 'History' });
    await expect.poll(() => history.getByText('replied on X (first response)').count()).toBe(1);
    await dashboard.goto(dashboard.url().replace(/#.*$/, `#case=${ids[1]}`));
    await expect
      .poll(() => dashboard.locator('article h2').textContent())
      .toContain('@tomwhitfield');
    expect(await dashboard.getByRole('region', { name: 'History' }).textContent()).not.toContain(
      'replied',
    );
    await Promise.all([page.close(), post.close(), dashboard.close()]);
  });
});
