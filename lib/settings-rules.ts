import type { ChecklistTemplate } from './cases/checklist';
import type { SlaPolicy } from './cases/sla-policy';
import type { RoutingAction, RoutingRules } from './routing/rule-schema';

/**
 * Rules across the entries of the settings that the field schemas cannot see: the
 * background refuses settings that break them (SettingsSchema), and the settings page
 * shows them beside the field (settings-form/issues.ts).
 */
export interface SettingsRuleIssue {
  path: (string | number)[];
  message: string;
}

const quoted = (name: string | undefined, index: number) =>
  name?.trim() ? `“${name.trim()}”` : `#${index + 1}`;

type PolicyScope = Pick<SlaPolicy, 'name' | 'channel' | 'kind'>;
type CreationScope = Pick<ChecklistTemplate, 'name' | 'channel' | 'tag'>;

/** Two policies for the same channel and kind: only the first could ever apply. */
export function duplicatePolicyIssues(policies: readonly PolicyScope[]): SettingsRuleIssue[] {
  const issues: SettingsRuleIssue[] = [];
  const first = new Map<string, number>();
  policies.forEach((policy, i) => {
    const scope = `${policy.channel}|${policy.kind}`;
    const earlier = first.get(scope);
    if (earlier === undefined) first.set(scope, i);
    else {
      issues.push({
        path: ['slaPolicies', i, 'kind'],
        message: `Policy ${quoted(policies[earlier]?.name, earlier)} already covers these conversations; change the channel or kind`,
      });
    }
  });
  return issues;
}

/** Two templates for new cases on one channel: a new case can start with only one. */
export function duplicateCreationTemplateIssues(
  templates: readonly CreationScope[],
): SettingsRuleIssue[] {
  const issues: SettingsRuleIssue[] = [];
  const first = new Map<string, number>();
  templates.forEach((template, i) => {
    if (template.tag !== null) return;
    const earlier = first.get(template.channel);
    if (earlier === undefined) first.set(template.channel, i);
    else {
      issues.push({
        path: ['checklistTemplates', i, 'channel'],
        message: `Template ${quoted(templates[earlier]?.name, earlier)} already applies to new cases on this channel`,
      });
    }
  });
  return issues;
}

type RoutingScope = Pick<RoutingRules, 'groups' | 'rules' | 'default'>;

/**
 * Routing (issue 11) names agents by name: one not in the team's list would never be
 * available, so the rule would silently fall through to the next.
 */
export function unknownAgentIssues(
  agents: readonly string[],
  routing: RoutingScope | undefined,
): SettingsRuleIssue[] {
  if (!routing) return [];
  const known = new Set(agents.map((agent) => agent.trim().toLowerCase()));
  const unknown = (name: string) => !known.has(name.trim().toLowerCase());
  const issues: SettingsRuleIssue[] = [];
  const notAgent = (name: string, who: string) =>
    `${who} names “${name.trim()}”, who is not one of the agents; add them under Agents or pick another`;
  routing.groups.forEach((group, g) =>
    group.agents.forEach((agent) => {
      if (unknown(agent)) {
        issues.push({
          path: ['routing', 'groups', g, 'agents'],
          message: notAgent(agent, `Group ${quoted(group.name, g)}`),
        });
      }
    }),
  );
  const check = (action: RoutingAction, path: (string | number)[], who: string) => {
    const target = action.kind === 'expert' ? action.fallback : action;
    if (target.kind !== 'agent' || !unknown(target.agent)) return;
    const at = action.kind === 'expert' ? [...path, 'fallback', 'agent'] : [...path, 'agent'];
    issues.push({ path: at, message: notAgent(target.agent, who) });
  };
  routing.rules.forEach((rule, i) =>
    check(rule.action, ['routing', 'rules', i, 'action'], `Rule ${i + 1} ${quoted(rule.name, i)}`),
  );
  check(routing.default.action, ['routing', 'default', 'action'], 'The default action');
  return issues;
}

/** Every rule above, for settings whose entries are each valid. */
export const settingsRuleIssues = (settings: {
  agents: readonly string[];
  slaPolicies: readonly PolicyScope[];
  checklistTemplates: readonly CreationScope[];
  routing?: RoutingScope;
}): SettingsRuleIssue[] => [
  ...duplicatePolicyIssues(settings.slaPolicies),
  ...duplicateCreationTemplateIssues(settings.checklistTemplates),
  ...unknownAgentIssues(settings.agents, settings.routing),
];
