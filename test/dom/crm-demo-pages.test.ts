/**
 * The demo CRM pages of test/demo/ (served on the real host names for the e2e tests) read
 * through their adapters, picked by URL as a content script would: the demo pages and the
 * adapters cannot drift apart without this failing.
 */
import { describe, expect, it } from 'vitest';
import { crmAdapterFor } from '../../lib/crm';
import type { CrmRecord } from '../../lib/crm/types';
import { loadDemoPage } from './crm-support';

const DANA = {
  name: 'Dana Reyes',
  email: 'dana.reyes@example.com',
  phone: '+1 415 555 0134',
  company: 'Northwind Outfitters',
  owner: 'Priya Natarajan',
};

/** Host folder, file under it, the URL it is served at, and what the adapter must read. */
const PAGES: [string, string, string, Partial<CrmRecord>][] = [
  [
    'acme.lightning.force.com',
    'lightning/r/Contact/0035g00000AbCdEAAV/view.html',
    'https://acme.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view',
    { system: 'salesforce', objectType: 'Contact', recordId: '0035g00000AbCdEAAV', ...DANA },
  ],
  [
    'acme.lightning.force.com',
    'lightning/r/Contact/0035g00000KpQrSAAV/view.html',
    'https://acme.lightning.force.com/lightning/r/Contact/0035g00000KpQrSAAV/view',
    {
      system: 'salesforce',
      objectType: 'Contact',
      recordId: '0035g00000KpQrSAAV',
      name: 'Marcus Holt',
      email: 'marcus.holt@example.org',
      phone: '+1 212 555 0199',
      company: 'Harbor Freight Co-op',
      owner: 'Priya Natarajan',
    },
  ],
  [
    // The customer the e2e tests link to an X author of the demo site (Priya Raman).
    'acme.lightning.force.com',
    'lightning/r/Contact/0035g00000PrYaRAAV/view.html',
    'https://acme.lightning.force.com/lightning/r/Contact/0035g00000PrYaRAAV/view',
    {
      system: 'salesforce',
      objectType: 'Contact',
      recordId: '0035g00000PrYaRAAV',
      name: 'Priya Raman',
      email: 'priya.raman@example.com',
      phone: '+1 415 555 0177',
      company: 'Lakeside Travel',
      owner: 'Priya Natarajan',
    },
  ],
  [
    'app.hubspot.com',
    'contacts/4455667/record/0-1/51234567801.html',
    'https://app.hubspot.com/contacts/4455667/record/0-1/51234567801',
    {
      system: 'hubspot',
      objectType: 'contact',
      recordId: '51234567801',
      ...DANA,
      phone: '+1 415-555-0134',
    },
  ],
  [
    'acme.zendesk.com',
    'agent/tickets/4821.html',
    'https://acme.zendesk.com/agent/tickets/4821',
    { system: 'zendesk', objectType: 'ticket', recordId: '4821', ...DANA, owner: null },
  ],
  [
    'acme.crm.dynamics.com',
    'main.aspx',
    'https://acme.crm.dynamics.com/main.aspx?appid=5a1f8e0c-2b3d-4e5f-8a9b-0c1d2e3f4a5b&pagetype=entityrecord&etn=contact&id=3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    {
      system: 'dynamics',
      objectType: 'contact',
      recordId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      ...DANA,
    },
  ],
  [
    'acme.freshdesk.com',
    'a/tickets/1187.html',
    'https://acme.freshdesk.com/a/tickets/1187',
    { system: 'freshdesk', objectType: 'ticket', recordId: '1187', ...DANA },
  ],
  [
    'crm.zoho.eu',
    'crm/org20071234/tab/Contacts/5540000000123456.html',
    'https://crm.zoho.eu/crm/org20071234/tab/Contacts/5540000000123456',
    { system: 'zoho', objectType: 'Contacts', recordId: '5540000000123456', ...DANA },
  ],
];

describe('demo CRM pages', () => {
  it.each(PAGES)('%s/%s reads through its adapter', (host, file, href, expected) => {
    const { doc, url } = loadDemoPage(host, file, href);
    const record = crmAdapterFor(url)?.readRecord(doc, url);
    expect(record).toEqual({ url: url.href, ...expected });
  });

  it('the console demo switches to the other tab as the console does', () => {
    const { doc } = loadDemoPage(
      'acme.lightning.force.com',
      'lightning/r/Contact/0035g00000KpQrSAAV/view.html',
      'https://acme.lightning.force.com/lightning/r/Contact/0035g00000KpQrSAAV/view',
    );
    // What demo/console.js does on a click of the "Dana Reyes" tab (the URL changes too).
    for (const tab of doc.querySelectorAll('[role="tab"][data-tab]')) {
      tab.setAttribute('aria-selected', String(tab.getAttribute('data-tab') === 'dana'));
    }
    for (const body of doc.querySelectorAll('section.tabContent[data-tab]')) {
      body.classList.toggle('slds-hide', body.getAttribute('data-tab') !== 'dana');
    }
    const url = new URL(
      'https://acme.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view',
    );
    expect(crmAdapterFor(url)?.readRecord(doc, url)).toMatchObject({
      recordId: '0035g00000AbCdEAAV',
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      company: 'Northwind Outfitters',
    });
  });
});
