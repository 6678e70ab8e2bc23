import { z } from './zod';
import type { CasebookDatabase } from './db/database';
import { ChecklistTemplateSchema, DEFAULT_CHECKLIST_TEMPLATES } from './cases/checklist';
import { DEFAULT_PRIORITY_SETTINGS, PrioritySettingsSchema } from './cases/priority';
import { DEFAULT_SLA_POLICIES, SlaPolicySchema } from './cases/sla-policy';
import { settingsRuleIssues } from './settings-rules';
import { DEFAULT_FOLLOW_UP_SETTINGS, FollowUpSettingsSchema } from './followups/settings';
import { ListeningSettingsSchema } from './listening/settings';
import { FeedbackSettingsSchema } from './feedback/settings';
import { DEFAULT_ROUTING_RULES } from './routing/defaults';
import { RoutingRulesSchema } from './routing/rule-schema';
import { AlertSettingsSchema, DEFAULT_ALERT_SETTINGS } from './activity/alerts';

/**
 * Team settings (one record): the agents cases can be assigned to, the SLA policies,
 * the priority weights and the checklist templates. Fields added after the first release
 * have defaults, so a record saved by an older version still reads.
 */
const SettingsFieldsSchema = z.object({
  key: z.literal('main'),
  agents: z
    .array(z.string().trim().min(1, 'An agent needs a name').max(100))
    .min(1, 'Name at least one agent')
    .max(200)
    .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, {
      message: 'Agent names must be different',
    }),
  slaPolicies: z
    .array(SlaPolicySchema)
    .min(1, 'Keep at least one SLA policy')
    .max(100)
    .default(() => [...DEFAULT_SLA_POLICIES]),
  priority: PrioritySettingsSchema.default(() => DEFAULT_PRIORITY_SETTINGS),
  checklistTemplates: z
    .array(ChecklistTemplateSchema)
    .max(100)
    .default(() => [...DEFAULT_CHECKLIST_TEMPLATES]),
  // v6 (issue 5): promised follow-ups.
  followUps: FollowUpSettingsSchema.default(() => ({ ...DEFAULT_FOLLOW_UP_SETTINGS })),
  // Issue 11: what the team listens for, and how posts are labelled.
  listening: ListeningSettingsSchema.default(() => ListeningSettingsSchema.parse({})),
  // Issue 11: routing rules; none at first, so cases stay in the shared queue as before.
  routing: RoutingRulesSchema.default(() => structuredClone(DEFAULT_ROUTING_RULES)),
  // Issue 12: the feedback request after resolution.
  feedback: FeedbackSettingsSchema.default(() => FeedbackSettingsSchema.parse({})),
  // Issue 12: which browser notifications this browser's agent gets (all on at first).
  alerts: AlertSettingsSchema.default(() => ({ ...DEFAULT_ALERT_SETTINGS })),
});
export const SettingsSchema = SettingsFieldsSchema
  // One policy per channel and kind, one creation template per channel (settings-rules.ts):
  // the background refuses what the settings page would, whoever sends it.
  .superRefine((settings, ctx) => {
    for (const { path, message } of settingsRuleIssues(settings)) {
      ctx.addIssue({ code: 'custom', path, message });
    }
  });
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

/** The parts of the settings that one form of the settings page edits and saves alone. */
export type SettingsSectionKey = Exclude<keyof Settings, 'key'>;

const fields = SettingsFieldsSchema.shape;

/**
 * One section's new value. The background puts it into the settings as stored at that
 * moment, so a form never writes back the other sections as it last saw them: a section
 * saved from a page whose copy of the agents is stale cannot undo their change. Each value
 * is required (the field's default unwrapped): a section sent without one is refused, not
 * reset to the defaults.
 */
export const SettingsSectionSchema = z.discriminatedUnion('section', [
  z.object({ section: z.literal('agents'), value: fields.agents }),
  z.object({ section: z.literal('slaPolicies'), value: fields.slaPolicies.unwrap() }),
  z.object({ section: z.literal('priority'), value: fields.priority.unwrap() }),
  z.object({ section: z.literal('checklistTemplates'), value: fields.checklistTemplates.unwrap() }),
  z.object({ section: z.literal('followUps'), value: fields.followUps.unwrap() }),
  z.object({ section: z.literal('listening'), value: fields.listening.unwrap() }),
  z.object({ section: z.literal('routing'), value: fields.routing.unwrap() }),
  z.object({ section: z.literal('feedback'), value: fields.feedback.unwrap() }),
  z.object({ section: z.literal('alerts'), value: fields.alerts.unwrap() }),
]);
export type SettingsSectionChange = z.infer<typeof SettingsSectionSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({ key: 'main', agents: ['me'] });

/** The team's settings, validated on every load; defaults when none were saved. */
export async function readSettings(db: CasebookDatabase): Promise<Settings> {
  const stored = await db.settings.get('main');
  const parsed = SettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(
  db: CasebookDatabase,
  settings: SettingsInput,
): Promise<Settings> {
  const valid = SettingsSchema.parse(settings);
  await db.settings.put(valid);
  return valid;
}
