/**
 * The Freshdesk adapter against hand-made pages (test/fixtures/freshdesk/, following
 * notes/site-dom.md §8, which has URLs and only a 2021 DOM source: the fields are read by
 * heuristics, tested here on invented but plausible markup).
 */
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter as fd } from '../../lib/crm/freshdesk';
import { docOf, exercise, junkHtml, loadCrmPage } from './crm-support';

const ref = (href: string) => fd.recordRef(new URL(href));

describe('freshdesk URLs', () => {
  it.each([
    ['https://acme.freshdesk.com/a/tickets/1187', 'ticket', '1187'],
    ['https://acme.freshdesk.com/a/tickets/1187/edit', 'ticket', '1187'],
    ['https://acme.freshdesk.com/a/contacts/48002211', 'contact', '48002211'],
  ])('%s -> %s %s', (href, objectType, recordId) => {
    expect(ref(href)).toEqual({ system: 'freshdesk', objectType, recordId, url: href });
  });

  it.each([
    'https://acme.freshdesk.com/a/tickets',
    'https://acme.freshdesk.com/a/tickets/filters/all_tickets',
    'https://acme.freshdesk.com/support/tickets/1187', // the customer portal
    'https://acme.freshdesk.com.evil.example/a/tickets/1187',
  ])('%s names no record', (href) => {
    expect(ref(href)).toBeNull();
  });
});

describe('freshdesk pages', () => {
  const read = (file: string) => {
    const { doc, url } = loadCrmPage('freshdesk', file);
    return fd.readRecord(doc, url);
  };

  it("reads a ticket's requester from the contact link and the email beside it", () => {
    expect(read('ticket.html')).toEqual({
      system: 'freshdesk',
      objectType: 'ticket',
      recordId: '1187',
      url: 'https://acme.freshdesk.com/a/tickets/1187',
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      phone: '+1 415 555 0134',
      company: 'Northwind Outfitters',
      owner: 'Priya Natarajan',
    });
  });

  it('reads a contact page from the breadcrumb and labelled fields, not the activity', () => {
    expect(read('contact.html')).toMatchObject({
      objectType: 'contact',
      recordId: '48002211',
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      phone: '+1 415 555 0134',
      company: 'Northwind Outfitters',
      owner: null,
    });
  });

  it('reads nothing from a skeleton or a malformed page', () => {
    expect(read('loading.html')).toBeNull();
    expect(read('malformed.html')).toBeNull();
  });
});

describe('freshdesk never throws', () => {
  it.each(Array.from({ length: 20 }, (_, seed) => seed))('junk page %i', (seed) => {
    for (const path of ['tickets/1', 'contacts/2']) {
      const url = new URL(`https://acme.freshdesk.com/a/${path}`);
      expect(() => exercise(fd, docOf(junkHtml(seed)), url)).not.toThrow();
    }
  });
  it('on an empty body', () => {
    expect(exercise(fd, docOf(''), new URL('https://acme.freshdesk.com/a/tickets/1'))).toBeNull();
  });
});
