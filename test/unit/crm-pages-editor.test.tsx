import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CrmPagesEditor } from '@/components/options/CrmPagesEditor';
import { CRM_ADAPTERS } from '@/lib/crm';
import { installFakePermissions } from '../support/fake-permissions';

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
});
