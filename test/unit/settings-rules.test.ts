import { describe, expect, it } from 'vitest';
import { ChecklistTemplateSchema, DEFAULT_CHECKLIST_TEMPLATES } from '@/lib/cases/checklist';
import { DEFAULT_SLA_POLICIES } from '@/lib/cases/sla-policy';
import { copyTemplate, rolesTakenBesides, withRole } from '@/lib/settings-form/templates';
import { DEFAULT_SETTINGS, readSettings, SettingsSchema, type Settings } from '@/lib/settings';
import { testRoute } from '../support/fake-background';
import { freshDatabase } from '../support/factories';

const twoPublicPolicies = (): Settings['slaPolicies'] => [
  ...DEFAULT_SLA_POLICIES,
  { ...DEFAULT_SLA_POLICIES[0]!, id: 'again', name: 'Public again' },
];

const twoCreationTemplates = (): Settings['checklistTemplates'] => [
  ...DEFAULT_SETTINGS.checklistTemplates,
  {
    id: 'other',
    name: 'Other',
    channel: 'any',
    tag: null,
    steps: [{ id: 's', label: 'Step', required: false }],
  },
];

const issuesOf = (settings: unknown) =>
  SettingsSchema.safeParse(settings).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('settings rules across entries (enforced by the schema)', () => {
  it('refuses two SLA policies for the same channel and kind, at the second one', () => {
    expect(issuesOf({ ...DEFAULT_SETTINGS, slaPolicies: twoPublicPolicies() })).toEqual([
      [
        'slaPolicies.2.kind',
        'Policy “Public posts” already covers these conversations; change the channel or kind',
      ],
    ]);
    // Another channel for the same kind is fine.
    const onX = twoPublicPolicies().map((p) =>
      p.id === 'again' ? { ...p, channel: 'x' as const } : p,
    );
    expect(issuesOf({ ...DEFAULT_SETTINGS, slaPolicies: onX })).toBeUndefined();
  });

  it('refuses two templates for new cases on one channel; tag templates do not count', () => {
    expect(issuesOf({ ...DEFAULT_SETTINGS, checklistTemplates: twoCreationTemplates() })).toEqual([
      [
        'checklistTemplates.1.channel',
        'Template “Social customer service” already applies to new cases on this channel',
      ],
    ]);
    const byTag = twoCreationTemplates().map((t) =>
      t.id === 'other' ? { ...t, tag: 'billing' } : t,
    );
    expect(issuesOf({ ...DEFAULT_SETTINGS, checklistTemplates: byTag })).toBeUndefined();
  });

  it('settings.save refuses them too, whoever sends them, and stores nothing', async () => {
    const db = freshDatabase();
    const route = testRoute(db, {
      extensionId: 'ext',
      extensionOrigin: 'chrome-extension://ext/',
      isSupportedPage: () => false,
    });
    const sender = { id: 'ext', url: 'chrome-extension://ext/options.html' };
    for (const settings of [
      { ...DEFAULT_SETTINGS, slaPolicies: twoPublicPolicies() },
      { ...DEFAULT_SETTINGS, checklistTemplates: twoCreationTemplates() },
    ]) {
      const response = await route({ type: 'settings.save', payload: { settings } }, sender);
      expect(response).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      expect(JSON.stringify(response)).toMatch(/already (covers|applies)/);
    }
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('checklist step roles (the steps Casebook ticks itself)', () => {
  const template = DEFAULT_CHECKLIST_TEMPLATES[0]!;
  let n = 0;
  const makeId = () => `new-${++n}`;

  it('a copy gets new step ids, except the role steps, which keep being ticked', () => {
    const copy = copyTemplate(template, makeId);
    expect(copy.id).not.toBe(template.id);
    expect(copy.name).toBe('Social customer service (copy)');
    const kept = copy.steps.filter((s, i) => s.id === template.steps[i]!.id).map((s) => s.id);
    expect(kept).toEqual(['experts', 'knowledge', 'write-up']);
    expect(copy.steps.map((s) => s.label)).toEqual(template.steps.map((s) => s.label));
    expect(ChecklistTemplateSchema.safeParse(copy).success).toBe(true);
  });

  it('choosing a role sets the step id; dropping it gives the step an id of its own', () => {
    const step = { id: 'call', label: 'Call the expert', required: false };
    expect(withRole(step, 'experts', makeId)).toEqual({ ...step, id: 'experts' });
    expect(withRole({ ...step, id: 'experts' }, '', makeId).id).toMatch(/^new-/);
    expect(withRole(step, '', makeId)).toBe(step);
    expect(rolesTakenBesides(template.steps, 1)).toEqual(
      new Map([
        ['knowledge', 4],
        ['write-up', 10],
      ]),
    );
  });

  it('a role is held by one step per template, said at the second step', () => {
    const steps = [
      { id: 'experts', label: 'Find experts', required: false },
      { id: 'experts', label: 'Ask the expert', required: false },
    ];
    const issues = ChecklistTemplateSchema.safeParse({ ...template, steps }).error?.issues;
    expect(issues?.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['steps.1.id', 'Another step of this template is already ticked when an expert is added'],
    ]);
  });
});
