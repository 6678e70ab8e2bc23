import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, SettingsSchema } from '@/lib/settings';
import { freshDatabase } from '../support/factories';

const issuesOf = (settings: unknown) =>
  SettingsSchema.safeParse(settings).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('settings: routing (issue 11)', () => {
  it('reads settings stored before routing existed, with no rules and cases left unassigned', async () => {
    const db = freshDatabase();
    const old: Record<string, unknown> = { ...DEFAULT_SETTINGS, agents: ['Ana'] };
    delete old.routing;
    await db.settings.put(old as never);
    const settings = await readSettings(db);
    expect(settings.agents).toEqual(['Ana']);
    expect(settings.routing).toEqual({
      groups: [],
      rules: [],
      default: { action: { kind: 'unassigned' }, acknowledgementReplyId: null },
    });
  });

  it('refuses rules, fallbacks and groups naming an agent who is not in the team', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      agents: ['Ana', 'Ben'],
      routing: {
        groups: [{ id: 'g', name: 'Billing', strategy: 'round-robin', agents: ['ana', 'Zoe'] }],
        rules: [
          { id: 'r1', name: 'VIP', action: { kind: 'agent', agent: 'Sam' } },
          {
            id: 'r2',
            name: 'Experts',
            action: { kind: 'expert', fallback: { kind: 'agent', agent: 'BEN' } },
          },
        ],
        default: { action: { kind: 'group', group: 'g' } },
      },
    };
    expect(issuesOf(settings)).toEqual([
      [
        'routing.groups.0.agents',
        'Group “Billing” names “Zoe”, who is not one of the agents; add them under Agents or pick another',
      ],
      [
        'routing.rules.0.action.agent',
        'Rule 1 “VIP” names “Sam”, who is not one of the agents; add them under Agents or pick another',
      ],
    ]);
    expect(issuesOf({ ...settings, routing: { ...settings.routing, rules: [] } })).toHaveLength(1);
  });
});
