import { browser } from 'wxt/browser';
import type { CrmSystem } from '../db/constants';
import { CRM_ADAPTERS } from './index';

/** The host patterns a CRM needs granted (its optional host permission). */
export const crmOrigins = (system: string): string[] => [
  ...(CRM_ADAPTERS.find((crm) => crm.id === system)?.hostPatterns ?? []),
];

/**
 * Whether the agent turned a CRM on: the browser granted its hosts. One check for the
 * background (escalation), the dashboard (its escalate buttons) and the options page.
 */
export async function crmGranted(system: string): Promise<boolean> {
  const origins = crmOrigins(system);
  return origins.length > 0 && browser.permissions.contains({ origins });
}

/** Each CRM with whether it is turned on, in the adapters' order. */
export async function grantedCrms(): Promise<[CrmSystem, boolean][]> {
  return Promise.all(
    CRM_ADAPTERS.map(async (crm) => [crm.id, await crmGranted(crm.id)] as [CrmSystem, boolean]),
  );
}
