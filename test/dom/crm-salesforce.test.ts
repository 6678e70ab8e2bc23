/**
 * The Salesforce Lightning adapter against hand-made pages (test/fixtures/salesforce/, each
 * following notes/site-dom.md §8): record refs from URLs, fields per object type, only the
 * active console tab, shadow roots, nothing on pages without a record, never a throw.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { salesforceAdapter as sf } from '../../lib/crm/salesforce';
import { salesforceId18 } from '../../lib/crm/salesforce-urls';
import { docOf, exercise, junkHtml, loadCrmPage } from './crm-support';
import { FIXTURES_DIR } from './fixtures';

const ref = (href: string) => sf.recordRef(new URL(href));
const DANA = '0035g00000AbCdEAAV';

describe('salesforce URLs', () => {
  it.each([
    [
      'https://acme.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view',
      'Contact',
      DANA,
    ],
    // a 15-character id is made the 18-character one, so both forms are one record
    ['https://acme.lightning.force.com/lightning/r/Contact/0035g00000AbCdE/view', 'Contact', DANA],
    [
      'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000XyZwVEAV/view',
      'Lead',
      '00Q5g00000XyZwVEAV',
    ],
    [
      'https://acme.lightning.force.com/lightning/r/Account/0015g00000QrStUAAV/related/Contacts/view',
      'Account',
      '0015g00000QrStUAAV',
    ],
    [
      'https://acme.lightning.force.com/lightning/r/Case/5005g00000LmNoPAAV/view?ws=%2Flightning%2Fr%2FCase%2Fx',
      'Case',
      '5005g00000LmNoPAAV',
    ],
    [
      'https://acme.lightning.force.com/lightning/r/Custom_Object__c/a0B5g00000ZzYyX/view',
      'Custom_Object__c',
      salesforceId18('a0B5g00000ZzYyX'),
    ],
    [
      'https://acme--uat.sandbox.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/edit',
      'Contact',
      DANA,
    ],
    [
      'https://agency.lightning.force.mil/lightning/r/Contact/0035g00000AbCdEAAV/view',
      'Contact',
      DANA,
    ],
    // one.app: the object comes from the id's key prefix
    ['https://acme.lightning.force.com/one/one.app#/sObject/0035g00000AbCdE/view', 'Contact', DANA],
    [
      'https://acme.lightning.force.com/one/one.app#%2FsObject%2F00Q5g00000XyZwV%2Fview',
      'Lead',
      '00Q5g00000XyZwVEAV',
    ],
    [
      'https://acme.lightning.force.com/one/one.app#/sObject/a0B5g00000ZzYyX',
      'Record',
      salesforceId18('a0B5g00000ZzYyX'),
    ],
  ])('%s -> %s %s', (href, objectType, recordId) => {
    expect(ref(href)).toEqual({
      system: 'salesforce',
      objectType,
      recordId,
      url: new URL(href).href,
    });
  });

  it.each([
    'https://acme.lightning.force.com/lightning/page/home',
    'https://acme.lightning.force.com/lightning/o/Contact/list?filterName=Recent',
    'https://acme.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAA/view', // bad checksum
    'https://acme.lightning.force.com/lightning/r/Contact/0035g00000AbCd/view', // 14 characters
    'https://acme.lightning.force.com/one/one.app#/home',
    'https://acme.lightning.force.com:8443/lightning/r/Contact/0035g00000AbCdEAAV/view',
    'http://acme.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view',
    'https://lightning.force.com.evil.example/lightning/r/Contact/0035g00000AbCdEAAV/view',
    'https://acme.my.salesforce.com/0035g00000AbCdE', // Classic: not handled
  ])('%s names no record', (href) => {
    expect(ref(href)).toBeNull();
  });

  it('makes 18-character ids (the documented example, and its own checksum)', () => {
    expect(salesforceId18('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
    expect(salesforceId18('001A0000006Vm9rIAC')).toBe('001A0000006Vm9rIAC');
    expect(salesforceId18('001A0000006Vm9rIAD')).toBeNull();
    expect(salesforceId18('001A0000006Vm9-')).toBeNull();
  });

  it('matches Lightning hosts only, and asks for them as host patterns', () => {
    expect(sf.match(new URL('https://acme.lightning.force.com/lightning/page/home'))).toBe(true);
    expect(sf.match(new URL('https://x.com/home'))).toBe(false);
    expect(sf.hostPatterns).toContain('https://*.lightning.force.com/*');
  });
});

describe('salesforce record pages', () => {
  const read = (file: string) => {
    const { doc, url } = loadCrmPage('salesforce', file);
    return sf.readRecord(doc, url);
  };

  it('reads a Contact, its details layout inside a shadow root, not the header mailto', () => {
    expect(read('contact.html')).toEqual({
      system: 'salesforce',
      objectType: 'Contact',
      recordId: DANA,
      url: `https://acme.lightning.force.com/lightning/r/Contact/${DANA}/view`,
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      phone: '+1 415 555 0134',
      company: 'Northwind Outfitters',
      owner: 'Priya Natarajan',
    });
  });

  it('reads a Lead with its Company field, not the activity mailto', () => {
    expect(read('lead.html')).toMatchObject({
      objectType: 'Lead',
      name: 'Omar Haddad',
      email: 'omar.haddad@bluefin.example',
      phone: '+44 20 7946 0321',
      company: 'Bluefin Logistics',
      owner: 'Priya Natarajan',
    });
  });

  it('reads an Account: the account is both the name and the company; no email', () => {
    expect(read('account.html')).toMatchObject({
      objectType: 'Account',
      name: 'Northwind Outfitters',
      company: 'Northwind Outfitters',
      email: null,
      phone: '(415) 555-0100',
      owner: 'Priya Natarajan',
    });
  });

  it('reads a Case as its contact: name, email, phone and account, not the subject', () => {
    expect(read('case.html')).toMatchObject({
      objectType: 'Case',
      recordId: '5005g00000LmNoPAAV',
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      phone: '+1 415 555 0134',
      company: 'Northwind Outfitters',
      owner: 'Priya Natarajan',
    });
  });

  it('reads only the active console tab (the hidden one comes first)', () => {
    const { doc, url } = loadCrmPage('salesforce', 'console-two-tabs.html');
    expect(sf.readRecord(doc, url)).toMatchObject({
      recordId: DANA,
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      phone: null,
      company: 'Northwind Outfitters',
    });
    // When the agent switches tabs, the other one is read (at its URL, its tab selected).
    const [hidden, active] = Array.from(doc.querySelectorAll('section.tabContent'));
    hidden!.classList.remove('slds-hide');
    active!.classList.add('slds-hide');
    for (const tab of doc.querySelectorAll('[role="tab"]')) {
      tab.setAttribute('aria-selected', String(tab.textContent === 'Marcus Holt'));
    }
    const marcus = new URL(
      'https://acme.lightning.force.com/lightning/r/Contact/0035g00000KpQrSAAV/view',
    );
    expect(sf.readRecord(doc, marcus)).toMatchObject({
      name: 'Marcus Holt',
      email: 'marcus.holt@example.org',
    });
    // Every tab hidden (a tab being drawn): nothing, rather than a guess.
    hidden!.setAttribute('hidden', '');
    expect(sf.readRecord(doc, marcus)).toBeNull();
  });

  it('reads nothing while the tab strip has another record selected than the URL', () => {
    const { doc } = loadCrmPage('salesforce', 'console-two-tabs.html');
    // The agent opened a third record: the URL changed, the tabs have not caught up yet.
    const third = new URL(
      'https://acme.lightning.force.com/lightning/r/Contact/0035g00000MnBvCAAV/view',
    );
    expect(sf.readRecord(doc, third)).toBeNull();
    // A workspace (ws=) tab selected beside the subtab of the URL's record is fine.
    const caseTab = doc.createElement('a');
    caseTab.setAttribute('role', 'tab');
    caseTab.setAttribute('aria-selected', 'true');
    caseTab.setAttribute('href', '/lightning/r/Case/5005g00000LmNoPAAV/view');
    doc.querySelector('[role="tablist"]')!.prepend(caseTab);
    const { url } = loadCrmPage('salesforce', 'console-two-tabs.html');
    expect(sf.readRecord(doc, url)).toMatchObject({ name: 'Dana Reyes' });
  });

  it('reads nothing while the record is loading, or on a page without a record', () => {
    expect(read('loading.html')).toBeNull();
    const { doc } = loadCrmPage('salesforce', 'contact.html');
    expect(
      sf.readRecord(doc, new URL('https://acme.lightning.force.com/lightning/page/home')),
    ).toBeNull();
    expect(
      sf.readRecord(
        doc,
        new URL('https://example.com/lightning/r/Contact/0035g00000AbCdEAAV/view'),
      ),
    ).toBeNull();
  });

  it('reads no invented field from malformed markup', () => {
    const record = read('malformed.html');
    expect(record?.email ?? null).toBeNull();
    expect(record?.phone ?? null).toBeNull();
  });
});

describe('salesforce never throws', () => {
  const url = new URL(`https://acme.lightning.force.com/lightning/r/Case/5005g00000LmNoPAAV/view`);
  it.each(Array.from({ length: 20 }, (_, seed) => seed))('junk page %i', (seed) => {
    expect(() => exercise(sf, docOf(junkHtml(seed)), url)).not.toThrow();
  });

  it('on an empty body and on every fixture at every record URL', () => {
    exercise(sf, docOf(''), url);
    for (const file of readdirSync(join(FIXTURES_DIR, 'salesforce')).filter((f) =>
      f.endsWith('.html'),
    )) {
      const { doc } = loadCrmPage('salesforce', file);
      for (const type of ['Contact', 'Lead', 'Account', 'Case']) {
        exercise(
          sf,
          doc,
          new URL(`https://acme.lightning.force.com/lightning/r/${type}/${DANA}/view`),
        );
      }
    }
  });
});
