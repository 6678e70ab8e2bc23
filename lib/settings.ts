import type { CasebookDatabase } from './db/database';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './db/schema';

/** The team's settings, validated on every load; defaults when none were saved. */
export async function readSettings(db: CasebookDatabase): Promise<Settings> {
  const stored = await db.settings.get('main');
  const parsed = SettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(db: CasebookDatabase, settings: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(settings);
  await db.settings.put(valid);
  return valid;
}
