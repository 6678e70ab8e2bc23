/**
 * The Dynamics 365 adapter against hand-made pages (test/fixtures/dynamics/, each following
 * notes/site-dom.md §8): refs from main.aspx query or hash (GUIDs made one form), fields of
 * contact and case forms, hidden sessions skipped, nothing for unsaved or loading forms.
 */
import { describe, expect, it } from 'vitest';
import { dynamicsAdapter as dyn } from '../../lib/crm/dynamics';
import { docOf, exercise, junkHtml, loadCrmPage } from './crm-support';

const APP = 'appid=5a1f8e0c-2b3d-4e5f-8a9b-0c1d2e3f4a5b';
const GUID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const ref = (href: string) => dyn.recordRef(new URL(href));

describe('dynamics URLs', () => {
  it.each([
    [
      `https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=entityrecord&etn=contact&id=${GUID}`,
      'contact',
    ],
    [
      `https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=entityrecord&etn=contact&id=%7B${GUID.toUpperCase()}%7D`,
      'contact',
    ],
    [
      `https://acme.crm4.dynamics.com/main.aspx?${APP}#pagetype=entityrecord&etn=incident&id=${GUID}`,
      'incident',
    ],
    [
      `https://acme.crm11.dynamics.com/main.aspx?etn=Lead&pagetype=EntityRecord&id={${GUID}}`,
      'lead',
    ],
    [`https://acme.crm.dynamics.com/main.aspx?etn=account&id=${GUID}`, 'account'],
  ])('%s -> %s', (href, objectType) => {
    expect(ref(href)).toEqual({
      system: 'dynamics',
      objectType,
      recordId: GUID,
      url: new URL(href).href,
    });
  });

  it.each([
    `https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=entitylist&etn=contact`,
    `https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=entityrecord&etn=contact`, // unsaved
    `https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=entityrecord&etn=contact&id=not-a-guid`,
    `https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=dashboard`,
    `https://acme.crm.dynamics.com/other.aspx?etn=contact&id=${GUID}`,
    `https://acme.dynamics.com/main.aspx?etn=contact&id=${GUID}`,
    `https://acme.crm.dynamics.com.evil.example/main.aspx?etn=contact&id=${GUID}`,
  ])('%s names no record', (href) => {
    expect(ref(href)).toBeNull();
  });
});

describe('dynamics record forms', () => {
  const read = (file: string) => {
    const { doc, url } = loadCrmPage('dynamics', file);
    return dyn.readRecord(doc, url);
  };

  it('reads a contact form (first and last name, the lookups), not the site map mailto', () => {
    expect(read('contact.html')).toEqual({
      system: 'dynamics',
      objectType: 'contact',
      recordId: GUID,
      url: `https://acme.crm.dynamics.com/main.aspx?${APP}&pagetype=entityrecord&etn=contact&id=%7B3F2504E0-4F89-11D3-9A0C-0305E82C3301%7D`,
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      phone: '+1 415 555 0134',
      company: 'Northwind Outfitters',
      owner: 'Priya Natarajan',
    });
  });

  it('reads a case (incident, ids in the hash) as its contact, skipping the hidden session', () => {
    expect(read('incident-hash.html')).toMatchObject({
      objectType: 'incident',
      recordId: '9c8b7a65-4321-4fed-cba9-876543210fed',
      name: 'Dana Reyes',
      email: null,
      company: 'Northwind Outfitters',
      owner: 'Priya Natarajan',
    });
  });

  it('reads the live value of a control, which the app sets without the attribute', () => {
    const { doc, url } = loadCrmPage('dynamics', 'loading.html');
    const email = doc.querySelector<HTMLInputElement>('[data-id^="emailaddress1.fieldControl"]')!;
    email.value = 'Dana.Reyes@example.com';
    doc.querySelector<HTMLInputElement>('[data-id^="firstname.fieldControl"]')!.value = 'Dana';
    expect(email.getAttribute('value')).toBe('');
    expect(dyn.readRecord(doc, url)).toMatchObject({
      name: 'Dana',
      email: 'dana.reyes@example.com',
    });
  });

  it('reads nothing for an unsaved record, a loading form, or a malformed one', () => {
    expect(read('new-record.html')).toBeNull();
    expect(read('loading.html')).toBeNull();
    expect(read('malformed.html')).toBeNull();
  });
});

describe('dynamics never throws', () => {
  it.each(Array.from({ length: 20 }, (_, seed) => seed))('junk page %i', (seed) => {
    for (const etn of ['contact', 'account', 'incident', 'lead']) {
      const url = new URL(`https://acme.crm.dynamics.com/main.aspx?etn=${etn}&id=${GUID}`);
      expect(() => exercise(dyn, docOf(junkHtml(seed)), url)).not.toThrow();
    }
  });
  it('on an empty body', () => {
    expect(
      exercise(
        dyn,
        docOf(''),
        new URL(`https://acme.crm.dynamics.com/main.aspx?etn=contact&id=${GUID}`),
      ),
    ).toBeNull();
  });
});
