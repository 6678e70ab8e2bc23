import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { captureButtonIn, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

const LOGIN_POST = 'Login error again: the app says my session expired every time I sign in';

const openView = async (dashboard: Page, name: 'Experts' | 'Knowledge') => {
  await dashboard.getByRole('navigation', { name: 'Views' }).getByRole('link', { name }).click();
};

const setTheme = (dashboard: Page, theme: 'light' | 'dark' | 'system') =>
  dashboard.getByRole('combobox', { name: 'Theme' }).selectOption(theme);

describe('experts and knowledge (production build, real Chromium)', () => {
  const ext = useExtension();

  it('suggests an expert and an article for a login post, and adding the expert ticks the step', async () => {
    // The desk's directory and knowledge, entered in the dashboard.
    const dashboard = await ext.dashboard();
    await setTheme(dashboard, 'light');
    await openView(dashboard, 'Experts');
    await dashboard.getByRole('button', { name: 'New expert' }).click();
    await dashboard.getByRole('textbox', { name: 'Name' }).fill('Dana Reyes');
    await dashboard.getByRole('textbox', { name: 'Role' }).fill('Identity team lead');
    await dashboard.getByRole('textbox', { name: 'Topics' }).fill('login, password reset');
    await dashboard.getByRole('textbox', { name: 'Contact 1 link' }).fill('dana@acme.example');
    await dashboard.getByRole('button', { name: 'Add expert' }).click();
    await expect.poll(() => dashboard.getByRole('status').textContent()).toBe('Added Dana Reyes.');
    await dashboard.getByRole('button', { name: 'New expert' }).click();
    await dashboard.getByRole('textbox', { name: 'Name' }).fill('Sam Ortiz');
    await dashboard.getByRole('textbox', { name: 'Topics' }).fill('billing, refund');
    await dashboard.getByRole('textbox', { name: 'Contact 1 link' }).fill('+1 555 0100 22');
    await dashboard.getByRole('button', { name: 'Add expert' }).click();
    await expect.poll(() => dashboard.getByRole('status').textContent()).toBe('Added Sam Ortiz.');
    await dashboard.getByRole('button', { name: /Dana Reyes/ }).click();
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-experts-light.png` });
    await setTheme(dashboard, 'dark');
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-experts-dark.png` });
    await setTheme(dashboard, 'light');

    await openView(dashboard, 'Knowledge');
    await dashboard.getByRole('button', { name: 'New article' }).click();
    await dashboard.getByRole('textbox', { name: 'Title' }).fill('Fix a login error');
    await dashboard
      .getByRole('textbox', { name: 'URL' })
      .fill('https://help.acme.example/articles/login-error');
    await dashboard
      .getByRole('textbox', { name: 'Summary or body' })
      .fill('When the app says the session expired, sign out, clear the app data and sign in.');
    await dashboard.getByRole('textbox', { name: 'Tags' }).fill('login');
    await dashboard.getByRole('button', { name: 'Add article' }).click();
    await expect
      .poll(() => dashboard.getByRole('status').textContent())
      .toBe('Added “Fix a login error”.');
    await dashboard.getByRole('button', { name: 'New article' }).click();
    await dashboard.getByRole('textbox', { name: 'Title' }).fill('Refunds for double charges');
    await dashboard.getByRole('combobox', { name: 'Status' }).selectOption('draft');
    await dashboard.getByRole('button', { name: 'Add article' }).click();
    await dashboard.getByRole('list', { name: 'Drafts' }).waitFor();
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-knowledge-light.png` });
    await setTheme(dashboard, 'dark');
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-knowledge-dark.png` });
    await setTheme(dashboard, 'light');

    // A customer's post about a login error on x.com (the demo's composer posts it).
    const page = await ext.open('https://x.com/home');
    await page.locator('[data-testid="tweetTextarea_0"]').first().click();
    await page.keyboard.type(LOGIN_POST);
    await page.locator('[data-testid="tweetButtonInline"]').first().click();
    await captureButtonIn(page, LOGIN_POST).click();
    const sidebar = await sidebarOf(page);
    await expect
      .poll(() => sidebar.getByTestId('current-case-text').textContent())
      .toContain('Login error again');

    const experts = sidebar.getByRole('list', { name: 'Suggested experts' });
    await expect.poll(() => experts.textContent()).toContain('Dana Reyes');
    expect(await experts.textContent()).toContain('topic “login”');
    expect(await experts.textContent()).not.toContain('Sam Ortiz');
    const articles = sidebar.getByRole('list', { name: 'Suggested knowledge' });
    expect(
      await articles.getByRole('link', { name: 'Fix a login error' }).getAttribute('href'),
    ).toBe('https://help.acme.example/articles/login-error');
    expect(await articles.textContent()).not.toContain('Refunds'); // a draft is not suggested
    await sidebar.locator('.case-knowledge').scrollIntoViewIfNeeded();
    const frame = page.locator('iframe[data-casebook-sidebar]');
    await frame.screenshot({ path: `${SCREENSHOTS}/e2e-sidebar-suggestions-light.png` });

    await experts.getByRole('button', { name: 'Add Dana Reyes to the case' }).click();
    const step = sidebar.getByRole('checkbox', { name: 'Find the experts and add them' });
    await expect.poll(() => step.isChecked()).toBe(true);
    const onCase = sidebar.getByRole('list', { name: 'Experts on this case' });
    expect(await onCase.getByRole('link', { name: 'Email' }).getAttribute('href')).toBe(
      'mailto:dana@acme.example',
    );
    await expect
      .poll(() => sidebar.getByRole('list', { name: 'Suggested experts' }).count())
      .toBe(0);
    await sidebar.locator('.case-knowledge').scrollIntoViewIfNeeded();
    await setTheme(dashboard, 'dark');
    await expect.poll(() => sidebar.locator('html').getAttribute('data-theme')).toBe('dark');
    await frame.screenshot({ path: `${SCREENSHOTS}/e2e-sidebar-suggestions-dark.png` });
    await setTheme(dashboard, 'system');

    // The dashboard's case shows the expert and the recorded history.
    await openView(dashboard, 'Experts');
    await dashboard.goto(dashboard.url().replace(/#.*$/, '#view=cases'));
    await dashboard.getByRole('button', { name: /Login error again/ }).click();
    const detail = dashboard.getByRole('article');
    await expect.poll(() => detail.getByText(/added the expert Dana Reyes/).count()).toBe(1);
    expect(
      await detail.getByRole('checkbox', { name: 'Find the experts and add them' }).isChecked(),
    ).toBe(true);
    await detail.locator('.case-knowledge').scrollIntoViewIfNeeded();
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-case-knowledge.png` });
    await Promise.all([page.close(), dashboard.close()]);
  });
});

describe('knowledge import (production build, real Chromium)', () => {
  const ext = useExtension();

  it('previews a sitemap, imports it, and refuses a damaged one', async () => {
    const dashboard = await ext.dashboard();
    await openView(dashboard, 'Knowledge');
    await dashboard.getByRole('button', { name: 'Import…' }).click();
    const file = dashboard.getByLabel('File to import');
    await file.setInputFiles({
      name: 'sitemap.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
          '<url><loc>https://help.acme.example/hc/articles/360001-Reset-your-password</loc></url>' +
          '<url><loc>https://help.acme.example/guides/esim-transfer.html</loc></url>' +
          '<url><loc>https://help.acme.example/guides/esim-transfer.html#steps</loc></url>' +
          '<url><loc>javascript:alert(1)</loc></url>' +
          '</urlset>',
      ),
    });
    const summary = dashboard.getByTestId('import-summary');
    await expect.poll(() => summary.textContent()).toBe('2 to add0 to update2 skipped');
    const skipped = dashboard.getByRole('table', { name: 'Rows skipped, and why' });
    expect(await skipped.textContent()).toContain('entry 3the same URL as entry 2');
    expect(await skipped.textContent()).toContain(
      'entry 4“javascript:alert(1)” is not an http(s) link',
    );
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-knowledge-import.png` });
    await dashboard.getByRole('button', { name: 'Import 2 articles' }).click();
    await expect
      .poll(() => dashboard.getByRole('status').last().textContent())
      .toBe('Imported sitemap.xml: 2 added, 0 updated, 2 skipped.');
    const list = dashboard.getByRole('list', { name: 'Published articles' });
    await expect.poll(() => list.textContent()).toContain('Reset your password');
    expect(await list.textContent()).toContain('Esim transfer');

    await dashboard.getByRole('button', { name: 'Import another file' }).click();
    await file.setInputFiles({
      name: 'cut-off.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from('<urlset><url><loc>https://help.acme.example/x</loc></url'),
    });
    const alert = dashboard.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(
        /^cut-off\.xml was not imported\. This is not well-formed XML \(error on line 1 at column \d+: [^)]+\)\. The file may be cut off or damaged\.$/,
      );
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-knowledge-import-refused.png` });
    await dashboard.close();
  });
});
