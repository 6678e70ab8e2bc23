import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { SidebarPush } from '@/lib/background/sidebar-hub';
import type { SidebarView } from '@/lib/cases/sidebar-view';
import { SIDEBAR_PORT } from '@/lib/messages/names';

export type SidebarState =
  { kind: 'loading' } | { kind: 'ready'; view: SidebarView } | { kind: 'error'; message: string };

const RECONNECT_MS = 500;
/** SLA clocks count down between data changes: ask for a fresh view this often. */
const REFRESH_MS = 60_000;

/**
 * The sidebar's data, pushed by the background over a port. The sidebar never opens
 * IndexedDB itself: inside a third-party page it may be denied storage. The service
 * worker can be stopped at any time, which drops the port, so reconnect when it does.
 */
export function useSidebarView(): SidebarState {
  const [state, setState] = useState<SidebarState>({ kind: 'loading' });

  useEffect(() => {
    let stopped = false;
    let port: ReturnType<typeof browser.runtime.connect> | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const connect = () => {
      port = browser.runtime.connect({ name: SIDEBAR_PORT });
      port.onMessage.addListener((message: unknown) => {
        const push = message as SidebarPush;
        if (push.type === 'view') setState({ kind: 'ready', view: push.view });
        else if (push.type === 'error') setState({ kind: 'error', message: push.message });
      });
      port.onDisconnect.addListener(() => {
        port = null;
        if (!stopped) retry = setTimeout(connect, RECONNECT_MS);
      });
    };
    connect();
    const refresh = setInterval(() => port?.postMessage({ type: 'refresh' }), REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(refresh);
      clearTimeout(retry);
      port?.disconnect();
    };
  }, []);

  return state;
}
