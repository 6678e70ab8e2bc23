import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureButtonIn, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

const rowsOf = (dashboard: Page) =>
  dashboard.getByRole('list', { name: 'Saved replies' }).getByRole('button');

describe('the saved replies library (production build, real Chromium)', () => {
  const ext = useExtension();

  it('lists the default replies, creates, validates, searches, edits and deletes', async () => {
    const dashboard = await ext.dashboard();
    await dashboard.getByRole('navigation', { name: 'Views' }).getByText('Saved replies').click();
    expect(dashboard.url()).toMatch(/#view=replies$/);
    // A new desk starts with its defaults.
    await expect.poll(() => rowsOf(dashboard).count()).toBe(4);
    const names = await rowsOf(dashboard).locator('strong').allTextContents();
    expect(names).toEqual(['Acknowledge', 'Ask for details', 'Move to DM', 'Resolved – check']);

    const search = dashboard.getByRole('searchbox', { name: 'Search saved replies' });
    await search.fill('privacy');
    await expect.poll(() => rowsOf(dashboard).count()).toBe(1);
    await search.fill('nothing like this');
    await expect
      .poll(() => dashboard.getByTestId('replies-empty').textContent())
      .toBe('No saved reply matches “nothing like this”.');
    await search.fill('');

    // A new one: errors in plain words beside the fields, nothing saved.
    await dashboard.getByRole('button', { name: 'New saved reply' }).click();
    const form = dashboard.getByRole('form', { name: 'New saved reply' });
    await form.getByRole('button', { name: 'Save' }).click();
    expect(await form.getByText('Give the saved reply a name.').count()).toBe(1);
    expect(await form.getByText('Write the text of the reply.').count()).toBe(1);
    expect(await form.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-saved-replies-errors.png` });

    await form.getByLabel('Name', { exact: true }).fill('Refund on its way');
    const body = form.getByLabel('Text', { exact: true });
    await body.fill('Hi {nmae}, the refund for {case} is on its way.');
    expect(await form.getByText(/^\{nmae\} is not a placeholder: use \{name\}/).count()).toBe(1);
    // The placeholder buttons put a placeholder at the caret.
    await body.fill('Hi , the refund for {case} is on its way.');
    await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 3));
    await form.getByRole('button', { name: /^Insert \{name\}/ }).click();
    expect(await body.inputValue()).toBe('Hi {name}, the refund for {case} is on its way.');
    // The live preview, filled from the sample case (this desk has no case yet).
    expect(await form.getByTestId('reply-preview').textContent()).toBe(
      'Hi Dana R, the refund for C-3F9A2B is on its way.',
    );
    await form.getByLabel('Channel', { exact: true }).selectOption('x');
    await form.getByLabel('Tags', { exact: true }).fill('billing, Refund');
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-saved-replies-light.png` });
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-saved-replies-dark.png` });
    await dashboard.emulateMedia({ colorScheme: 'light' });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => dashboard.getByRole('status').filter({ hasText: 'Saved' }).textContent())
      .toBe('Saved “Refund on its way”.');
    await expect.poll(() => rowsOf(dashboard).count()).toBe(5);
    const saved = rowsOf(dashboard).filter({ hasText: 'Refund on its way' });
    expect(await saved.textContent()).toContain('billing · refund');
    expect(await saved.getAttribute('aria-current')).toBe('true');

    // Names are unique (in any case); the refusal keeps what was typed.
    await dashboard.getByRole('button', { name: 'New saved reply' }).click();
    await form.getByLabel('Name', { exact: true }).fill('acknowledge');
    await form.getByLabel('Text', { exact: true }).fill('Thanks!');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe('There is a saved reply named “Acknowledge” already.');
    expect(await form.getByLabel('Text', { exact: true }).inputValue()).toBe('Thanks!');

    // Edit one (leaving unsaved changes asks first), then delete it.
    dashboard.once('dialog', (dialog) => void dialog.accept());
    await saved.click();
    const edit = dashboard.getByRole('form', { name: 'Edit “Refund on its way”' });
    await edit.getByLabel('Name', { exact: true }).fill('Refund sent');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => rowsOf(dashboard).filter({ hasText: 'Refund sent' }).count()).toBe(1);
    dashboard.once('dialog', (dialog) => void dialog.accept());
    await dashboard
      .getByRole('form', { name: 'Edit “Refund sent”' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => rowsOf(dashboard).count()).toBe(4);
    await dashboard.close();
  });

  it('a saved reply made in the dashboard is offered in the sidebar, filled for the case', async () => {
    const dashboard = await ext.dashboard();
    await dashboard.getByRole('navigation', { name: 'Views' }).getByText('Saved replies').click();
    await dashboard.getByRole('button', { name: 'New saved reply' }).click();
    const form = dashboard.getByRole('form', { name: 'New saved reply' });
    await form.getByLabel('Name', { exact: true }).fill('Outage update');
    await form
      .getByLabel('Text', { exact: true })
      .fill('{handle} Engineers are on it; we will post here as soon as it is fixed. ({case})');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => rowsOf(dashboard).count()).toBe(5);

    const page = await ext.open('https://x.com/home');
    await captureButtonIn(page, 'Is @AcmeMobile down in Austin?').click();
    const sidebar = await sidebarOf(page);
    const ref = await sidebar.getByTestId('current-case-ref').textContent();
    await sidebar.getByLabel('Saved reply').selectOption({ label: 'Outage update' });
    expect(await sidebar.getByRole('textbox', { name: 'Reply text' }).inputValue()).toBe(
      `@dev_oliver Engineers are on it; we will post here as soon as it is fixed. (${ref})`,
    );
    await page.emulateMedia({ colorScheme: 'dark' });
    await sidebar
      .locator('.card')
      .first()
      .screenshot({ path: `${SCREENSHOTS}/e2e-reply-section-dark.png` });
    await Promise.all([page.close(), dashboard.close()]);
  });
});
