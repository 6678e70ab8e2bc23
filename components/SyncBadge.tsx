import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { request } from '@/lib/messages/client';
import type { SyncView } from '@/lib/messages/protocol';

/** A word or two for each state; the reason (when there is one) is in the title. */
function label(view: SyncView): string {
  if (view.state === 'offline') return 'Offline';
  if (view.state === 'error') return 'Sync error';
  if (view.refused > 0) return `${view.refused} refused`;
  if (view.state === 'syncing') return 'Syncing…';
  if (view.state === 'pending' || view.pending > 0) return `${view.pending} to send`;
  return 'Synced';
}

const TONE: Record<SyncView['state'], string> = {
  off: '',
  syncing: '',
  synced: 'ok',
  pending: '',
  offline: 'warn',
  error: 'danger',
};

/**
 * Team sync at a glance for the sidebar and the dashboard: synced / waiting / offline /
 * error, the reason on hover and for screen readers, a click away from its settings.
 * Nothing at all while sync is off (the usual, local-only case).
 */
export function SyncBadge() {
  const [view, setView] = useState<SyncView | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void request('sync.status', {})
        .then((next) => live && setView(next))
        .catch(() => undefined);
    refresh();
    // Each round the worker runs writes the status to storage.
    browser.storage.onChanged.addListener(refresh);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(refresh);
    };
  }, []);
  if (!view || view.state === 'off') return null;
  const text = label(view);
  const reason = view.reason ?? view.refusedReason;
  const tone = view.refused > 0 && view.state !== 'error' ? 'warn' : TONE[view.state];
  return (
    <a
      className={`badge sync-badge ${tone}`}
      href={browser.runtime.getURL('/options.html#sync')}
      target="_blank"
      rel="noreferrer"
      title={reason ?? undefined}
      aria-label={`Team sync: ${text}${reason ? `. ${reason}` : ''}`}
      data-testid="sync-badge"
    >
      {text}
    </a>
  );
}
