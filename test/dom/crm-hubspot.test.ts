/**
 * The HubSpot adapter against hand-made pages (test/fixtures/hubspot/, each following
 * notes/site-dom.md §8): refs on every region's host, contacts, companies and tickets,
 * nothing before the highlight card is drawn, never a throw.
 */
import { describe, expect, it } from 'vitest';
import { hubspotAdapter as hs } from '../../lib/crm/hubspot';
import { docOf, exercise, junkHtml, loadCrmPage } from './crm-support';

const ref = (href: string) => hs.recordRef(new URL(href));

describe('hubspot URLs', () => {
  it.each([
    ['https://app.hubspot.com/contacts/4455667/record/0-1/51234567801', 'contact', '51234567801'],
    [
      'https://app-eu1.hubspot.com/contacts/26001122/record/0-2/9988776655/',
      'company',
      '9988776655',
    ],
    [
      'https://app-na2.hubspot.com/contacts/7001234/record/0-5/31415926/view/1',
      'ticket',
      '31415926',
    ],
    ['https://app.hubspot.com/contacts/4455667/record/0-3/777', 'deal', '777'],
    ['https://app-ap1.hubspot.com/contacts/4455667/record/2-1234567/888', '2-1234567', '888'],
    // legacy forms
    ['https://app.hubspot.com/contacts/4455667/contact/51234567801/', 'contact', '51234567801'],
    ['https://app.hubspot.com/contacts/4455667/ticket/31415926', 'ticket', '31415926'],
  ])('%s -> %s %s', (href, objectType, recordId) => {
    expect(ref(href)).toEqual({ system: 'hubspot', objectType, recordId, url: href });
  });

  it.each([
    'https://app.hubspot.com/contacts/4455667/objects/0-1/views/all/list',
    'https://app.hubspot.com/reports-dashboard/4455667',
    'https://app.hubspot.com/contacts/4455667/record/0-9/1', // not an object type we know
    'https://www.hubspot.com/contacts/4455667/record/0-1/1', // the marketing site
    'https://app.hubspot.com.evil.example/contacts/4455667/record/0-1/1',
    'http://app.hubspot.com/contacts/4455667/record/0-1/1',
  ])('%s names no record', (href) => {
    expect(ref(href)).toBeNull();
  });

  it('asks for hubspot.com hosts, matches only the app hosts', () => {
    expect(hs.hostPatterns).toContain('https://app.hubspot.com/*');
    expect(hs.match(new URL('https://app-eu1.hubspot.com/'))).toBe(true);
    expect(hs.match(new URL('https://knowledge.hubspot.com/'))).toBe(false);
  });
});

describe('hubspot record pages', () => {
  const read = (file: string) => {
    const { doc, url } = loadCrmPage('hubspot', file);
    return hs.readRecord(doc, url);
  };

  it('reads a contact from its highlight card, not the nav or the timeline', () => {
    expect(read('contact.html')).toEqual({
      system: 'hubspot',
      objectType: 'contact',
      recordId: '51234567801',
      url: 'https://app.hubspot.com/contacts/4455667/record/0-1/51234567801',
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      phone: '+1 415-555-0134',
      company: 'Northwind Outfitters',
      owner: 'Priya Natarajan',
    });
  });

  it('reads a company on the EU host, not its associated contacts', () => {
    expect(read('company.html')).toMatchObject({
      objectType: 'company',
      recordId: '9988776655',
      name: 'Bluefin Logistics',
      company: 'Bluefin Logistics',
      email: null,
      phone: '+31 20 555 0190',
      owner: 'Lena Vogel',
    });
  });

  it("reads a ticket as its contact (name and that card's email), not the subject", () => {
    expect(read('ticket.html')).toMatchObject({
      objectType: 'ticket',
      recordId: '31415926',
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      owner: 'Priya Natarajan',
    });
  });

  it('reads nothing before the card is drawn, or off a record page', () => {
    expect(read('loading.html')).toBeNull();
    const { doc } = loadCrmPage('hubspot', 'contact.html');
    expect(
      hs.readRecord(
        doc,
        new URL('https://app.hubspot.com/contacts/4455667/objects/0-1/views/all/list'),
      ),
    ).toBeNull();
  });

  it('reads nothing from a card with an empty title and no address', () => {
    expect(read('malformed.html')).toBeNull();
  });
});

describe('hubspot never throws', () => {
  const url = new URL('https://app.hubspot.com/contacts/1/record/0-5/2');
  it.each(Array.from({ length: 20 }, (_, seed) => seed))('junk page %i', (seed) => {
    for (const type of ['0-1', '0-2', '0-5']) {
      expect(() =>
        exercise(
          hs,
          docOf(junkHtml(seed)),
          new URL(`https://app.hubspot.com/contacts/1/record/${type}/2`),
        ),
      ).not.toThrow();
    }
  });
  it('on an empty body', () => {
    expect(exercise(hs, docOf(''), url)).toBeNull();
  });
});
