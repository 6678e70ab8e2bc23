import { describe, expect, it } from 'vitest';
import { ChecklistTemplateSchema, DEFAULT_CHECKLIST_TEMPLATES } from '@/lib/cases/checklist';
import { DEFAULT_SLA_POLICIES } from '@/lib/cases/sla-policy';
import { copyTemplate, rolesTakenBesides, withRole } from '@/lib/settings-form/templates';
import {
  DEFAULT_SETTINGS,
  readSettings,
  saveSettings,
  SettingsSchema,
  type Settings,
} from '@/lib/settings';
import { classifyError } from '@/lib/background';
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

describe('settings.saveSection: one section into the settings as stored now', () => {
  const sender = { id: 'ext', url: 'chrome-extension://ext/options.html' };
  const setUp = async () => {
    const db = freshDatabase();
    await saveSettings(db, { ...DEFAULT_SETTINGS, agents: ['Ana', 'Ben'] });
    const route = testRoute(db, {
      extensionId: 'ext',
      extensionOrigin: 'chrome-extension://ext/',
      isSupportedPage: () => true,
      classify: classifyError,
    });
    return { db, route };
  };
  const toAna = (): Settings['routing'] => ({
    ...DEFAULT_SETTINGS.routing,
    default: { ...DEFAULT_SETTINGS.routing.default, action: { kind: 'agent', agent: 'Ana' } },
  });

  it('keeps the other sections as stored, not as the sending page last saw them', async () => {
    const { db, route } = await setUp();
    // Another window adds Cy; this page still thinks the team is Ana and Ben.
    const agents = { section: 'agents', value: ['Ana', 'Ben', 'Cy'] };
    expect(await route({ type: 'settings.saveSection', payload: agents }, sender)).toMatchObject({
      ok: true,
    });
    const routing = { section: 'routing', value: toAna() };
    const answer = await route({ type: 'settings.saveSection', payload: routing }, sender);
    expect(answer).toMatchObject({ ok: true, data: { agents: ['Ana', 'Ben', 'Cy'] } });
    const stored = await readSettings(db);
    expect(stored.agents).toEqual(['Ana', 'Ben', 'Cy']);
    expect(stored.routing.default.action).toEqual({ kind: 'agent', agent: 'Ana' });
  });

  it('refuses a section that names an agent removed meanwhile, saying who, and stores nothing', async () => {
    const { db, route } = await setUp();
    await route(
      { type: 'settings.saveSection', payload: { section: 'agents', value: ['Ben'] } },
      sender,
    );
    const before = await readSettings(db);
    const answer = await route(
      { type: 'settings.saveSection', payload: { section: 'routing', value: toAna() } },
      sender,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(JSON.stringify(answer)).toMatch(
      /Not saved: The default action names “Ana”, who is not one of the agents/,
    );
    expect(await readSettings(db)).toEqual(before);
  });

  it('refuses an unknown section, a malformed or missing value, and any sender but its own pages', async () => {
    const { db, route } = await setUp();
    const before = await readSettings(db);
    const unknown = { section: 'key', value: 'other' };
    const malformed = { section: 'agents', value: [] };
    // Without a value, not reset to the defaults (the field's default is not the section's).
    const missing = { section: 'slaPolicies' };
    for (const payload of [unknown, malformed, missing]) {
      expect(await route({ type: 'settings.saveSection', payload }, sender)).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
    const page = { id: 'ext', url: 'https://x.com/home', tab: { id: 4 } };
    const valid = { section: 'agents', value: ['Mallory'] };
    expect(await route({ type: 'settings.saveSection', payload: valid }, page)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await readSettings(db)).toEqual(before);
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
