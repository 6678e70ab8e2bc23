/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useExtension } from './fixture';

const controls = '[data-casebook-capture], [data-casebook-testimonial]';

describe('turning a site off and on in options (real Chromium)', () => {
  const ext = useExtension();

  it('a site turned off gets nothing, also in its open tab; turned on, Casebook is back', async () => {
    const page = await ext.open('https://x.com/home');
    const options = await ext.browser.context.newPage();
    await options.goto(`chrome-extension://${ext.browser.extensionId}/options.html#sites`);
    const xSwitch = options.getByRole('checkbox', { name: /^X / });
    await expect.poll(() => xSwitch.isChecked()).toBe(true);
    await options.locator('#sites').screenshot({ path: `${SCREENSHOTS}/options-sites.png` });

    await xSwitch.uncheck();
    await options.getByRole('status').filter({ hasText: 'X turned off.' }).waitFor();
    // The open tab: our buttons go, the page's own posts stay.
    await expect.poll(() => page.locator(controls).count()).toBe(0);
    expect(await page.locator('article[data-testid="tweet"]').count()).toBeGreaterThan(3);

    // A page opened now gets no script at all: nothing of ours, even after posts load.
    const fresh = await ext.browser.context.newPage();
    await fresh.goto('https://x.com/home');
    await fresh.waitForSelector('article[data-testid="tweet"]');
    await fresh.keyboard.press('Alt+Shift+C');
    await fresh.waitForTimeout(1500);
    expect(await fresh.locator(controls).count()).toBe(0);
    expect(await fresh.locator('iframe[data-casebook-sidebar]').count()).toBe(0);
    const registered = await ext.browser.serviceWorker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };
        }
      ).chrome;
      return (await api.scripting.getRegisteredContentScripts()).map((s) => s.id);
    });
    expect(registered).not.toContain('casebook-site-x');

    await xSwitch.check();
    await options.getByRole('status').filter({ hasText: 'X turned on.' }).waitFor();
    // Both open tabs get Casebook back without a reload.
    await fresh.waitForSelector('[data-casebook-capture]');
    await page.waitForSelector('[data-casebook-capture]');
    await page.close();
    await fresh.close();
    await options.close();
  });
});
