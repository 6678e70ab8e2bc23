import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { z } from '@/lib/zod';
import { MAX_DISMISSED, withDismissed } from '@/lib/testimonials/suggest';

const KEY = 'testimonials.dismissedSuggestions';
// What storage holds is checked on every read; anything else counts as nothing dismissed.
const Dismissed = z.array(z.string().min(1).max(64)).max(MAX_DISMISSED).catch([]);

/**
 * The cases whose "This reads like a testimonial" the agent dismissed. A preference of
 * this browser, kept in storage.local (the sidebar frame may not open the database) and
 * shared by every open sidebar. `dismissed` is null until it is read.
 */
export function useDismissedSuggestions() {
  const [dismissed, setDismissed] = useState<string[] | null>(null);

  useEffect(() => {
    let live = true;
    void browser.storage.local
      .get(KEY)
      .then((stored) => live && setDismissed(Dismissed.parse(stored[KEY])))
      .catch(() => live && setDismissed([]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && KEY in changes) setDismissed(Dismissed.parse(changes[KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const dismiss = async (caseId: string) => {
    const stored = Dismissed.parse((await browser.storage.local.get(KEY))[KEY]);
    const next = withDismissed(stored, caseId);
    setDismissed(next);
    await browser.storage.local.set({ [KEY]: next });
  };
  return { dismissed, dismiss };
}
