import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CrmPagesEditor } from '@/components/options/CrmPagesEditor';
import { CRM_ADAPTERS } from '@/lib/crm';
import { installFakePermissions } from '../support/fake-permissions';
import { serveBackground } from '../support/fake-background';
import { freshDatabase } from '../support/factories';

describe('the CRM pages settings', () => {
  it('asks the browser for a CRM’s hosts when turned on, and gives them back when off', async () => {
    const granted = installFakePermissions();
    const user = userEvent.setup();
    render(<CrmPagesEditor />);
    const list = await screen.findByRole('list', { name: 'CRMs' });
    const boxes = within(list).getAllByRole('checkbox');
    expect(boxes).toHaveLength(CRM_ADAPTERS.length);
    expect(boxes.every((box) => !(box as HTMLInputElement).checked)).toBe(true);

    const zendesk = within(list).getByRole('checkbox', { name: /Zendesk/ });
    await user.click(zendesk);
    expect(await screen.findByRole('status')).toHaveTextContent('Zendesk turned on.');
    expect(zendesk).toBeChecked();
    expect([...granted]).toEqual(['https://*.zendesk.com/*']);

    await user.click(zendesk);
    expect(await screen.findByText('Zendesk turned off.')).toBeInTheDocument();
    expect(zendesk).not.toBeChecked();
    expect(granted.size).toBe(0);
  });

  it('says so when the browser does not allow it', async () => {
    installFakePermissions();
    fakeBrowser.permissions.request = async () => false;
    const user = userEvent.setup();
    render(<CrmPagesEditor />);
    await user.click(await screen.findByRole('checkbox', { name: /HubSpot/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The browser did not allow HubSpot.',
    );
    expect(screen.getByRole('checkbox', { name: /HubSpot/ })).not.toBeChecked();
  });

  it('takes a pasted address for escalations once a CRM is on, and says what is wrong', async () => {
    installFakePermissions();
    serveBackground(freshDatabase());
    const user = userEvent.setup();
    render(<CrmPagesEditor />);
    const list = await screen.findByRole('list', { name: 'CRMs' });
    expect(within(list).queryByRole('textbox')).toBeNull();
    await user.click(within(list).getByRole('checkbox', { name: /Zendesk/ }));
    const field = await within(list).findByRole('textbox', {
      name: 'Zendesk address for escalations',
    });
    expect(field).toHaveAccessibleDescription(
      'Not known yet: open any Zendesk page, or paste its address here.',
    );
    const save = within(list).getByRole('button', { name: 'Save Zendesk address' });

    await user.type(field, 'https://acme.freshdesk.com/a/tickets/1');
    await user.click(save);
    expect(await within(list).findByRole('alert')).toHaveTextContent(
      /^That is not a page of Zendesk: paste the address of any Zendesk page/,
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/That is not a page of Zendesk/);

    await user.clear(field);
    await user.type(field, 'https://acme.zendesk.com/agent/tickets/4821?x=1');
    await user.click(save);
    expect(await within(list).findByRole('status')).toHaveTextContent(
      'Saved: cases escalated to Zendesk open its form on acme.zendesk.com.',
    );
    expect(field).toHaveValue('https://acme.zendesk.com/agent/tickets/4821');
    expect(field).toHaveAccessibleDescription(/^Escalations open on acme\.zendesk\.com\. /);
    expect(field).not.toHaveAttribute('aria-invalid', 'true');

    // Turned off and on again: the field still shows what was saved.
    const zendesk = within(list).getByRole('checkbox', { name: /Zendesk/ });
    await user.click(zendesk);
    await waitFor(() => expect(within(list).queryByRole('textbox')).toBeNull());
    await user.click(zendesk);
    expect(
      await within(list).findByRole('textbox', { name: 'Zendesk address for escalations' }),
    ).toHaveValue('https://acme.zendesk.com/agent/tickets/4821');
  });
});
