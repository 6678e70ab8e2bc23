/**
 * Escalating a case to a CRM (issue 12), on the production build in real Chromium: the
 * Salesforce-like and Zendesk-like demo forms (test/demo/acme.lightning.force.com and
 * acme.zendesk.com, served under their real host names) are filled from the case, the
 * agent saves them with the demo's own button, and the saved record is linked to the case:
 * in the sidebar on X, in the CRM tab, in the case's history, and on a later visit.
 */
import type { Frame, Page } from 'playwright-core';
import type { browser as Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../support/browser';
import {
  captureButtonIn,
  post,
  SCREENSHOTS,
  sidebarOf,
  storedRecords,
  useExtension,
} from './fixture';

const ZENDESK_TICKET = 'https://acme.zendesk.com/agent/tickets/4821';
const SF_CONTACT = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000PrYaRAAV/view';
const SAVED_TICKET = 'https://acme.zendesk.com/agent/tickets/4822';
const SAVED_CASE = 'https://acme.lightning.force.com/lightning/r/Case/5005g00000EsCaLAAV/view';
const POST_TEXT = 'include roaming in Canada';

/** Opens the sidebar unless the page restored it open (it remembers, per site). */
const openSidebar = async (page: Page): Promise<Frame> => {
  const toggle = page.locator('[data-casebook-toggle]');
  await toggle.waitFor({ state: 'attached' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
    await page.keyboard.press('Alt+Shift+C');
  }
  return sidebarOf(page);
};

describe('escalating a case to a CRM (production build, real Chromium)', () => {
  const ext = useExtension({ grantOptionalHosts: true });

  it('fills the Zendesk and Salesforce forms from the case and links what the agent saved', async () => {
    const { context, serviceWorker, extensionId } = ext.browser;
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

    // The agent has used both CRMs: Casebook learns their addresses from the pages.
    for (const url of [ZENDESK_TICKET, SF_CONTACT]) {
      const page = await context.newPage();
      await page.goto(url);
      await openSidebar(page);
      await page.close();
    }

    const x = await ext.open('https://x.com/home');
    const capture = captureButtonIn(x, POST_TEXT);
    await capture.click();
    await expect.poll(() => capture.textContent()).toMatch(/^\u2713 C-/);
    const ref = (await capture.textContent())!.slice(2);
    await post(x, POST_TEXT).hover();
    const sidebar = await openSidebar(x);
    const escalation = sidebar.getByTestId('case-escalation');
    await escalation.getByRole('button', { name: 'Escalate to Zendesk' }).waitFor();
    expect(await escalation.getByRole('button').allTextContents()).toEqual(
      expect.arrayContaining([
        'Escalate to Salesforce',
        'Escalate to Zendesk',
        'Escalate to HubSpot',
      ]),
    );
    await x.screenshot({ path: `${SCREENSHOTS}/e2e-escalate-buttons.png` });

    // Zendesk: the new ticket form, filled; the agent adds the requester and submits.
    const [zendesk] = await Promise.all([
      context.waitForEvent('page'),
      escalation.getByRole('button', { name: 'Escalate to Zendesk' }).click(),
    ]);
    await zendesk.waitForURL('https://acme.zendesk.com/agent/tickets/new/1');
    const subject = zendesk.getByRole('textbox', { name: 'Subject' });
    await expect.poll(() => subject.inputValue()).toMatch(new RegExp(`^Social case ${ref}: `));
    const description = zendesk.getByLabel('Description');
    await expect.poll(() => description.textContent()).toContain(POST_TEXT);
    expect(await description.innerText()).toMatch(/Post: https:\/\/x\.com\/priya_codes\/status\//);
    expect(await description.innerHTML()).not.toContain('<script');
    const zdSidebar = await openSidebar(zendesk);
    const notice = zdSidebar.getByTestId('escalation-notice');
    await expect.poll(() => notice.textContent()).toContain('Filled Subject and Description');
    expect(await notice.textContent()).toContain(`Escalating case ${ref} to Zendesk`);
    // The first comment is public in Zendesk: the agent is told to make it an internal note.
    expect(await notice.getByTestId('escalation-caution').textContent()).toBe(
      'Zendesk: switch the comment to Internal note before submitting, or the requester gets it by email.',
    );
    await zendesk.screenshot({ path: `${SCREENSHOTS}/e2e-escalate-zendesk-form.png` });
    // Nothing is saved without the agent.
    expect(zendesk.url()).toBe('https://acme.zendesk.com/agent/tickets/new/1');
    await zendesk.getByRole('combobox', { name: 'Requester' }).fill('priya.raman@example.com');
    await zendesk.getByRole('button', { name: 'Submit as New' }).click();
    await zendesk.waitForURL(SAVED_TICKET);
    const escalatedHere = zdSidebar.getByRole('list', { name: 'Casebook cases escalated here' });
    await expect.poll(() => escalatedHere.textContent()).toContain(ref);
    expect(await zdSidebar.getByTestId('escalation-notice').count()).toBe(0);
    await zendesk.screenshot({ path: `${SCREENSHOTS}/e2e-escalate-zendesk-saved.png` });

    // Back on X: the case shows its Zendesk ticket as a link.
    const links = sidebar.getByRole('list', { name: 'CRM records of this case' });
    await expect.poll(() => links.textContent()).toContain('Escalated to Zendesk ticket #4822');
    expect(await links.getByRole('link').first().getAttribute('href')).toBe(SAVED_TICKET);

    // Salesforce: the new Case form, filled with the web contact too; the agent saves.
    const [salesforce] = await Promise.all([
      context.waitForEvent('page'),
      escalation.getByRole('button', { name: 'Escalate to Salesforce' }).click(),
    ]);
    await salesforce.waitForURL('https://acme.lightning.force.com/lightning/o/Case/new');
    const sfSubject = salesforce.getByRole('textbox', { name: 'Subject' });
    await expect.poll(() => sfSubject.inputValue()).toMatch(new RegExp(`^Social case ${ref}: `));
    expect(await salesforce.getByRole('textbox', { name: 'Description' }).inputValue()).toContain(
      POST_TEXT,
    );
    expect(await salesforce.getByRole('textbox', { name: 'Web Name' }).inputValue()).not.toBe('');
    const sfSidebar = await openSidebar(salesforce);
    await expect
      .poll(() => sfSidebar.getByTestId('escalation-notice').textContent())
      .toContain('Filled Subject, Description and Web Name');
    await salesforce.screenshot({ path: `${SCREENSHOTS}/e2e-escalate-salesforce-form.png` });
    await salesforce.getByRole('button', { name: 'Save' }).click();
    await salesforce.waitForURL(SAVED_CASE);
    await expect
      .poll(() =>
        sfSidebar.getByRole('list', { name: 'Casebook cases escalated here' }).textContent(),
      )
      .toContain(ref);
    await salesforce.screenshot({ path: `${SCREENSHOTS}/e2e-escalate-salesforce-saved.png` });
    await expect.poll(() => links.textContent()).toContain('Salesforce Case 5005g00000EsCaLAAV');
    await x.bringToFront();
    await escalation.scrollIntoViewIfNeeded();
    await x.screenshot({ path: `${SCREENSHOTS}/e2e-escalate-linked.png` });
    await x.emulateMedia({ colorScheme: 'dark' });
    await x.screenshot({ path: `${SCREENSHOTS}/e2e-escalate-linked-dark.png` });
    await x.emulateMedia({ colorScheme: 'light' });

    // The case's history says so, once per record.
    const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
    const cases = await storedRecords(dashboard, 'cases');
    const record = cases.find((c) => c.ref === ref) as {
      id: string;
      crmLinks: { system: string; recordId: string }[];
      history: { type: string; to: string | null }[];
    };
    expect(record.crmLinks.map((l) => `${l.system}:${l.recordId}`)).toEqual([
      'zendesk:4822',
      'salesforce:5005g00000EsCaLAAV',
    ]);
    expect(record.history.filter((h) => h.type === 'crm').map((h) => h.to)).toEqual([
      'Zendesk ticket #4822',
      'Salesforce Case 5005g00000EsCaLAAV',
    ]);
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#case=${record.id}`);
    await expect
      .poll(() => dashboard.locator('body').textContent())
      .toContain('escalated to Zendesk ticket #4822');
    // The case page offers the same escalation, with the links.
    const crmSection = dashboard.getByTestId('case-escalation');
    await expect
      .poll(() => crmSection.textContent())
      .toContain('Escalated to Zendesk ticket #4822');
    await crmSection.getByRole('button', { name: 'Escalate to Zendesk' }).waitFor();
    await crmSection.scrollIntoViewIfNeeded();
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-escalate-history.png` });

    // The team's stream has each escalation and link, in order (newest first).
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#view=activity`);
    const steps = [
      `Linked ${ref} to Salesforce record 5005g00000EsCaLAAV`,
      `Escalated ${ref} to Salesforce`,
      `Linked ${ref} to Zendesk record 4822`,
      `Escalated ${ref} to Zendesk`,
    ];
    await expect
      .poll(async () =>
        (
          await dashboard
            .getByRole('list', { name: 'Activity' })
            .locator('.activity-text')
            .allTextContents()
        ).filter((text) => text.includes(ref) && /^(Linked|Escalated)/.test(text)),
      )
      .toEqual(steps);

    // A later visit to the Zendesk ticket shows its Casebook case.
    const later = await context.newPage();
    await later.goto(SAVED_TICKET);
    const laterSidebar = await openSidebar(later);
    await expect
      .poll(() =>
        laterSidebar.getByRole('list', { name: 'Casebook cases escalated here' }).textContent(),
      )
      .toContain(ref);
    await later.screenshot({ path: `${SCREENSHOTS}/e2e-escalate-revisit.png` });
    await Promise.all([later.close(), dashboard.close(), zendesk.close(), salesforce.close()]);
    await x.close();
  });
});
