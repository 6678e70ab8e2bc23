/**
 * Every CRM adapter, listed explicitly: a content script picks its adapter here by URL.
 * test/dom/crm-registry.test.ts fails when an adapter file is not listed.
 */
import { dynamicsAdapter } from './dynamics';
import { freshdeskAdapter } from './freshdesk';
import { hubspotAdapter } from './hubspot';
import { salesforceAdapter } from './salesforce';
import type { CrmAdapter } from './types';
import { zendeskAdapter } from './zendesk';
import { zohoAdapter } from './zoho';

export type { CrmAdapter, CrmRecord, CrmRecordRef, CrmSystem } from './types';

export {
  dynamicsAdapter,
  freshdeskAdapter,
  hubspotAdapter,
  salesforceAdapter,
  zendeskAdapter,
  zohoAdapter,
};

/** In the order of CRM_SYSTEMS (lib/db/constants.ts). */
export const CRM_ADAPTERS: readonly CrmAdapter[] = [
  salesforceAdapter,
  hubspotAdapter,
  zendeskAdapter,
  dynamicsAdapter,
  freshdeskAdapter,
  zohoAdapter,
];

/** The adapter for pages at this URL, or null when no CRM adapter handles it. */
export function crmAdapterFor(url: URL): CrmAdapter | null {
  return CRM_ADAPTERS.find((adapter) => adapter.match(url)) ?? null;
}
