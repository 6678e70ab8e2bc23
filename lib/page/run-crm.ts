import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createRequestPort } from '../messages/client';
import type { CrmAdapter, CrmRecord } from '../crm/types';
import { mountSidebar } from './sidebar-mount';
import { contextTimers } from './context-timers';
import { fillForm } from './form-filler';

/** How long an escalation's form may take to appear before the fields are reported missing. */
const FORM_WAIT_MS = 120_000;

/** A CRM page settles after a navigation in a few hundred ms: read it once it has. */
const SETTLE_MS = 300;

/**
 * Everything the content script does on a CRM page the agent turned on: the sidebar, and
 * telling the background which record is on screen (read again when the page changes,
 * as CRMs are single-page apps that swap records and tabs without a page load). Nothing
 * of ours is written into the CRM's page but the sidebar's iframe.
 */
export function runCrm(ctx: ContentScriptContext, adapter: CrmAdapter): void {
  const request = createRequestPort();
  mountSidebar(ctx, `crm-${adapter.id}`);

  let last: string | null = null;
  const report = () => {
    const record: CrmRecord | null = adapter.readRecord(document, new URL(location.href));
    // No record: each address still told once, so that the background sees the tab leave
    // an escalation's new-record form for a list (issue 12) before a record opens.
    const key = JSON.stringify(record ?? location.href);
    if (key === last) return;
    last = key;
    void request('crm.focus', { record }).catch(() => {
      last = null; // the worker was restarting: say it again with the next change
    });
  };

  const timers = contextTimers(ctx);
  let timer = 0;
  const schedule = () => {
    if (!timer) timer = timers.setTimeout(() => ((timer = 0), report()), SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    // The attributes CRMs use to switch the active tab (site-dom §8).
    attributeFilter: ['class', 'data-is-active', 'data-selected', 'hidden', 'aria-selected'],
  });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  report();
  void fillEscalation(request);
}

/**
 * Issue 12: when this tab was opened to escalate a case, fill the CRM's new-record form
 * from it and say what was filled (the sidebar tells the agent). Never saves: the agent
 * reviews the form and saves it with the CRM's own button.
 */
async function fillEscalation(request: ReturnType<typeof createRequestPort>): Promise<void> {
  try {
    const order = await request('crm.escalation', {});
    if (!order) return;
    // Up to two minutes for the form: some CRMs (HubSpot) open it in a panel the agent
    // opens with the CRM's own Create button once the page is there.
    const report = await fillForm(document, order.fields, { timeoutMs: FORM_WAIT_MS });
    await request('crm.escalationFilled', report);
  } catch {
    // The worker restarted or the tab is closing: the agent can escalate again.
  }
}
