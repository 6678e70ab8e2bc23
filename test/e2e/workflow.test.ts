import { describe, expect, it } from 'vitest';
import { captureButtonIn, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

describe('case workflow (production build, real Chromium)', () => {
  const ext = useExtension();

  it('ticks steps in the sidebar, and closing with required steps open asks for a reason', async () => {
    const page = await ext.open('https://x.com/home');
    await captureButtonIn(page, 'Charged twice for my March bill').click();
    const sidebar = await sidebarOf(page);
    const step = sidebar.getByRole('checkbox', {
      name: 'Define and agree the problem with the customer (required)',
    });
    await step.check();
    await expect
      .poll(() => sidebar.locator('.checklist legend').textContent())
      .toContain('1 of 13 done');
    // The capture's priority and SLA are there too.
    expect(await sidebar.locator('.card [data-testid="priority"]').textContent()).toMatch(/^P\d/);

    const dashboard = await ext.dashboard();
    await dashboard.getByRole('button', { name: /Charged twice/ }).click();
    const detail = dashboard.getByRole('article');
    await expect
      .poll(() => detail.locator('.checklist legend').textContent())
      .toContain('1 of 13 done');
    await detail.getByRole('combobox', { name: 'Case status' }).selectOption('closed');
    const ask = detail.getByRole('alertdialog');
    await ask.waitFor();
    expect(await ask.textContent()).toContain('3 required steps are not done');
    expect(await detail.locator('.status').first().textContent()).toBe('New');
    await ask.getByRole('textbox', { name: 'Reason' }).fill('Customer stopped answering');
    await ask.getByRole('button', { name: 'Close anyway' }).click();
    await expect.poll(() => detail.locator('.status').first().textContent()).toBe('Closed');
    await expect
      .poll(() => detail.getByText(/because: Customer stopped answering/).count())
      .toBe(1);
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-close-guard.png` });
    await Promise.all([page.close(), dashboard.close()]);
  });
});
