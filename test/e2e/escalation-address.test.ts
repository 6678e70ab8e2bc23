/**
 * Escalating to a CRM the agent has not opened yet (issue 12), on the production build in
 * real Chromium: the address is pasted under Settings → CRM pages, and "Escalate to
 * Zendesk" then opens and fills the Zendesk-like demo form (test/demo/acme.zendesk.com,
 * served under its real host name) without any Zendesk page having been visited.
 */
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../support/browser';
import { captureButtonIn, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

const POST_TEXT = 'include roaming in Canada';

describe('a CRM address pasted in the settings (production build, real Chromium)', () => {
  const ext = useExtension({ grantOptionalHosts: true });

  it('refuses another site, keeps the Zendesk page, and escalates there', async () => {
    const { context, extensionId } = ext.browser;
    const x = await ext.open('https://x.com/home');
    const capture = captureButtonIn(x, POST_TEXT);
    await capture.click();
    await expect.poll(() => capture.textContent()).toMatch(/^\u2713 C-/);
    const sidebar = await sidebarOf(x);
    const escalation = sidebar.getByTestId('case-escalation');
    await escalation.getByRole('button', { name: 'Escalate to Zendesk' }).click();
    await expect
      .poll(() => escalation.getByRole('alert').textContent())
      .toContain('paste its address under Settings → CRM pages');

    const options = await openExtensionPage(context, extensionId, 'options.html#crms');
    const crms = options.getByRole('list', { name: 'CRMs' });
    const field = crms.getByRole('textbox', { name: 'Zendesk address for escalations' });
    const save = crms.getByRole('button', { name: 'Save Zendesk address' });
    await field.fill('https://zendesk.com.example/agent/dashboard');
    await save.click();
    await expect
      .poll(() => crms.getByRole('alert').textContent())
      .toMatch(/^That is not a page of Zendesk: paste the address of any Zendesk page/);
    await field.fill('acme.zendesk.com/agent/dashboard');
    await save.click();
    await crms
      .getByRole('status')
      .filter({ hasText: 'Saved: cases escalated to Zendesk open its form on acme.zendesk.com.' })
      .waitFor();
    expect(await field.inputValue()).toBe('https://acme.zendesk.com/agent/dashboard');
    const section = options.locator('#crms');
    await section.screenshot({ path: `${SCREENSHOTS}/e2e-crm-address-light.png` });
    await options.emulateMedia({ colorScheme: 'dark' });
    await section.screenshot({ path: `${SCREENSHOTS}/e2e-crm-address-dark.png` });

    const [zendesk] = await Promise.all([
      context.waitForEvent('page'),
      escalation.getByRole('button', { name: 'Escalate to Zendesk' }).click(),
    ]);
    await zendesk.waitForURL('https://acme.zendesk.com/agent/tickets/new/1');
    const subject = zendesk.getByRole('textbox', { name: 'Subject' });
    await expect.poll(() => subject.inputValue()).toMatch(/^Social case C-/);
  });
});
