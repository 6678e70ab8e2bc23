/**
 * The Zendesk adapter against hand-made pages (test/fixtures/zendesk/, each following
 * notes/site-dom.md §8): refs from agent URLs, the active ticket's requester among mounted
 * panes, user pages, nothing while the panes lag the URL, never a throw.
 */
import { describe, expect, it } from 'vitest';
import { zendeskAdapter as zd } from '../../lib/crm/zendesk';
import { docOf, exercise, junkHtml, loadCrmPage } from './crm-support';

const ref = (href: string) => zd.recordRef(new URL(href));

describe('zendesk URLs', () => {
  it.each([
    ['https://acme.zendesk.com/agent/tickets/4821', 'ticket', '4821'],
    ['https://acme.zendesk.com/agent/tickets/4821/events', 'ticket', '4821'],
    ['https://acme.zendesk.com/agent/users/90112233/requested_tickets', 'user', '90112233'],
    ['https://support-eu.zendesk.com/agent/organizations/361', 'organization', '361'],
  ])('%s -> %s %s', (href, objectType, recordId) => {
    expect(ref(href)).toEqual({ system: 'zendesk', objectType, recordId, url: href });
  });

  it.each([
    'https://acme.zendesk.com/agent/dashboard',
    'https://acme.zendesk.com/agent/filters/360001',
    'https://acme.zendesk.com/hc/en-us/requests/4821', // the help center, not the agent workspace
    'https://acme.zendesk.com/agent/tickets/new/1',
    'https://acme.zendesk.com.evil.example/agent/tickets/4821',
  ])('%s names no record', (href) => {
    expect(ref(href)).toBeNull();
  });

  it('matches the agent workspace of any subdomain', () => {
    expect(zd.match(new URL('https://acme.zendesk.com/agent/home'))).toBe(true);
    expect(zd.match(new URL('https://acme.zendesk.com/hc/en-us'))).toBe(false);
    expect(zd.hostPatterns).toEqual(['https://*.zendesk.com/*']);
  });
});

describe('zendesk pages', () => {
  const read = (file: string) => {
    const { doc, url } = loadCrmPage('zendesk', file);
    return zd.readRecord(doc, url);
  };

  it("reads the active ticket's requester, not the other pane's or the conversation's", () => {
    expect(read('ticket-two-panes.html')).toEqual({
      system: 'zendesk',
      objectType: 'ticket',
      recordId: '4821',
      url: 'https://acme.zendesk.com/agent/tickets/4821',
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      phone: '+1 415 555 0134',
      company: 'Northwind Outfitters',
      owner: null,
    });
  });

  it('follows the active pane when the agent switches tickets', () => {
    const { doc } = loadCrmPage('zendesk', 'ticket-two-panes.html');
    const [other, current] = Array.from(doc.querySelectorAll('.ticket-panes-grid-layout'));
    other!.setAttribute('data-is-active', 'true');
    current!.setAttribute('data-is-active', 'false');
    for (const tab of doc.querySelectorAll('header [data-entity-id]')) {
      tab.setAttribute('data-selected', String(tab.getAttribute('data-entity-id') === '4790'));
    }
    expect(
      zd.readRecord(doc, new URL('https://acme.zendesk.com/agent/tickets/4790')),
    ).toMatchObject({
      recordId: '4790',
      name: 'Marcus Holt',
      email: 'marcus.holt@example.org',
    });
  });

  it('reads "Name <address>" in the requester field', () => {
    expect(read('ticket-requester-with-email.html')).toMatchObject({
      name: 'Jonas Weber',
      email: 'jonas.weber@example.de',
    });
  });

  it('reads the shown user tab of a user page', () => {
    expect(read('user.html')).toMatchObject({
      objectType: 'user',
      recordId: '90112233',
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      phone: '+1 415 555 0134',
      company: 'Northwind Outfitters',
    });
  });

  it('reads nothing while the panes still show the previous ticket, or off a record', () => {
    expect(read('loading.html')).toBeNull();
    const { doc } = loadCrmPage('zendesk', 'ticket-two-panes.html');
    expect(zd.readRecord(doc, new URL('https://acme.zendesk.com/agent/dashboard'))).toBeNull();
  });

  it('reads nothing when every pane is hidden', () => {
    expect(read('malformed.html')).toBeNull();
  });
});

describe('zendesk never throws', () => {
  it.each(Array.from({ length: 20 }, (_, seed) => seed))('junk page %i', (seed) => {
    for (const path of ['tickets/1', 'users/2', 'organizations/3']) {
      const url = new URL(`https://acme.zendesk.com/agent/${path}`);
      expect(() => exercise(zd, docOf(junkHtml(seed)), url)).not.toThrow();
    }
  });
  // Found by the fuzz test (test/dom/fuzz): 14 s on this field before; the test's timeout
  // is the hang detector, the record is what is checked.
  it('reads a requester field of 120,000 characters in time, the name clipped', () => {
    const doc = docOf(
      '<div class="ticket-panes-grid-layout" data-is-active="true">' +
        `<div data-test-id="ticket-system-field-requester-select">${'x'.repeat(120_000)}</div></div>`,
    );
    expect(zd.readRecord(doc, new URL('https://acme.zendesk.com/agent/tickets/1'))).toMatchObject({
      name: 'x'.repeat(200),
      email: null,
    });
  });
  it('on an empty body', () => {
    expect(exercise(zd, docOf(''), new URL('https://acme.zendesk.com/agent/tickets/1'))).toBeNull();
  });
});
