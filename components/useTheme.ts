import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'ui.theme';

/** The agent's theme choice, shared by every Casebook page through storage.local. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [theme, setTheme] = useState<ThemeChoice>('system');

  useEffect(() => {
    const apply = (value: unknown) => {
      const choice: ThemeChoice = value === 'light' || value === 'dark' ? value : 'system';
      setTheme(choice);
      if (choice === 'system') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = choice;
    };
    void browser.storage.local.get(KEY).then((stored) => apply(stored[KEY]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && KEY in changes) apply(changes[KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  return [theme, (choice) => void browser.storage.local.set({ [KEY]: choice })];
}
