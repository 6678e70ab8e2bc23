import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { capturePost } from '@/lib/cases/capture';
import { recomputeBatch, startRecompute } from '@/lib/cases/recompute-sla';
import { addExpertToCase } from '@/lib/knowledge/case-links';
import { saveExpert } from '@/lib/knowledge/experts';
import { readSettings } from '@/lib/settings';
import { serveBackground } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const MINUTE = 60_000;

async function openOptions() {
  const db = freshDatabase();
  serveBackground(db);
  const user = userEvent.setup();
  render(<OptionsApp db={db} />);
  await screen.findByRole('heading', { name: 'SLA policies' });
  const section = (name: string) => within(screen.getByRole('region', { name }));
  return { db, user, section };
}

describe('settings page: SLA policies', () => {
  it('edits a first-response target in hours and minutes, saves, and moves open cases', async () => {
    const { db, user, section } = await openOptions();
    const { caseId } = await capturePost(db, parsedPost(), actor());
    const sla = section('SLA policies');
    const policy = within(sla.getByRole('group', { name: 'Public posts' }));
    await user.clear(policy.getByRole('spinbutton', { name: 'First response hours' }));
    await user.type(policy.getByRole('spinbutton', { name: 'First response hours' }), '0');
    await user.clear(policy.getByRole('spinbutton', { name: 'First response minutes' }));
    await user.type(policy.getByRole('spinbutton', { name: 'First response minutes' }), '20');
    expect(sla.getByRole('status')).toHaveTextContent('Unsaved changes.');
    await user.click(sla.getByRole('button', { name: 'Save SLA policies' }));

    expect(await sla.findByText('Saved.')).toHaveAttribute('role', 'status');
    const saved = await readSettings(db);
    expect(saved.slaPolicies[0]?.firstResponseMinutes).toBe(20);
    const record = await db.cases.get(caseId);
    expect(record?.responseDueAt).toBe(record!.awaitingSince! + 20 * MINUTE);
    expect(
      policy.getByText('First response 20 min · next 2 h · resolution 24 h · 24/7'),
    ).toBeInTheDocument();
  });

  it('takes an emptied hours field as 0 h when the minutes are set', async () => {
    const { db, user, section } = await openOptions();
    const sla = section('SLA policies');
    const policy = within(sla.getByRole('group', { name: 'Public posts' }));
    const minutes = policy.getByRole('spinbutton', { name: 'Next response minutes' });
    await user.type(minutes, '45');
    await user.clear(policy.getByRole('spinbutton', { name: 'Next response hours' }));
    await user.click(sla.getByRole('button', { name: 'Save SLA policies' }));
    expect(await sla.findByText('Saved.')).toHaveAttribute('role', 'status');
    expect((await readSettings(db)).slaPolicies[0]?.nextResponseMinutes).toBe(45);
  });

  it('shows what is wrong next to the field, lists it above, and saves nothing', async () => {
    const { db, user, section } = await openOptions();
    const sla = section('SLA policies');
    const name = sla.getAllByRole('textbox', { name: 'Name' })[0]!;
    await user.clear(name);
    const hours = sla.getAllByRole('spinbutton', { name: 'Resolution hours' })[0]!;
    // An empty part counts as 0: 0 h 0 min is no target.
    await user.clear(hours);
    await user.click(sla.getByRole('button', { name: 'Save SLA policies' }));

    expect(sla.getByRole('status')).toHaveTextContent('Not saved: fix the fields marked above.');
    const problems = sla.getByRole('group', { name: '2 fields need attention' });
    expect(problems).toHaveFocus();
    expect(problems).toHaveTextContent('SLA policy #1: name: Fill this in');
    expect(problems).toHaveTextContent('SLA policy #1: resolution: Must be more than 0');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Fill this in');
    expect(hours).toHaveAccessibleDescription('Must be more than 0');
    // A problem's link takes the keyboard to its field.
    await user.click(within(problems).getByRole('link', { name: 'SLA policy #1: name' }));
    expect(name).toHaveFocus();
    expect((await readSettings(db)).slaPolicies[0]?.name).toBe('Public posts');

    // Messages follow the edits; once all is well, it saves.
    await user.type(name, 'Public');
    expect(name).not.toHaveAttribute('aria-invalid');
    await user.type(hours, '12');
    await user.click(sla.getByRole('button', { name: 'Save SLA policies' }));
    expect(await sla.findByText('Saved.')).toHaveAttribute('role', 'status');
    expect((await readSettings(db)).slaPolicies[0]).toMatchObject({
      name: 'Public',
      resolutionMinutes: 12 * 60,
    });
  });

  it('adds, duplicates and deletes policies, always keeping one', async () => {
    const { db, user, section } = await openOptions();
    const sla = section('SLA policies');
    await user.click(sla.getByRole('button', { name: 'Duplicate Public posts' }));
    expect(sla.getByRole('group', { name: 'Public posts (copy)' })).toBeInTheDocument();
    await user.click(sla.getByRole('button', { name: 'Save SLA policies' }));
    // The copy covers the same conversations: only one of them could ever apply.
    expect(sla.getByRole('group', { name: 'One field needs attention' })).toHaveTextContent(
      'Policy “Public posts” already covers these conversations',
    );
    await user.click(sla.getByRole('button', { name: 'Delete Public posts (copy)' }));
    expect(sla.getByRole('button', { name: 'Add policy' })).toHaveFocus();
    await user.click(sla.getByRole('button', { name: 'Delete Direct messages' }));
    const onlyOne = sla.getByRole('button', { name: 'Delete Public posts' });
    expect(onlyOne).toBeDisabled();
    await user.click(sla.getByRole('button', { name: 'Add policy' }));
    await user.click(sla.getByRole('button', { name: 'Save SLA policies' }));
    expect(await sla.findByText('Saved.')).toHaveAttribute('role', 'status');
    expect((await readSettings(db)).slaPolicies.map((p) => [p.name, p.channel, p.kind])).toEqual([
      ['Public posts', 'any', 'public'],
      ['New policy', 'any', 'any'],
    ]);
  });

  it('sets working hours: time zone, open days, holidays', async () => {
    const { db, user, section } = await openOptions();
    const policy = within(section('SLA policies').getByRole('group', { name: 'Public posts' }));
    await user.click(policy.getByRole('radio', { name: 'Working hours only' }));
    await user.selectOptions(policy.getByRole('combobox', { name: 'Time zone' }), 'Europe/Berlin');
    await user.click(policy.getByRole('checkbox', { name: 'Open on Saturday' }));
    fireEvent.change(policy.getByLabelText('Saturday closes'), { target: { value: '13:00' } });
    fireEvent.change(policy.getByLabelText('Holiday date'), { target: { value: '2026-12-25' } });
    await user.click(policy.getByRole('button', { name: 'Add holiday' }));
    expect(policy.getByRole('button', { name: /Remove holiday .*2026/ })).toBeInTheDocument();
    await user.click(section('SLA policies').getByRole('button', { name: 'Save SLA policies' }));
    expect(await section('SLA policies').findByText('Saved.')).toHaveAttribute('role', 'status');

    const { schedule } = (await readSettings(db)).slaPolicies[0]!;
    expect(schedule).toEqual({
      kind: 'working-hours',
      hours: {
        timeZone: 'Europe/Berlin',
        week: expect.objectContaining({
          1: { open: '09:00', close: '17:00' },
          6: { open: '09:00', close: '13:00' },
          7: null,
        }),
        holidays: ['2026-12-25'],
      },
    });
  });

  it('a day that closes before it opens is refused beside that day', async () => {
    const { user, section } = await openOptions();
    const sla = section('SLA policies');
    const direct = within(sla.getByRole('group', { name: 'Direct messages' }));
    const closes = direct.getByLabelText('Monday closes');
    fireEvent.change(closes, { target: { value: '08:00' } });
    await user.click(sla.getByRole('button', { name: 'Save SLA policies' }));
    expect(closes).toHaveAccessibleDescription('Closing time must be after opening time');
  });
});

describe('settings page: priority', () => {
  it('edits points, words, thresholds and the shorter SLA, refusing thresholds out of order', async () => {
    const { db, user, section } = await openOptions();
    const priority = section('Priority');
    const vip = priority.getByRole('spinbutton', { name: 'VIP customer' });
    await user.clear(vip);
    await user.type(vip, '5');
    await user.click(priority.getByRole('button', { name: 'Add word' }));
    const word = priority.getByRole('textbox', { name: 'Word 9' });
    expect(word).toHaveFocus();
    await user.type(word, 'chargeback');
    await user.click(priority.getByRole('button', { name: 'Remove word outage' }));
    const p2 = priority.getByRole('spinbutton', { name: 'P2 from' });
    await user.clear(p2);
    await user.type(p2, '9');
    await user.click(priority.getByRole('button', { name: 'Save priority settings' }));
    expect(p2).toHaveAccessibleDescription('Must not be above P1’s threshold (6)');

    await user.clear(p2);
    await user.type(p2, '5');
    await user.selectOptions(
      priority.getByRole('combobox', { name: 'Shorten the targets of' }),
      'P1 and P2',
    );
    const share = priority.getByRole('spinbutton', { name: 'To (% of the policy’s time)' });
    await user.clear(share);
    await user.type(share, '40');
    await user.click(priority.getByRole('button', { name: 'Save priority settings' }));
    expect(await priority.findByText('Saved.')).toHaveAttribute('role', 'status');
    const saved = (await readSettings(db)).priority;
    expect(saved.vipPoints).toBe(5);
    expect(saved.thresholds).toEqual({ P1: 6, P2: 5, P3: 2 });
    expect(saved.shortenSla).toEqual({ upTo: 'P2', share: 0.4 });
    expect(saved.severityWords.map((w) => w.word)).toEqual([
      'refund',
      'cancel',
      'legal',
      'lawyer',
      'safety',
      'fraud',
      'hacked',
      'chargeback',
    ]);
  });
});

describe('settings page: checklist templates', () => {
  it('adds a tag template with steps reordered from the keyboard', async () => {
    const { db, user, section } = await openOptions();
    const checklists = section('Checklist templates');
    await user.click(checklists.getByRole('button', { name: 'Add template' }));
    const template = within(checklists.getByRole('group', { name: 'New template' }));
    await user.clear(template.getByRole('textbox', { name: 'Name' }));
    await user.type(template.getByRole('textbox', { name: 'Name' }), 'Refunds');
    const card = within(checklists.getByRole('group', { name: 'Refunds' }));
    await user.selectOptions(card.getByRole('combobox', { name: 'Applies' }), 'tag');
    await user.type(card.getByRole('textbox', { name: 'Tag' }), 'Refund');
    await user.type(card.getByRole('textbox', { name: 'Step 1' }), 'Check the payment');
    await user.click(card.getByRole('button', { name: 'Add step' }));
    expect(card.getByRole('textbox', { name: 'Step 2' })).toHaveFocus();
    await user.keyboard('Issue the refund');
    await user.click(card.getByRole('checkbox', { name: 'Required: Issue the refund' }));

    // Move the second step up with the keyboard: the focus follows the step.
    card.getByRole('button', { name: 'Move Issue the refund up' }).focus();
    await user.keyboard('{Enter}');
    expect(card.getByRole('textbox', { name: 'Step 1' })).toHaveValue('Issue the refund');
    expect(card.getByRole('button', { name: 'Move Issue the refund down' })).toHaveFocus();

    await user.click(checklists.getByRole('button', { name: 'Save checklist templates' }));
    expect(await checklists.findByText('Saved.')).toHaveAttribute('role', 'status');
    const saved = (await readSettings(db)).checklistTemplates.at(-1)!;
    expect(saved).toMatchObject({ name: 'Refunds', channel: 'any', tag: 'refund' });
    expect(saved.steps.map((s) => [s.label, s.required])).toEqual([
      ['Issue the refund', true],
      ['Check the payment', false],
    ]);
    // As stored: the tag lower-cased in the form too, so nothing shows as unsaved.
    expect(card.getByRole('textbox', { name: 'Tag' })).toHaveValue('refund');
  });

  it('an empty step is refused in plain words; Restore defaults brings the defaults back', async () => {
    const { db, user, section } = await openOptions();
    const checklists = section('Checklist templates');
    const card = within(checklists.getByRole('group', { name: 'Social customer service' }));
    await user.clear(card.getByRole('textbox', { name: 'Step 2' }));
    await user.click(checklists.getByRole('button', { name: 'Save checklist templates' }));
    expect(card.getByRole('textbox', { name: 'Step 2' })).toHaveAccessibleDescription(
      'A step needs a label',
    );
    expect((await readSettings(db)).checklistTemplates[0]?.steps[1]?.label).toBe(
      'Find the experts and add them',
    );
    await user.click(checklists.getByRole('button', { name: 'Restore defaults' }));
    await waitFor(() =>
      expect(card.getByRole('textbox', { name: 'Step 2' })).toHaveValue(
        'Find the experts and add them',
      ),
    );
  });

  it('a custom template step can be the one ticked when an expert is added', async () => {
    const { db, user, section } = await openOptions();
    const checklists = section('Checklist templates');
    // The default template's own experts step shows its role.
    const defaults = within(checklists.getByRole('group', { name: 'Social customer service' }));
    expect(
      defaults.getByRole('combobox', {
        name: 'Ticked automatically: Find the experts and add them',
      }),
    ).toHaveDisplayValue('Ticked when an expert is added');

    await user.click(checklists.getByRole('button', { name: 'Add template' }));
    const card = within(checklists.getByRole('group', { name: 'New template' }));
    await user.clear(card.getByRole('textbox', { name: 'Name' }));
    await user.type(card.getByRole('textbox', { name: 'Name' }), 'On X');
    await user.selectOptions(card.getByRole('combobox', { name: 'Applies' }), 'created');
    await user.selectOptions(card.getByRole('combobox', { name: 'Channel' }), 'x');
    await user.type(card.getByRole('textbox', { name: 'Step 1' }), 'Ask an engineer');
    const role = card.getByRole('combobox', { name: 'Ticked automatically: Ask an engineer' });
    await user.selectOptions(role, 'experts');
    // The row is keyed by the step id, which the role sets: the focus stays on the choice.
    const chosen = card.getByRole('combobox', { name: 'Ticked automatically: Ask an engineer' });
    expect(chosen).toHaveFocus();
    expect(chosen).toHaveDisplayValue('Ticked when an expert is added');
    // One step per role: on a second step that role is taken.
    await user.click(card.getByRole('button', { name: 'Add step' }));
    await user.keyboard('Call back');
    const second = card.getByRole('combobox', { name: 'Ticked automatically: Call back' });
    expect(
      within(second).getByRole('option', { name: /an expert is added \(step 1\)/ }),
    ).toBeDisabled();

    await user.click(checklists.getByRole('button', { name: 'Save checklist templates' }));
    expect(await checklists.findByText('Saved.')).toHaveAttribute('role', 'status');
    const saved = (await readSettings(db)).checklistTemplates.at(-1)!;
    expect(saved.steps[0]).toMatchObject({ id: 'experts', label: 'Ask an engineer' });

    // A case on X starts with it, and adding an expert ticks the step.
    const { caseId } = await capturePost(db, parsedPost(), actor());
    const expert = await saveExpert(
      db,
      { name: 'Dana', role: '', topics: [], contacts: [], notes: '' },
      actor(),
    );
    const record = await addExpertToCase(db, caseId, expert.id, actor());
    expect(record.checklist.map((s) => [s.label, s.doneAt !== null])).toEqual([
      ['Ask an engineer', true],
      ['Call back', false],
    ]);
  });

  it('a duplicated template gets new step ids, except the steps with a role', async () => {
    const { db, user, section } = await openOptions();
    const checklists = section('Checklist templates');
    await user.click(checklists.getByRole('button', { name: 'Duplicate Social customer service' }));
    const copy = within(checklists.getByRole('group', { name: 'Social customer service (copy)' }));
    await user.selectOptions(copy.getByRole('combobox', { name: 'Applies' }), 'tag');
    await user.type(copy.getByRole('textbox', { name: 'Tag' }), 'vip');
    await user.click(checklists.getByRole('button', { name: 'Save checklist templates' }));
    expect(await checklists.findByText('Saved.')).toHaveAttribute('role', 'status');
    const [original, copied] = (await readSettings(db)).checklistTemplates;
    const roleIds = ['experts', 'knowledge', 'write-up'];
    const originalIds = new Set(original!.steps.map((s) => s.id));
    for (const step of copied!.steps) {
      if (roleIds.includes(step.id)) continue;
      expect(originalIds.has(step.id)).toBe(false);
    }
    expect(copied!.steps.filter((s) => roleIds.includes(s.id)).map((s) => s.id)).toEqual(roleIds);
  });
});

describe('settings page: a big pass over open cases', () => {
  it('shows the progress the background stores after each batch, then that it is done', async () => {
    const { db } = await openOptions();
    for (let i = 0; i < 3; i++) {
      const post = parsedPost({ postId: String(1850000000000000001n + BigInt(i)) });
      await capturePost(db, post, actor());
    }
    await startRecompute(db, Date.now());
    const status = await screen.findByText('Updating due times of 3 open cases… 0%');
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByRole('progressbar', { name: 'Updating due times' })).toHaveAttribute(
      'value',
      '0',
    );
    await recomputeBatch(db, Date.now(), 2);
    expect(await screen.findByText('Updating due times of 3 open cases… 66%')).toBeInTheDocument();
    await recomputeBatch(db, Date.now(), 2);
    expect(await screen.findByText('Due times of 3 open cases updated.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: 'Updating due times' })).toBeNull();
  });
});
