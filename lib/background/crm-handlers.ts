import type { CasebookDatabase } from '../db/database';
import type { Actor } from '../cases/actor';
import { addCrmLink, addEmail, createCustomer } from '../customers/customer-store';
import { findCustomers } from '../customers/find';
import { tabOf, type Handlers, type Sender } from '../messages/router';
import type { CrmPageFocus } from '../messages/protocol';
import type { FocusStore } from './focus-store';
import type { SidebarHub } from './sidebar-hub';

/**
 * The CRM page requests: which record a tab shows, and linking it to a customer. The
 * link is made from the record the tab's content script reported, so the sidebar can
 * only link what the agent sees.
 */
export function crmHandlers(
  db: CasebookDatabase,
  crmFocus: FocusStore<CrmPageFocus>,
  hub: Pick<SidebarHub, 'push' | 'pushAll'>,
  actor: () => Actor,
  /** Issue 12: what else a record on screen means (an escalation saved in this tab). */
  afterFocus?: (tabId: number, record: CrmPageFocus['record'], sender: Sender) => Promise<void>,
): Pick<Handlers, 'crm.focus' | 'crm.link' | 'customers.find'> {
  return {
    'customers.find': ({ query }) => findCustomers(db, query),
    'crm.focus': async ({ record }, sender) => {
      const tabId = tabOf(sender);
      await crmFocus.set(tabId, { record });
      await afterFocus?.(tabId, record, sender);
      await hub.push(tabId);
      return null;
    },
    'crm.link': async ({ customerId }, sender) => {
      const record = (await crmFocus.get(tabOf(sender)))?.record;
      if (!record?.recordId) {
        throw new Error('This page shows no CRM record with an id to link.');
      }
      const link = {
        system: record.system,
        recordId: record.recordId,
        objectType: record.objectType,
        url: record.url,
      };
      let customer;
      if (customerId) {
        customer = await addCrmLink(db, customerId, link, actor());
        // The email the CRM shows is the customer's too (a no-op when it is known).
        if (record.email) customer = await addEmail(db, customerId, record.email, actor());
      } else {
        customer = await createCustomer(
          db,
          {
            name: record.name ?? record.email ?? `${record.objectType} ${record.recordId}`,
            emails: record.email ? [record.email] : [],
            phone: record.phone ?? '',
            company: record.company ?? '',
            owner: record.owner ?? '',
            crmLinks: [link],
          },
          actor(),
        );
      }
      await hub.pushAll();
      return customer;
    },
  };
}
