import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_POLICIES } from '@/lib/cases/sla-policy';
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
