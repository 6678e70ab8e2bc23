import { crmAdapterFor } from '../index';
import { CRM_LABELS, type CrmSystem } from '../../db/constants';
import { ESCALATIONS } from './plans';

/**
 * What is kept of a CRM page's address to open its new-record form later: the host, the
 * path (HubSpot's portal, Zoho's org are in it) and Dynamics' app id; no record's query.
 */
export function crmAddressOf(url: URL): string {
  const app = url.searchParams.get('appid');
  return `https://${url.host}${url.pathname}${app ? `?appid=${encodeURIComponent(app)}` : ''}`;
}

/** What each CRM's pages look like in the address bar, for the settings page's hints. */
export const CRM_ADDRESS_EXAMPLES: Record<CrmSystem, string> = {
  salesforce: 'https://yourcompany.lightning.force.com/lightning/page/home',
  hubspot: 'https://app.hubspot.com/contacts/1234567/objects/0-5/views/all/list',
  zendesk: 'https://yourcompany.zendesk.com/agent/dashboard',
  dynamics: 'https://yourcompany.crm.dynamics.com/main.aspx?pagetype=dashboard',
  freshdesk: 'https://yourcompany.freshdesk.com/a/dashboard/default',
  zoho: 'https://crm.zoho.com/crm/org123456/tab/Home/begin',
};

/** The longest CRM address kept (the background's store refuses longer ones). */
export const CRM_ADDRESS_MAX = 2048;

export type CrmAddressAnswer = { address: string } | { problem: string };

/**
 * The address to keep from a link the agent pasted to a page of their CRM (for teams that
 * escalate before Casebook has seen that CRM open): the same kind of page Casebook learns
 * the address from when it is visited, checked the same way.
 */
export function crmAddressFromLink(system: CrmSystem, link: string): CrmAddressAnswer {
  const name = CRM_LABELS[system];
  const wrong = {
    problem: `That is not a page of ${name}: paste the address of any ${name} page as your browser shows it, like ${CRM_ADDRESS_EXAMPLES[system]}`,
  };
  const trimmed = link.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return wrong;
  }
  if (crmAdapterFor(url)?.id !== system) return wrong;
  if (!ESCALATIONS[system].newRecordUrl(url)) {
    return {
      problem: `That ${name} page does not show which account it is: paste a page of your account, like ${CRM_ADDRESS_EXAMPLES[system]}`,
    };
  }
  const address = crmAddressOf(url);
  // The path is kept percent-encoded, so a short paste of other scripts can grow long.
  if (address.length > CRM_ADDRESS_MAX) {
    return {
      problem: `That address is too long to keep: paste the address of ${name}'s home page.`,
    };
  }
  return { address };
}
