/**
 * HubSpot record pages (contacts, companies, deals, tickets) on every region's app host.
 * Facts from notes/site-dom.md §8: the URL forms and object type ids; the highlight card
 * and its title (toggl hubspot.js, 2026-04-03); the email is a mailto in the highlight or
 * About card (a heuristic, §8 says so).
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
  shownFirst,
  textOf,
  type Alternatives,
  type Scope,
} from './read';
import type { CrmAdapter, CrmRecord, CrmRecordRef } from './types';

const LIMIT = 200;

/** app.hubspot.com (na1) and app-<region>.hubspot.com (app-eu1, app-na2, ...). */
const HOST = /^app(?:-[a-z]{2}\d{1,2})?\.hubspot\.com$/;

/** Object type ids in record URLs (§8); custom objects (2-<n>) keep their id as the type. */
const OBJECT_TYPES: Record<string, string> = {
  '0-1': 'contact',
  '0-2': 'company',
  '0-3': 'deal',
  '0-5': 'ticket',
};

// §8: /contacts/<portalId>/record/<objType>/<id>, and the legacy /contacts/<portal>/<object>/<id>.
const RECORD_PATH = /^\/contacts\/(\d{1,12})\/record\/(0-[1235]|2-\d{1,12})\/(\d{1,20})(?:\/|$)/;
const LEGACY_PATH = /^\/contacts\/(\d{1,12})\/(contact|company|deal|ticket)\/(\d{1,20})(?:\/|$)/;

// 2026-04-03 toggl hubspot.js (§8): the card at the top left of a record page.
const HIGHLIGHT: Alternatives = ['[data-card-type="OBJECT_HIGHLIGHT"]'];
// Same source: the record's name in that card.
const TITLE: Alternatives = ['[data-selenium-test="highlightTitle"]'];
// Same source: the lines under the name (a contact's job title and company).
const DETAILS: Alternatives = ['div[data-selenium-test$="-highlight-details"] h3'];
// Same source: associated records; on a ticket, its contact's name.
const CONTACT_CHICKLET: Alternatives = ['[data-selenium-test="contact-chicklet-title-link"]'];
const CHICKLET_ANY = '[data-selenium-test$="-chicklet-title-link"]';
// §8 heuristic: a mailto (or tel) link in the card.
const MAILTO: Alternatives = ['a[href^="mailto:"]'];
const TEL: Alternatives = ['a[href^="tel:"]'];

/** Where the About card's fields are: the page's main region, else the body (2026-11-22). */
const RECORD_AREA: Alternatives = ['main', '[role="main"]', 'body'];

// English fast paths of the About card's labels (§0 rule 2: a fast path only), 2026-11-22.
const EMAIL_LABEL = /^e-?mail:?$/i;
const PHONE_LABEL = /^phone( number)?:?$/i;
const COMPANY_LABEL = /^(company name|company):?$/i;
const OWNER_LABEL = /^(contact|company|deal|ticket|record)? ?owner:?$/i;
// Parts of the page that are not the record: the global nav and the activity timeline.
const NOT_RECORD = 'nav, header, [role="navigation"], [data-test-id*="timeline"]';

function match(url: URL): boolean {
  return isPlainHttps(url) && HOST.test(url.hostname);
}

function recordRef(url: URL): CrmRecordRef | null {
  if (!match(url)) return null;
  const found = RECORD_PATH.exec(url.pathname);
  if (found?.[2] && found[3]) {
    return refOf('hubspot', OBJECT_TYPES[found[2]] ?? found[2], found[3], url);
  }
  const legacy = LEGACY_PATH.exec(url.pathname);
  return legacy?.[2] && legacy[3] ? refOf('hubspot', legacy[2], legacy[3], url) : null;
}

/** A labelled field of the About card, outside the nav and the timeline. */
const labelled = (scope: Scope, label: RegExp) => textOf(labelledValue(scope, label, NOT_RECORD));

function readFields(doc: Document, objectType: string): Partial<CrmRecord> | null {
  const card = shownFirst(deepScope(doc), HIGHLIGHT);
  // No highlight card: the record is not drawn yet (or HubSpot redrew it): nothing to read.
  if (!card) return null;
  const cardScope = deepScope(card);
  const areaRoot = shownFirst([doc], RECORD_AREA);
  const area = areaRoot ? deepScope(areaRoot) : cardScope;
  const title = fieldText(cardScope, TITLE, LIMIT);
  const owner = labelled(area, OWNER_LABEL);
  if (objectType === 'ticket' || objectType === 'deal') {
    // The person is the associated contact (its card); the title is the ticket's subject.
    const contact = shownFirst(area, CONTACT_CHICKLET);
    return { name: textOf(contact), email: nearestEmail(contact, CHICKLET_ANY), owner };
  }
  const email =
    emailOf(shownFirst(cardScope, MAILTO)) ?? emailOf(labelledValue(area, EMAIL_LABEL, NOT_RECORD));
  const phone = textOf(shownFirst(cardScope, TEL)) || labelled(area, PHONE_LABEL);
  if (objectType === 'company') return { name: title, company: title, email, phone, owner };
  return {
    name: title,
    email,
    phone,
    company: labelled(area, COMPANY_LABEL) || companyOfDetails(cardScope),
    owner,
  };
}

/** "Head of Support at Northwind" under a contact's name: the part after the last " at ". */
function companyOfDetails(scope: Scope): string | null {
  const details = textOf(shownFirst(scope, DETAILS));
  const at = details.lastIndexOf(' at ');
  return at >= 0 ? details.slice(at + 4) : null;
}

function readRecord(doc: Document, url: URL): CrmRecord | null {
  return safely(() => {
    const ref = recordRef(url);
    const fields = ref ? readFields(doc, ref.objectType) : null;
    return ref && fields ? recordOf(ref, fields) : null;
  });
}

export const hubspotAdapter: CrmAdapter = {
  id: 'hubspot',
  name: CRM_LABELS.hubspot,
  // A match pattern cannot say "app-*": every hubspot.com host, narrowed by match().
  hostPatterns: ['https://app.hubspot.com/*', 'https://*.hubspot.com/*'],
  match,
  recordRef,
  readRecord,
};
