import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../support/browser';
import { captureButtonIn, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

const LOGIN_POST = 'Cannot log in since the update, the login page just spins';

describe('checklist step roles (production build, real Chromium)', () => {
  const ext = useExtension();

  it('a step of a custom template is ticked when an expert is added to the case', async () => {
    const { context, extensionId } = ext.browser;
    const options = await openExtensionPage(context, extensionId, 'options.html');
    const checklists = options.getByRole('region', { name: 'Checklist templates' });
    await checklists.getByRole('button', { name: 'Add template' }).click();
    const card = checklists.getByRole('group', { name: 'New template' });
    await card.getByRole('textbox', { name: 'Name' }).fill('X posts');
    const template = checklists.getByRole('group', { name: 'X posts' });
    await template.getByRole('combobox', { name: 'Applies' }).selectOption('created');
    await template.getByRole('combobox', { name: 'Channel' }).selectOption('x');
    await template.getByRole('textbox', { name: 'Step 1' }).fill('Ask the identity team');
    await template
      .getByRole('combobox', { name: 'Ticked automatically: Ask the identity team' })
      .selectOption('experts');
    await template.getByRole('button', { name: 'Add step' }).click();
    await template.getByRole('textbox', { name: 'Step 2' }).fill('Reply with the fix');
    await checklists.getByRole('button', { name: 'Save checklist templates' }).click();
    await checklists.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await template.scrollIntoViewIfNeeded();
    await template.screenshot({ path: `${SCREENSHOTS}/e2e-checklist-roles-light.png` });
    await options.emulateMedia({ colorScheme: 'dark' });
    await template.screenshot({ path: `${SCREENSHOTS}/e2e-checklist-roles-dark.png` });
    await options.close();

    const dashboard = await ext.dashboard();
    await dashboard
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Experts' })
      .click();
    await dashboard.getByRole('button', { name: 'New expert' }).click();
    await dashboard.getByRole('textbox', { name: 'Name' }).fill('Dana Reyes');
    await dashboard.getByRole('textbox', { name: 'Topics' }).fill('login');
    await dashboard.getByRole('button', { name: 'Add expert' }).click();
    await expect.poll(() => dashboard.getByRole('status').textContent()).toBe('Added Dana Reyes.');
    await dashboard.close();

    const page = await ext.open('https://x.com/home');
    await page.locator('[data-testid="tweetTextarea_0"]').first().click();
    await page.keyboard.type(LOGIN_POST);
    await page.locator('[data-testid="tweetButtonInline"]').first().click();
    await captureButtonIn(page, LOGIN_POST).click();
    const sidebar = await sidebarOf(page);
    const step = sidebar.getByRole('checkbox', { name: 'Ask the identity team' });
    await expect.poll(() => step.isChecked()).toBe(false);
    expect(await sidebar.getByRole('checkbox', { name: 'Reply with the fix' }).count()).toBe(1);
    await sidebar
      .getByRole('list', { name: 'Suggested experts' })
      .getByRole('button', { name: 'Add Dana Reyes to the case' })
      .click();
    await expect.poll(() => step.isChecked()).toBe(true);
    expect(await sidebar.getByRole('checkbox', { name: 'Reply with the fix' }).isChecked()).toBe(
      false,
    );
    await page.close();
  });
});
