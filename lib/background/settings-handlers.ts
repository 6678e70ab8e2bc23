import type { CasebookDatabase } from '../db/database';
import { markAnalyticsStale } from '../analytics/stale';
import { slaRulesChanged, startRecompute } from '../cases/recompute-sla';
import {
  readSettings,
  saveSettings,
  SettingsSchema,
  type Settings,
  type SettingsInput,
} from '../settings';
import { applyLeadTime } from '../followups/store';
import type { Handlers } from '../messages/router';
import type { SidebarHub } from './sidebar-hub';
import type { SlaRecomputer } from './sla-recompute';
import type { FollowUpReminders } from './followup-alarms';

interface SettingsDeps {
  db: CasebookDatabase;
  hub: SidebarHub;
  sla: SlaRecomputer;
  reminders: FollowUpReminders;
  now: () => number;
  /** Tells the open pages of a new watch list (issue 11). */
  announceListening: () => Promise<void>;
}

/**
 * Saving the team's settings: the whole record (`settings.save`), or one section put into
 * the record as stored at that moment (`settings.saveSection`, what the settings page's
 * forms send), then what follows from the change.
 */
export function settingsHandlers(
  deps: SettingsDeps,
): Pick<Handlers, 'settings.save' | 'settings.saveSection'> {
  const store = (next: (stored: Settings) => SettingsInput) => storeSettings(deps, next);
  return {
    'settings.save': ({ settings }) => store(() => settings),
    'settings.saveSection': ({ section, value }) =>
      store((stored) => ({ ...stored, [section]: value })),
  };
}

async function storeSettings(
  { db, hub, sla, reminders, now, announceListening }: SettingsDeps,
  next: (stored: Settings) => SettingsInput,
): Promise<Settings> {
  const tables = [db.settings, db.cases, db.analyticsMarks];
  const { before, saved, pass } = await db.transaction('rw', tables, async () => {
    const before = await readSettings(db);
    // Checked whole, rules across sections included: a section naming an agent another
    // window removed meanwhile is refused, saying why.
    const checked = SettingsSchema.safeParse(next(before));
    if (!checked.success) throw new SettingsRefusedError(checked.error.issues);
    const saved = await saveSettings(db, checked.data);
    // New SLA rules move the stored due times the queue is sorted by: a pass over the
    // open cases, stored with the settings so that it survives the service worker.
    const changed = slaRulesChanged(before, saved);
    const pass = changed ? await startRecompute(db, now()) : null;
    // And whether each past reply and resolution met its target: the analytics
    // rebuild their facts (the next view does it, with its progress shown).
    if (changed) await markAnalyticsStale(db, 0);
    return { before, saved, pass };
  });
  if (pass) {
    sla.run();
    // A small pass is done before the answer; a big one reports its progress where
    // the options page reads it, and the sidebars refresh once it is done.
    if (pass.total <= sla.waitsUpTo) await sla.idle();
    else void sla.idle().then(() => hub.pushAll());
  }
  // New follow-up settings: the "due soon" reminders still to come follow the new lead
  // time, and the alarms are re-planned (issue 5).
  if (!same(before.followUps, saved.followUps)) {
    await applyLeadTime(db, saved.followUps.leadMinutes, now());
    await reminders.refresh();
  }
  // A new watch list: open pages badge their posts anew (issue 11).
  if (!same(before.listening, saved.listening)) await announceListening();
  await hub.pushAll();
  return saved;
}

/** Settings that break a rule of the schema; nothing was stored. */
export class SettingsRefusedError extends Error {
  constructor(issues: readonly { path: PropertyKey[]; message: string }[]) {
    const said = issues.slice(0, 3).map((issue) => issue.message);
    super(`Not saved: ${said.join('; ')}.`);
    this.name = 'SettingsRefusedError';
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
