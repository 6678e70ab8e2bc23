import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark';

const DARK = '(prefers-color-scheme: dark)';

/**
 * The theme the page is drawn in: the agent's choice (html[data-theme], set by useTheme),
 * else the system's. Canvas charts follow it by hand: a canvas cannot use the CSS
 * variables that switch the rest of the page, so they draw again when this changes.
 */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, currentScheme, () => 'light');
}

function currentScheme(): ColorScheme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia(DARK).matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const choice = new MutationObserver(onChange);
  choice.observe(document.documentElement, { attributeFilter: ['data-theme'] });
  const system = matchMedia(DARK);
  system.addEventListener('change', onChange);
  return () => {
    choice.disconnect();
    system.removeEventListener('change', onChange);
  };
}
