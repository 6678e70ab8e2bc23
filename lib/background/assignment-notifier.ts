import { browser } from 'wxt/browser';
import type { AssignmentNotice } from '../sync/assigned-to-me';

/** Notices this file opens on a click: assigned to you (issue 11), VIP or P1 captured (12). */
const PREFIXES = ['assigned:', 'captured:'];

/**
 * Shows "Case C-3F9A2B assigned to you" (issue 11, point 4): the notices assignmentNotices
 * (lib/sync/assigned-to-me.ts) decided on after a round of sync. A notice for the same case
 * replaces the one still on screen (same id).
 */
export async function showAssignmentNotices(notices: readonly AssignmentNotice[]): Promise<void> {
  for (const notice of notices) {
    const options = {
      type: 'basic' as const,
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notice.title,
      message: notice.message,
      priority: 1,
    };
    try {
      await browser.notifications.create(notice.id, {
        ...options,
        buttons: [{ title: notice.caseId ? 'Open the case' : 'Open the dashboard' }],
      });
    } catch {
      // Firefox has no notification buttons: a click on the notification opens it too.
      await browser.notifications.create(notice.id, options);
    }
  }
}

/**
 * A click on one opens its case in the dashboard (the queue for a summary of several), as a
 * follow-up reminder does. Registered when the worker starts, so a click wakes it.
 */
export function openAssignedCasesOnClick(): void {
  const open = async (id: string) => {
    const prefix = PREFIXES.find((p) => id.startsWith(p));
    if (!prefix) return;
    const caseId = id.slice(prefix.length);
    const dashboard = browser.runtime.getURL('/dashboard.html');
    const url = caseId === 'many' ? dashboard : `${dashboard}#case=${encodeURIComponent(caseId)}`;
    await browser.tabs.create({ url, active: true });
    await browser.notifications.clear(id);
  };
  browser.notifications?.onClicked.addListener((id) => void open(id));
  browser.notifications?.onButtonClicked.addListener((id) => void open(id));
}
