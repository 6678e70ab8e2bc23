/**
 * Zendesk agent workspace: the active ticket's requester, and user (and organization)
 * pages. Facts from notes/site-dom.md §8: the URL forms; several ticket tabs stay mounted,
 * the active pane is .ticket-panes-grid-layout[data-is-active="true"] and the tab strip
 * marks the selected ticket (toggl zendesk.js, 2024-10); the requester field's testid is
 * unattributed (a hint). §8 names no hook for emails or user pages: those are read by the
 * heuristics of read.ts (labelled fields, mailto links, the heading), 2026-11-22.
 */
import { CRM_LABELS } from '../db/constants';
import {
  deepScope,
  emailIn,
  emailOf,
  isPlainHttps,
  isShown,
  labelledValue,
  queryAll,
  recordOf,
  refOf,
  safely,
  shownAll,
  shownFirst,
  textOf,
  type Alternatives,
  type Scope,
} from './read';
import type { CrmAdapter, CrmRecord, CrmRecordRef } from './types';

const HOST = /^[a-z0-9][a-z0-9-]{0,62}\.zendesk\.com$/;
// §8: /agent/tickets/<id>, /agent/users/<id>, /agent/organizations/<id> (and their sub-tabs).
const PATH = /^\/agent\/(tickets|users|organizations)\/(\d{1,20})(?:\/|$)/;
const OBJECT_TYPES: Record<string, string> = {
  tickets: 'ticket',
  users: 'user',
  organizations: 'organization',
};

// 2024-10 toggl zendesk.js (§8): every open ticket has a pane; the one on screen says so.
const PANE = '.ticket-panes-grid-layout';
const ACTIVE_PANE: Alternatives = [`${PANE}[data-is-active="true"]`];
// Same source: the tab strip; the selected tab carries the ticket id.
const SELECTED_TAB: Alternatives = ['header div[data-selected="true"][data-entity-id]'];
// Unattributed (§8, §12): the requester field of the ticket's system fields.
const REQUESTER: Alternatives = ['[data-test-id="ticket-system-field-requester-select"]'];
// User and organization tabs (hint, 2026-11-22): the page marks the active one the same way.
const ACTIVE_SECTION: Alternatives = ['[data-is-active="true"]'];
const HEADING: Alternatives = ['h1', '[role="heading"][aria-level="1"]'];

/** The conversation: addresses in comments are not the requester's (hint, 2026-11-22). */
const CONVERSATION = '[role="log"], [data-test-id^="omni-log"], article';
const EMAIL_LABEL = /^(primary )?e-?mail( address)?:?$/i;
const PHONE_LABEL = /^(phone|direct line|mobile):?$/i;
const ORG_LABEL = /^(organi[sz]ation|company):?$/i;
/** Characters of the requester field searched for the name (a name and an address fit). */
const REQUESTER_READ = 2000;

function match(url: URL): boolean {
  return isPlainHttps(url) && HOST.test(url.hostname) && url.pathname.startsWith('/agent');
}

function recordRef(url: URL): CrmRecordRef | null {
  const found = match(url) ? PATH.exec(url.pathname) : null;
  const type = found?.[1] ? OBJECT_TYPES[found[1]] : undefined;
  return type && found?.[2] ? refOf('zendesk', type, found[2], url) : null;
}

/**
 * The pane of the ticket on screen: the one marked active, else the only one shown; none
 * when the tab strip has another ticket selected (the URL moved on, the panes not yet).
 */
function ticketScope(doc: Document, ticketId: string): Scope | null {
  const page = deepScope(doc);
  const tab = shownFirst(page, SELECTED_TAB);
  if (tab && tab.getAttribute('data-entity-id') !== ticketId) return null;
  const active = shownFirst(page, ACTIVE_PANE);
  if (active) return deepScope(active);
  const shown = queryAll(page, PANE).filter(isShown);
  if (shown.length === 1 && shown[0]) return deepScope(shown[0]);
  return queryAll(page, PANE).length === 0 ? page : null;
}

/** The field beside a label, outside the conversation. */
const labelled = (scope: Scope, label: RegExp) => labelledValue(scope, label, CONVERSATION);

/** The first shown mailto outside the conversation. */
function ownMailto(scope: Scope): string | null {
  const links = shownAll(scope, ['a[href^="mailto:"]']);
  return emailOf(links.find((link) => !link.closest(CONVERSATION)) ?? null);
}

function readTicket(scope: Scope): Partial<CrmRecord> {
  const requester = textOf(shownFirst(scope, REQUESTER));
  // The field may show "Name <address>"; the name is what comes before the address. Only
  // the field's start is searched: the regex is quadratic on a long run of text (14 s on
  // 120,000 characters, found by the fuzz test, test/dom/fuzz), and names are clipped to
  // CRM_LIMITS.name (200) anyway.
  const name = requester
    .slice(0, REQUESTER_READ)
    .replace(/<[^>]*>|\S+@\S+/g, '')
    .trim();
  return {
    name,
    email: emailIn(requester) ?? emailOf(labelled(scope, EMAIL_LABEL)) ?? ownMailto(scope),
    phone: textOf(labelled(scope, PHONE_LABEL)),
    company: textOf(labelled(scope, ORG_LABEL)),
  };
}

function readPerson(doc: Document, objectType: string): Partial<CrmRecord> | null {
  const page = deepScope(doc);
  const section = shownFirst(page, ACTIVE_SECTION);
  const scope = section ? deepScope(section) : page;
  const name = textOf(shownFirst(scope, HEADING));
  if (objectType === 'organization') return { name, company: name };
  return {
    name,
    email: emailOf(labelled(scope, EMAIL_LABEL)) ?? ownMailto(scope),
    phone: textOf(labelled(scope, PHONE_LABEL)),
    company: textOf(labelled(scope, ORG_LABEL)),
  };
}

function readRecord(doc: Document, url: URL): CrmRecord | null {
  return safely(() => {
    const ref = recordRef(url);
    if (!ref?.recordId) return null;
    if (ref.objectType !== 'ticket') {
      const fields = readPerson(doc, ref.objectType);
      return fields ? recordOf(ref, fields) : null;
    }
    const scope = ticketScope(doc, ref.recordId);
    return scope ? recordOf(ref, readTicket(scope)) : null;
  });
}

export const zendeskAdapter: CrmAdapter = {
  id: 'zendesk',
  name: CRM_LABELS.zendesk,
  hostPatterns: ['https://*.zendesk.com/*'],
  match,
  recordRef,
  readRecord,
};
