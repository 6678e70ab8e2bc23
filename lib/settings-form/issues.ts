import { SettingsSchema, type SettingsInput } from '../settings';
import { asSentence, plainMessage } from './plain-words';
import { placeOf } from './places';
import {
  duplicateCreationTemplateIssues,
  duplicatePolicyIssues,
  unknownAgentIssues,
} from '../settings-rules';
import type { RoutingRules } from '../routing/rule-schema';

/** One problem with the settings being edited, for the field it belongs to. */
export interface FieldIssue {
  /** Dotted path of the field ("slaPolicies.0.name"): where the message is shown. */
  path: string;
  /** Where it is, in words ("SLA policy “Public posts”: name"), for the list of problems. */
  place: string;
  message: string;
}

export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('.');

type RawIssue = { path: PropertyKey[]; message: string };

/**
 * Settings the schema accepts but that would not work as the lead means them: the rules
 * the background enforces too (settings-rules.ts: two policies for the same
 * conversations, two creation templates for one channel; repeated here because the
 * schema checks them only once every field is valid), thresholds out of order, a
 * severity word listed twice.
 */
export function consistencyIssues(settings: SettingsInput): RawIssue[] {
  const issues: RawIssue[] = duplicatePolicyIssues(settings.slaPolicies ?? []);
  const thresholds = settings.priority?.thresholds;
  if (thresholds) {
    const ordered = [['P1', 'P2'] as const, ['P2', 'P3'] as const];
    for (const [higher, lower] of ordered) {
      if (thresholds[lower] > thresholds[higher]) {
        issues.push({
          path: ['priority', 'thresholds', lower],
          message: `Must not be above ${higher}’s threshold (${thresholds[higher]})`,
        });
      }
    }
  }
  const words = settings.priority?.severityWords ?? [];
  words.forEach(({ word }, i) => {
    const first = words.findIndex((w) => w.word.trim().toLowerCase() === word.trim().toLowerCase());
    if (first < i && word.trim()) {
      issues.push({
        path: ['priority', 'severityWords', i, 'word'],
        message: `“${word.trim()}” is already in the list`,
      });
    }
  });
  issues.push(...duplicateCreationTemplateIssues(settings.checklistTemplates ?? []));
  // The form's draft always has the routing's shape; the schema checks its fields.
  const routing = settings.routing as RoutingRules | undefined;
  issues.push(...unknownAgentIssues(settings.agents ?? [], routing));
  return issues;
}

/** Shares are entered as percentages: their limits are said as percentages too. */
const PERCENT_MESSAGES: [RegExp, string][] = [
  [/\.atRiskShare$/, 'Enter a percentage above 0 and below 100'],
  [/^priority\.shortenSla\.share$/, 'Enter a percentage above 0, up to 100'],
];

const messageFor = (path: string, message: string) =>
  PERCENT_MESSAGES.find(([pattern]) => pattern.test(path))?.[1] ?? asSentence(message);

/**
 * Everything wrong with settings being edited, one message per field, in plain words:
 * the schema's checks (the same the background applies on save) and the consistency
 * checks above.
 */
export function settingsIssues(settings: SettingsInput): FieldIssue[] {
  const parsed = SettingsSchema.safeParse(settings, { error: plainMessage });
  const raw: RawIssue[] = [...(parsed.error?.issues ?? []), ...consistencyIssues(settings)];
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const issue of raw) {
    // The options page keeps the classifier's brand handles equal to the watch list's
    // handles (ListeningEditor): a problem with one is shown once, on the handles field.
    const path = pathKey(issue.path).replace(
      /^listening\.classifier\.brandHandles/,
      'listening.watchList.handles',
    );
    if (seen.has(path)) continue;
    seen.add(path);
    issues.push({
      path,
      place: placeOf(issue.path, settings),
      message: messageFor(path, issue.message),
    });
  }
  return issues;
}
