import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createFollowUps } from '@/lib/followups/store';
import { readSettings } from '@/lib/settings';
import { serveBackground } from '../support/fake-background';
import { actor, freshDatabase } from '../support/factories';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function openFollowUpSettings() {
  const db = freshDatabase();
  serveBackground(db);
  const user = userEvent.setup();
  render(<OptionsApp db={db} />);
  const region = await screen.findByRole('region', { name: 'Follow-ups' });
  return { db, user, section: within(region) };
}

describe('settings page: follow-ups', () => {
  it('shows the stored settings in words a lead understands', async () => {
    const { section } = await openFollowUpSettings();
    const window = within(
      section.getByRole('group', { name: 'Promise with no time given falls due after' }),
    );
    expect(window.getByRole('spinbutton', { name: /hours$/ })).toHaveValue(24);
    const lead = within(
      section.getByRole('group', { name: 'Remind the agent this long before due' }),
    );
    expect(lead.getByRole('spinbutton', { name: /hours$/ })).toHaveValue(1);
    expect(
      section.getByRole('checkbox', { name: 'Keep caught promises without asking' }),
    ).not.toBeChecked();
    expect(
      section.getByRole('checkbox', { name: 'Count only business hours (from the SLA policy)' }),
    ).toBeChecked();
  });

  it('saves a new lead time and moves the reminders still to come', async () => {
    const { db, user, section } = await openFollowUpSettings();
    const now = Date.now();
    const { created } = await createFollowUps(
      db,
      {
        caseId: null,
        customerKey: 'x:dana_r',
        owner: 'me',
        text: "We'll call you tomorrow",
        source: 'manual',
        where: null,
        promises: [{ phrase: "We'll call you tomorrow", dueAt: new Date(now + 10 * HOUR) }],
        confirmed: true,
      },
      actor(now),
    );
    const id = created[0]!.id;
    const lead = within(
      section.getByRole('group', { name: 'Remind the agent this long before due' }),
    );
    await user.clear(lead.getByRole('spinbutton', { name: /hours$/ }));
    await user.type(lead.getByRole('spinbutton', { name: /hours$/ }), '3');
    await user.type(lead.getByRole('spinbutton', { name: /minutes$/ }), '30');
    await user.click(
      section.getByRole('checkbox', { name: 'Keep caught promises without asking' }),
    );
    expect(section.getByRole('status')).toHaveTextContent('Unsaved changes.');
    await user.click(section.getByRole('button', { name: 'Save follow-up settings' }));
    expect(await section.findByText('Saved.')).toHaveAttribute('role', 'status');

    const saved = (await readSettings(db)).followUps;
    expect(saved).toMatchObject({ leadMinutes: 210, autoConfirm: true, useBusinessHours: true });
    const followUp = await db.followUps.get(id);
    expect(followUp!.remindAt).toBe(followUp!.dueAt - 210 * MINUTE);
    const alarm = await fakeBrowser.alarms.get(`followup:${id}:before`);
    expect(alarm?.scheduledTime).toBe(followUp!.remindAt);
  });

  it('refuses a reminder more than a week ahead, and saves nothing', async () => {
    const { db, user, section } = await openFollowUpSettings();
    const lead = within(
      section.getByRole('group', { name: 'Remind the agent this long before due' }),
    );
    await user.clear(lead.getByRole('spinbutton', { name: /hours$/ }));
    await user.type(lead.getByRole('spinbutton', { name: /hours$/ }), '200');
    await user.click(section.getByRole('button', { name: 'Save follow-up settings' }));
    expect(
      await section.findByRole('link', { name: 'Follow-ups: reminder before due' }),
    ).toBeInTheDocument();
    expect(section.getByText('Not saved: fix the fields marked above.')).toBeInTheDocument();
    expect((await readSettings(db)).followUps.leadMinutes).toBe(60);
  });

  it('restores the defaults', async () => {
    const { user, section } = await openFollowUpSettings();
    await user.click(
      section.getByRole('checkbox', { name: 'Keep caught promises without asking' }),
    );
    await user.click(section.getByRole('button', { name: 'Restore defaults' }));
    expect(
      section.getByRole('checkbox', { name: 'Keep caught promises without asking' }),
    ).not.toBeChecked();
  });
});
