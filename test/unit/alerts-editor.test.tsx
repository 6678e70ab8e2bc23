import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { readSettings } from '@/lib/settings';
import { serveBackground } from '../support/fake-background';
import { freshDatabase } from '../support/factories';

describe('settings page: alerts', () => {
  it('turns one kind of alert off, saved for the background to read', async () => {
    const db = freshDatabase();
    serveBackground(db);
    const user = userEvent.setup();
    render(<OptionsApp db={db} />);
    const section = within(await screen.findByRole('region', { name: 'Alerts' }));
    const hot = section.getByRole('checkbox', {
      name: 'A VIP or P1 case is captured by someone else',
    });
    expect(hot).toBeChecked();
    expect(section.getByRole('checkbox', { name: 'A case is assigned to me' })).toBeChecked();
    expect(
      section.getByRole('checkbox', { name: 'My follow-up is coming due or due' }),
    ).toBeChecked();
    await user.click(hot);
    await user.click(section.getByRole('button', { name: 'Save alert settings' }));
    await waitFor(async () =>
      expect((await readSettings(db)).alerts).toEqual({
        assignedToMe: true,
        followUpDue: true,
        hotCapture: false,
      }),
    );
  });
});
