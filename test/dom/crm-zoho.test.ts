/**
 * The Zoho CRM adapter against hand-made pages (test/fixtures/zoho/, following
 * notes/site-dom.md §8, which has the URL and no DOM source: the fields are read by
 * heuristics, tested here on invented but plausible markup).
 */
import { describe, expect, it } from 'vitest';
import { zohoAdapter as zoho } from '../../lib/crm/zoho';
import { docOf, exercise, junkHtml, loadCrmPage } from './crm-support';

const ref = (href: string) => zoho.recordRef(new URL(href));

describe('zoho URLs', () => {
  it.each([
    [
      'https://crm.zoho.eu/crm/org20071234/tab/Contacts/5540000000123456',
      'Contacts',
      '5540000000123456',
    ],
    [
      'https://crm.zoho.com/crm/org60012345/tab/Leads/4876000000234567/',
      'Leads',
      '4876000000234567',
    ],
    ['https://crm.zoho.in/crm/tab/Accounts/1234567890', 'Accounts', '1234567890'],
    ['https://crm.zoho.com.au/crm/org1/tab/Potentials/99999999', 'Potentials', '99999999'],
    // Issue 12: the Case an escalation saves.
    ['https://crm.zoho.eu/crm/org20071234/tab/Cases/5540000000777001', 'Cases', '5540000000777001'],
  ])('%s -> %s %s', (href, objectType, recordId) => {
    expect(ref(href)).toEqual({ system: 'zoho', objectType, recordId, url: href });
  });

  it.each([
    'https://crm.zoho.eu/crm/org20071234/tab/Contacts/custom-view/1/list',
    'https://crm.zoho.eu/crm/org20071234/tab/Home/begin',
    'https://crm.zoho.eu/crm/org20071234/tab/Invoices/5540000000123456',
    'https://mail.zoho.eu/crm/org1/tab/Contacts/5540000000123456',
    'https://crm.zoho.example/crm/org1/tab/Contacts/5540000000123456',
  ])('%s names no record', (href) => {
    expect(ref(href)).toBeNull();
  });

  it('asks for each data centre host', () => {
    expect(zoho.hostPatterns).toContain('https://crm.zoho.eu/*');
    expect(zoho.hostPatterns).toContain('https://crm.zoho.com/*');
  });
});

describe('zoho pages', () => {
  const read = (file: string) => {
    const { doc, url } = loadCrmPage('zoho', file);
    return zoho.readRecord(doc, url);
  };

  it('reads a contact from its labelled fields, not the notes or the top bar', () => {
    expect(read('contact.html')).toEqual({
      system: 'zoho',
      objectType: 'Contacts',
      recordId: '5540000000123456',
      url: 'https://crm.zoho.eu/crm/org20071234/tab/Contacts/5540000000123456',
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      phone: '+1 415 555 0134',
      company: 'Northwind Outfitters',
      owner: 'Priya Natarajan',
    });
  });

  it('reads a lead named by its heading (not the navigation heading)', () => {
    expect(read('lead.html')).toMatchObject({
      objectType: 'Leads',
      name: 'Omar Haddad',
      email: 'omar.haddad@bluefin.example',
      phone: '+44 7700 900321',
      company: 'Bluefin Logistics',
      owner: 'Lena Vogel',
    });
  });

  it('reads nothing before the detail view is drawn, or from a malformed one', () => {
    expect(read('loading.html')).toBeNull();
    expect(read('malformed.html')).toBeNull();
  });
});

describe('zoho never throws', () => {
  it.each(Array.from({ length: 20 }, (_, seed) => seed))('junk page %i', (seed) => {
    const url = new URL('https://crm.zoho.eu/crm/org1/tab/Contacts/123456');
    expect(() => exercise(zoho, docOf(junkHtml(seed)), url)).not.toThrow();
  });
  it('on an empty body', () => {
    expect(
      exercise(zoho, docOf(''), new URL('https://crm.zoho.eu/crm/org1/tab/Leads/123456')),
    ).toBeNull();
  });
});
