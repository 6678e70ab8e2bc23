import { useState } from 'react';
import { request } from '@/lib/messages/client';
import type { Settings, SettingsSectionChange, SettingsSectionKey } from '@/lib/settings';
import { settingsIssues, type FieldIssue } from '@/lib/settings-form/issues';

export type SectionKey = Exclude<SettingsSectionKey, 'agents'>;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string };

export interface SettingsSection<K extends SectionKey> {
  draft: Settings[K];
  update: (next: Settings[K]) => void;
  /** Problems of the draft; shown once a save was tried, then kept current while editing. */
  issues: FieldIssue[];
  errors: ReadonlyMap<string, string>;
  dirty: boolean;
  status: SaveStatus;
  /** Counts save attempts: each refused one shows (and focuses) the problems anew. */
  attempt: number;
  save: () => Promise<void>;
}

/**
 * One section of the settings page: a draft of one part of the settings, checked with
 * the settings schema before it is sent, and saved into the rest of the settings as
 * they are stored now (so sections never overwrite each other's saved changes, even
 * when this page has not yet heard of them).
 */
export function useSettingsSection<K extends SectionKey>(
  settings: Settings,
  key: K,
): SettingsSection<K> {
  const [draft, setDraft] = useState<Settings[K]>(settings[key]);
  const [checked, setChecked] = useState(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);

  const candidate = { ...settings, [key]: draft };
  const issues = checked ? settingsIssues(candidate) : [];

  const update = (next: Settings[K]) => {
    setDraft(next);
    setStatus({ kind: 'idle' });
  };

  const save = async () => {
    setChecked(true);
    setAttempt((n) => n + 1);
    if (settingsIssues(candidate).length) {
      setStatus({ kind: 'invalid' });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      // Only this section goes: the background puts it into the settings as stored now.
      const section = { section: key, value: draft } as SettingsSectionChange;
      const saved = await request('settings.saveSection', section);
      setDraft(saved[key]); // as stored: trimmed, tags lower-cased
      setStatus({ kind: 'saved' });
    } catch (cause) {
      setStatus({ kind: 'failed', message: cause instanceof Error ? cause.message : 'Not saved.' });
    }
  };

  return {
    draft,
    update,
    issues,
    errors: new Map(issues.map((issue) => [issue.path, issue.message])),
    dirty: JSON.stringify(draft) !== JSON.stringify(settings[key]),
    status,
    attempt,
    save,
  };
}
