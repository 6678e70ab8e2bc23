/**
 * Freshdesk tickets and contacts. notes/site-dom.md §8 gives the URLs and, for the DOM,
 * only a 2021 source (toggl freshdesk.js: .ticket-subject-heading, .breadcrumb__item.active)
 * of low confidence. So, 2026-11-22: the record comes from the URL, and the fields from
 * heuristics that need no class names: on a ticket, the requester is the first shown link
 * to a contact (/a/contacts/<id>) and the email shown nearest it; on a contact page, the
 * active breadcrumb or the heading, and labelled fields. Expect to revisit with real pages.
 */
import { CRM_LABELS } from '../db/constants';
import {
  deepScope,
  emailOf,
  fieldText,
  isPlainHttps,
  labelledValue,
  nearestEmail,
  recordOf,
  refOf,
  safely,
  shownAll,
  textOf,
  type Alternatives,
  type Scope,
} from './read';
import type { CrmAdapter, CrmRecord, CrmRecordRef } from './types';

const HOST = /^[a-z0-9][a-z0-9-]{0,62}\.freshdesk\.com$/;
// §8: /a/tickets/<id>, /a/contacts/<id>.
const PATH = /^\/a\/(tickets|contacts)\/(\d{1,20})(?:\/|$)/;

const CONTACT_LINK = 'a[href*="/a/contacts/"]';
// 2021 toggl freshdesk.js (§8, low confidence): the current page in the breadcrumb; then headings.
const CONTACT_NAME: Alternatives = ['.breadcrumb__item.active', 'h1', 'h2'];
/** Navigation and the conversation: not the record's fields (hint, 2026-11-22). */
const NOT_RECORD = 'nav, header, [role="navigation"], [role="log"], .conversation, article';

const EMAIL_LABEL = /^(primary )?e-?mail( address)?:?$/i;
const PHONE_LABEL = /^(work |mobile )?phone:?$/i;
const COMPANY_LABEL = /^company:?$/i;
const AGENT_LABEL = /^agent:?$/i;

function match(url: URL): boolean {
  return isPlainHttps(url) && HOST.test(url.hostname) && url.pathname.startsWith('/a/');
}

function recordRef(url: URL): CrmRecordRef | null {
  const found = match(url) ? PATH.exec(url.pathname) : null;
  if (!found?.[1] || !found[2]) return null;
  return refOf('freshdesk', found[1] === 'tickets' ? 'ticket' : 'contact', found[2], url);
}

const labelled = (scope: Scope, label: RegExp) => textOf(labelledValue(scope, label, NOT_RECORD));

function readTicket(scope: Scope): Partial<CrmRecord> {
  const contact = shownAll(scope, [CONTACT_LINK]).find((link) => !link.closest(NOT_RECORD));
  return {
    name: textOf(contact),
    email:
      nearestEmail(contact ?? null, CONTACT_LINK) ??
      emailOf(labelledValue(scope, EMAIL_LABEL, NOT_RECORD)),
    phone: labelled(scope, PHONE_LABEL),
    company: labelled(scope, COMPANY_LABEL),
    owner: labelled(scope, AGENT_LABEL),
  };
}

function readContact(scope: Scope): Partial<CrmRecord> {
  return {
    name: fieldText(scope, CONTACT_NAME, 200),
    email: emailOf(labelledValue(scope, EMAIL_LABEL, NOT_RECORD)),
    phone: labelled(scope, PHONE_LABEL),
    company: labelled(scope, COMPANY_LABEL),
  };
}

function readRecord(doc: Document, url: URL): CrmRecord | null {
  return safely(() => {
    const ref = recordRef(url);
    if (!ref) return null;
    const scope = deepScope(doc);
    return recordOf(ref, ref.objectType === 'ticket' ? readTicket(scope) : readContact(scope));
  });
}

export const freshdeskAdapter: CrmAdapter = {
  id: 'freshdesk',
  name: CRM_LABELS.freshdesk,
  hostPatterns: ['https://*.freshdesk.com/*'],
  match,
  recordRef,
  readRecord,
};
