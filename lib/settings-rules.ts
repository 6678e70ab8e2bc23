import type { ChecklistTemplate } from './cases/checklist';
import type { SlaPolicy } from './cases/sla-policy';

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

/** Every rule above, for settings whose entries are each valid. */
export const settingsRuleIssues = (settings: {
  slaPolicies: readonly PolicyScope[];
  checklistTemplates: readonly CreationScope[];
}): SettingsRuleIssue[] => [
  ...duplicatePolicyIssues(settings.slaPolicies),
  ...duplicateCreationTemplateIssues(settings.checklistTemplates),
];
