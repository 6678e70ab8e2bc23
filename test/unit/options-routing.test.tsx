import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { DEFAULT_SETTINGS, readSettings, saveSettings } from '@/lib/settings';
import { saveSavedReply } from '@/lib/replies/store';
import { serveBackground } from '../support/fake-background';
import { freshDatabase } from '../support/factories';

async function openRouting() {
  const db = freshDatabase();
  await saveSettings(db, { ...DEFAULT_SETTINGS, agents: ['Ana', 'Ben'] });
  serveBackground(db);
  const user = userEvent.setup();
  render(<OptionsApp db={db} />);
  const region = await screen.findByRole('region', { name: 'Routing' });
  return { db, user, section: within(region) };
}

describe('settings page: routing', () => {
  it('orders rules, shows which fires in the dry run, and saves them', async () => {
    const { db, user, section } = await openRouting();
    expect(section.getByText(/No rule fires; the default applies: leave unassigned/)).toBeVisible();

    await user.click(section.getByRole('button', { name: 'Add rule' }));
    await user.click(section.getByRole('button', { name: 'Add rule' }));

    const name1 = section.getByRole('textbox', { name: "Rule 1 'Rule 1': name" });
    await user.clear(name1);
    await user.type(name1, 'VIP billing');
    await user.type(
      section.getByRole('textbox', { name: "Rule 1 'VIP billing': keywords" }),
      'invoice, refund',
    );
    await user.selectOptions(
      section.getByRole('combobox', { name: "Rule 1 'VIP billing': VIP customer" }),
      'yes',
    );
    await user.selectOptions(
      section.getByRole('combobox', { name: "Rule 1 'VIP billing': action" }),
      'agent',
    );

    const name2 = section.getByRole('textbox', { name: "Rule 2 'Rule 2': name" });
    await user.clear(name2);
    await user.type(name2, 'Billing');
    await user.type(
      section.getByRole('textbox', { name: "Rule 2 'Billing': keywords" }),
      'invoice',
    );
    await user.selectOptions(
      section.getByRole('combobox', { name: "Rule 2 'Billing': action" }),
      'agent',
    );
    await user.selectOptions(
      section.getByRole('combobox', { name: "Rule 2 'Billing': action: agent" }),
      'Ben',
    );

    // The dry run: a VIP's post about an invoice.
    await user.type(section.getByRole('textbox', { name: 'Post text' }), 'My invoice is wrong');
    await user.click(section.getByRole('checkbox', { name: 'VIP customer' }));
    expect(section.getByText("Rule 1 'VIP billing' fires: assign to Ana")).toBeVisible();
    const why = () =>
      within(section.getByRole('list', { name: 'Why' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(why()).toEqual([expect.stringMatching(/^Rule 1 'VIP billing': fired — .*→ Ana/)]);

    // Not a VIP: the first rule is skipped, and says why.
    await user.click(section.getByRole('checkbox', { name: 'VIP customer' }));
    expect(section.getByText("Rule 2 'Billing' fires: assign to Ben")).toBeVisible();
    expect(why()[0]).toMatch(/^Rule 1 'VIP billing': skipped — .*VIP/);

    // Billing first: it fires for the VIP too.
    await user.click(section.getByRole('checkbox', { name: 'VIP customer' }));
    const up = section.getByRole('button', { name: "Move rule 'Billing' up" });
    expect(section.getByRole('button', { name: "Move rule 'VIP billing' up" })).toBeDisabled();
    await user.click(up);
    expect(section.getByText("Rule 1 'Billing' fires: assign to Ben")).toBeVisible();
    expect(why()).toEqual([expect.stringMatching(/^Rule 1 'Billing': fired/)]);
    expect(section.getByRole('button', { name: "Move rule 'Billing' down" })).toBeEnabled();

    await user.click(section.getByRole('button', { name: 'Save routing' }));
    expect(await section.findByText('Saved.')).toHaveAttribute('role', 'status');
    const { routing } = await readSettings(db);
    expect(routing.rules.map((r) => [r.name, r.action])).toEqual([
      ['Billing', { kind: 'agent', agent: 'Ben' }],
      ['VIP billing', { kind: 'agent', agent: 'Ana' }],
    ]);
    expect(routing.rules[1]!.conditions).toEqual({
      keywords: ['invoice', 'refund'],
      customer: { vip: true },
    });
    expect(routing.default.action).toEqual({ kind: 'unassigned' });
  });

  it('assigns to a group and names its strategy in the dry run', async () => {
    const { user, section } = await openRouting();
    await user.click(section.getByRole('button', { name: 'Add group' }));
    const groupName = section.getByRole('textbox', { name: 'Name' });
    await user.clear(groupName);
    await user.type(groupName, 'Support');
    await user.selectOptions(section.getByRole('combobox', { name: 'Default action' }), 'group');
    expect(
      section.getByText(
        'No rule fires; the default applies: assign to Ana (round-robin in Support)',
      ),
    ).toBeVisible();
    await user.click(section.getByRole('checkbox', { name: 'Ana' }));
    expect(
      section.getByText(
        'No rule fires; the default applies: assign to Ben (round-robin in Support)',
      ),
    ).toBeVisible();
  });

  it('shows an unknown agent beside the field and does not save', async () => {
    const { db, user, section } = await openRouting();
    await user.selectOptions(section.getByRole('combobox', { name: 'Default action' }), 'agent');
    // Ana leaves the team under Agents; the routing draft still names her.
    await saveSettings(db, { ...(await readSettings(db)), agents: ['Ben'] });
    await user.click(section.getByRole('button', { name: 'Save routing' }));
    expect(
      await section.findAllByText(/The default action names “Ana”, who is not one of the agents/),
    ).not.toHaveLength(0);
    expect((await readSettings(db)).routing.default.action).toEqual({ kind: 'unassigned' });
  });

  it("names a saved reply as a rule's acknowledgement, none by default", async () => {
    const { db, user, section } = await openRouting();
    const thanks = await saveSavedReply(
      db,
      { name: 'Thanks, on it', body: 'Thanks {name}, we are on it ({case}).' },
      { by: 'me', now: 1 },
    );
    await user.click(section.getByRole('button', { name: 'Add rule' }));
    const select = section.getByRole('combobox', {
      name: "Rule 1 'Rule 1': acknowledgement reply",
    });
    expect(select).toHaveValue('');
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['None', 'Thanks, on it']),
    );
    await user.selectOptions(select, 'Thanks, on it');
    expect(section.getByRole('combobox', { name: 'Default: acknowledgement reply' })).toHaveValue(
      '',
    );
    await user.click(section.getByRole('button', { name: 'Save routing' }));
    expect(await section.findByText('Saved.')).toBeVisible();
    const { routing } = await readSettings(db);
    expect(routing.rules[0]!.acknowledgementReplyId).toBe(thanks.id);
    expect(routing.default.acknowledgementReplyId).toBeNull();
  });
});
