import type { Page } from 'playwright-core';
import type { browser as Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../support/browser';
import { captureButtonIn, closeSidebar, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

const PRIYA_CONTACT =
  'https://acme.lightning.force.com/lightning/r/Contact/0035g00000PrYaRAAV/view';
const CONSOLE = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000KpQrSAAV/view';
const ZENDESK_TICKET = 'https://acme.zendesk.com/agent/tickets/4821';
const LIFETIME_VALUE = '$12,400.00';
const NOTE = 'Prefers email; escalations go to the travel desk';

/** Opens the sidebar unless the page restored it open (it remembers, per site). */
const openSidebar = async (page: Page) => {
  const toggle = page.locator('[data-casebook-toggle]');
  await toggle.waitFor({ state: 'attached' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
    await page.keyboard.press('Alt+Shift+C');
  }
  return sidebarOf(page);
};

describe('CRM pages, as installed (production manifest, real Chromium)', () => {
  const ext = useExtension();

  it('asks for no CRM host at install, and a CRM page gets nothing injected', async () => {
    const { context, extensionId } = ext.browser;
    const options = await openExtensionPage(context, extensionId, 'options.html');
    const origins = await options.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof Browser }).chrome;
      return (await api.permissions.getAll()).origins ?? [];
    });
    expect(origins.some((origin) => /zendesk|force\.com|hubspot/.test(origin))).toBe(false);
    // The settings say so: every CRM is off until the agent turns it on.
    const crms = options.getByRole('list', { name: 'CRMs' }).getByRole('checkbox');
    await expect.poll(() => crms.count()).toBe(6);
    for (const box of await crms.all()) expect(await box.isChecked()).toBe(false);
    await options.locator('#crms').screenshot({ path: `${SCREENSHOTS}/e2e-options-crms.png` });
    const page = await context.newPage();
    await page.goto(ZENDESK_TICKET);
    await page.keyboard.press('Alt+Shift+C');
    await page.waitForTimeout(1_000);
    expect(await page.locator('iframe[data-casebook-sidebar]').count()).toBe(0);
    expect(await page.locator('[data-casebook-toggle]').count()).toBe(0);
    await Promise.all([page.close(), options.close()]);
  });
});

describe('CRM pages of CRMs the agent turned on (production build, real Chromium)', () => {
  const ext = useExtension({ grantOptionalHosts: true });

  it('shows the record, links it to the X customer, and then their identities, cases and value', async () => {
    const { context, extensionId, serviceWorker } = ext.browser;
    // The background registers the CRM script for the granted hosts when it starts.
    await expect
      .poll(async () =>
        (
          await serviceWorker.evaluate(() =>
            (
              globalThis as unknown as { chrome: typeof Browser }
            ).chrome.scripting.getRegisteredContentScripts(),
          )
        ).filter((script) => script.id.startsWith('casebook-crm-')),
      )
      .toHaveLength(6);

    const x = await ext.open('https://x.com/home');
    const capture = captureButtonIn(x, 'include roaming in Canada');
    await capture.click();
    await expect.poll(() => capture.textContent()).toMatch(/^\u2713 C-/);
    const ref = (await capture.textContent())!.slice(2);
    // Her profile page shows her followers: kept on her X identity, with the time seen.
    await x.goto('https://x.com/priya_codes');
    await x.locator('a[href="/priya_codes/verified_followers"]').waitFor();
    await x.close();

    // The settings show every CRM on, as the browser granted them.
    const options = await openExtensionPage(context, extensionId, 'options.html');
    const crms = options.getByRole('list', { name: 'CRMs' }).getByRole('checkbox');
    await expect.poll(() => crms.count()).toBe(6);
    for (const box of await crms.all()) expect(await box.isChecked()).toBe(true);
    // What the agent's desk knows of Priya besides her post: value and a note.
    await options.evaluate(
      ({ note }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('casebook');
          open.onsuccess = () => {
            const tx = open.result.transaction('customers', 'readwrite');
            const store = tx.objectStore('customers');
            const read = store.index('identityKeys').get('x:priya_codes');
            read.onsuccess = () => {
              store.put({
                ...read.result,
                lifetimeValue: { amount: 12_400, currency: 'USD' },
                notes: [{ id: 'n1', text: note, at: Date.now(), by: 'me' }],
              });
            };
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      { note: NOTE },
    );
    await options.close();

    const crm = await context.newPage();
    await crm.goto(PRIYA_CONTACT);
    const frame = await openSidebar(crm);
    await expect.poll(() => frame.locator('#customer-title').textContent()).toBe('Priya Raman');
    expect(await frame.getByTestId('crm-record').textContent()).toBe(
      'Salesforce Contact · priya.raman@example.com · Lakeside Travel',
    );
    const suggestions = frame.getByRole('list', { name: 'Customers this may be' });
    await expect.poll(() => suggestions.textContent()).toContain('Same name');
    await crm.screenshot({ path: `${SCREENSHOTS}/e2e-crm-unlinked.png` });
    await frame.getByRole('button', { name: 'Link to Priya Raman' }).click();

    const identities = frame.getByRole('list', { name: 'Identities' });
    await expect.poll(() => identities.textContent()).toContain('X @priya_codes');
    expect(await identities.textContent()).toMatch(/2\.3k followers, seen (now|\d+ seconds? ago)/);
    expect(await identities.textContent()).toContain('Salesforce Contact 0035g00000PrYaRAAV');
    expect(await identities.textContent()).toContain('priya.raman@example.com');
    expect(await frame.getByRole('list', { name: 'Open cases' }).textContent()).toContain(ref);
    expect(await frame.getByTestId('lifetime-value').textContent()).toBe(
      `Lifetime value ${LIFETIME_VALUE}`,
    );
    expect(await frame.getByRole('list', { name: 'Customer notes' }).textContent()).toContain(NOTE);
    await crm.screenshot({ path: `${SCREENSHOTS}/e2e-crm-customer-light.png` });
    await crm.emulateMedia({ colorScheme: 'dark' });
    await crm.screenshot({ path: `${SCREENSHOTS}/e2e-crm-customer-dark.png` });
    await crm.emulateMedia({ colorScheme: 'light' });

    // The CRM's own page (its scripts) cannot read what the sidebar shows.
    const seenByPage = await crm.evaluate(() => {
      const frames = [...document.querySelectorAll('iframe')].map((f) => {
        try {
          return f.contentDocument?.body?.innerText ?? null;
        } catch {
          return null;
        }
      });
      return { text: document.documentElement.outerHTML, frames };
    });
    expect(seenByPage.text).not.toContain('12,400');
    expect(seenByPage.text).not.toContain(NOTE);
    expect(seenByPage.text).not.toContain('priya_codes');
    expect(seenByPage.frames.every((body) => body === null)).toBe(true);
    await closeSidebar(crm, frame);
    await crm.close();
  });

  it.each([
    ['HubSpot contact', 'https://app.hubspot.com/contacts/4455667/record/0-1/51234567801'],
    ['Zendesk ticket', ZENDESK_TICKET],
    [
      'Dynamics 365 contact',
      'https://acme.crm.dynamics.com/main.aspx?appid=5a1f8e0c-2b3d-4e5f-8a9b-0c1d2e3f4a5b&pagetype=entityrecord&etn=contact&id=3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    ],
    ['Freshdesk ticket', 'https://acme.freshdesk.com/a/tickets/1187'],
    ['Zoho CRM contact', 'https://crm.zoho.eu/crm/org20071234/tab/Contacts/5540000000123456'],
  ])('the sidebar knows the record on a %s page', async (_name, url) => {
    const page = await ext.browser.context.newPage();
    await page.goto(url);
    const frame = await openSidebar(page);
    await expect.poll(() => frame.locator('#customer-title').textContent()).toBe('Dana Reyes');
    expect(await frame.getByTestId('crm-record').textContent()).toContain('dana.reyes@example.com');
    await closeSidebar(page, frame);
    await page.close();
  });

  it('in a console with several records open, follows the active tab', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(CONSOLE);
    const frame = await openSidebar(page);
    await expect.poll(() => frame.locator('#customer-title').textContent()).toBe('Marcus Holt');
    await page.getByRole('tab', { name: 'Dana Reyes' }).click();
    await expect.poll(() => frame.locator('#customer-title').textContent()).toBe('Dana Reyes');
    // Unknown to Casebook: the agent makes a customer of the record.
    await frame.getByRole('button', { name: 'Create a customer from this record' }).click();
    const identities = frame.getByRole('list', { name: 'Identities' });
    await expect.poll(() => identities.textContent()).toContain('dana.reyes@example.com');
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-crm-console.png` });
    await closeSidebar(page, frame);
    await page.close();
  });
});
