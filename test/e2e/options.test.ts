import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../support/browser';
import { captureButtonIn, closeSidebar, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

const ROAMING_POST = 'does the Unlimited Plus plan include roaming in Canada';
const PORTING_POST = 'How do I move my number from Globex to Acme';

/** Each case's pending response, straight from the extension's IndexedDB (as stored). */
const storedResponseTargets = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ text: string; minutes: number | null }[]>((resolve, reject) => {
        const open = indexedDB.open('casebook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('cases').objectStore('cases').getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            const cases = read.result as {
              text: string;
              awaitingSince: number | null;
              responseDueAt: number | null;
            }[];
            open.result.close();
            resolve(
              cases.map((c) => ({
                text: c.text,
                minutes:
                  c.responseDueAt === null || c.awaitingSince === null
                    ? null
                    : (c.responseDueAt - c.awaitingSince) / 60_000,
              })),
            );
          };
        };
      }),
  );

describe('settings page (production build, real Chromium)', () => {
  const ext = useExtension();

  it('a new first-response target moves open cases and applies to new captures', async () => {
    const x = await ext.open('https://x.com/home');
    await captureButtonIn(x, ROAMING_POST).click();
    let sidebar = await sidebarOf(x);
    const sla = () => sidebar.locator('.card [data-testid="sla"]').textContent();
    await expect.poll(sla).toMatch(/^First response due in (1 h|59 min)$/);
    expect(await sidebar.locator('.card [data-testid="priority"]').textContent()).not.toBe('P1');

    const { context, extensionId } = ext.browser;
    const options = await openExtensionPage(context, extensionId, 'options.html');
    const policy = options
      .getByRole('region', { name: 'SLA policies' })
      .getByRole('group', { name: 'Public posts' });
    await policy.getByRole('spinbutton', { name: 'First response hours' }).fill('0');
    await policy.getByRole('spinbutton', { name: 'First response minutes' }).fill('20');
    await options.getByRole('button', { name: 'Save SLA policies' }).click();
    await options.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await policy.locator('p').first().textContent()).toBe(
      'First response 20 min · next 2 h · resolution 24 h · 24/7',
    );
    // The open case was recomputed as stored (the queue sorts by it) ...
    expect(await storedResponseTargets(options)).toEqual([
      { text: expect.stringContaining(ROAMING_POST), minutes: 20 },
    ]);
    // ... and the open sidebar was told at once.
    await expect.poll(sla).toMatch(/^First response due in (20|19) min$/);

    await closeSidebar(x, sidebar);
    await captureButtonIn(x, PORTING_POST).click();
    sidebar = await sidebarOf(x);
    await expect
      .poll(() => sidebar.getByTestId('current-case-text').textContent())
      .toContain(PORTING_POST);
    await expect.poll(sla).toMatch(/^First response due in (20|19) min$/);
    const stored = await storedResponseTargets(options);
    expect(stored.map((c) => c.minutes)).toEqual([20, 20]);
    await x.screenshot({ path: `${SCREENSHOTS}/e2e-options-new-target-sidebar.png` });
    await Promise.all([x.close(), options.close()]);
  });

  it('shows problems beside the fields, in light and dark', async () => {
    const { context, extensionId } = ext.browser;
    const options = await openExtensionPage(context, extensionId, 'options.html');
    const sla = options.getByRole('region', { name: 'SLA policies' });
    await sla.getByRole('textbox', { name: 'Name' }).first().fill('');
    await sla.getByRole('button', { name: 'Save SLA policies' }).click();
    const problems = sla.getByRole('group', { name: 'One field needs attention' });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('SLA policy #1: name: Fill this in');
    await options.screenshot({ path: `${SCREENSHOTS}/options-light.png`, fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: `${SCREENSHOTS}/options-dark.png`, fullPage: true });
    await options.close();
  });
});
