/**
 * Dynamics 365 (model-driven apps) entity record forms. Facts from notes/site-dom.md §8:
 * main.aspx?...&pagetype=entityrecord&etn=<entity>&id=<guid>; the form's controls are
 * named data-id="<attribute>.fieldControl-..." and the header title is #headerContainer h1
 * (toggl dynamics-365.js, 2021). §8's best source, Xrm.Utility.getPageContext(), lives in
 * the page's MAIN world: an isolated content script cannot call it, so the URL is used.
 */
import { CRM_LABELS } from '../db/constants';
import {
  deepScope,
  emailOf,
  fieldText,
  isPlainHttps,
  recordOf,
  refOf,
  safely,
  shownFirst,
  type Alternatives,
  type Scope,
} from './read';
import type { CrmAdapter, CrmRecord, CrmRecordRef } from './types';

const LIMIT = 200;

/** <org>.crm.dynamics.com and the regional crm2, crm4, crm11, ... hosts. */
const HOST = /^[a-z0-9][a-z0-9-]{0,62}\.crm\d{0,2}\.dynamics\.com$/;
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;
const ENTITY = /^[a-z][a-z0-9_]{0,63}$/i;

function match(url: URL): boolean {
  return isPlainHttps(url) && HOST.test(url.hostname);
}

/** Parameters of the query and of the hash: the app puts etn and id in either. */
function paramsOf(url: URL): URLSearchParams {
  const params = new URLSearchParams(url.search);
  const hash = url.hash.replace(/^#/, '');
  for (const [key, value] of new URLSearchParams(hash.includes('=') ? hash : '')) {
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

function recordRef(url: URL): CrmRecordRef | null {
  if (!match(url) || !/^\/main\.aspx$/i.test(url.pathname)) return null;
  const params = paramsOf(url);
  const pageType = params.get('pagetype');
  if (pageType !== null && pageType.toLowerCase() !== 'entityrecord') return null;
  const entity = params.get('etn') ?? '';
  const id = GUID.exec(params.get('id') ?? '')?.[1];
  // A new, unsaved record (no id) is no record yet.
  if (!ENTITY.test(entity) || !id) return null;
  return refOf('dynamics', entity.toLowerCase(), id.toLowerCase(), url);
}

/** The control of an attribute of the form, by the data-id prefix toggl reads (2021). */
const control = (attribute: string): Alternatives => [
  // a lookup's chosen record (owner, company): its name tag (hint, 2026-11-22)
  `[data-id^="${attribute}.fieldControl"][data-id$="selected_tag_text"]`,
  `input[data-id^="${attribute}.fieldControl"]`,
  `[data-id^="${attribute}.fieldControl"]`,
];

// 2021 toggl dynamics-365.js (§8): the record's title in the form header.
const HEADER_TITLE: Alternatives = [
  '#headerContainer h1',
  // the same title by its data-id in newer forms (hint, 2026-11-22)
  'h1[data-id="header_title"]',
];
const EMAIL = control('emailaddress1'); // §8: emailaddress1.fieldControl-mail-text-input
const PHONE = [...control('telephone1'), ...control('mobilephone')];
const OWNER = control('ownerid');

const text = (scope: Scope, alternatives: Alternatives) => fieldText(scope, alternatives, LIMIT);

/** First and last name controls, else the header title (which may add a suffix). */
function personName(scope: Scope): string | null {
  const first = text(scope, control('firstname'));
  const last = text(scope, control('lastname'));
  return [first, last].filter(Boolean).join(' ') || text(scope, HEADER_TITLE);
}

function readFields(scope: Scope, entity: string): Partial<CrmRecord> {
  const owner = text(scope, OWNER);
  const email = emailOf(shownFirst(scope, EMAIL));
  const phone = text(scope, PHONE);
  switch (entity) {
    case 'account': {
      const name = text(scope, control('name')) ?? text(scope, HEADER_TITLE);
      return { name, company: name, email, phone, owner };
    }
    case 'incident': // a case: its customer (a contact lookup) is the person
      return {
        name: text(scope, control('primarycontactid')) ?? text(scope, control('customerid')),
        email,
        phone,
        company: text(scope, control('customerid')),
        owner,
      };
    default:
      return {
        name: personName(scope),
        email,
        phone,
        company: text(scope, control('parentcustomerid')) ?? text(scope, control('companyname')),
        owner,
      };
  }
}

function readRecord(doc: Document, url: URL): CrmRecord | null {
  return safely(() => {
    const ref = recordRef(url);
    // Only shown controls count: multi-session apps keep other records' forms mounted.
    return ref ? recordOf(ref, readFields(deepScope(doc), ref.objectType)) : null;
  });
}

export const dynamicsAdapter: CrmAdapter = {
  id: 'dynamics',
  name: CRM_LABELS.dynamics,
  hostPatterns: ['https://*.dynamics.com/*'],
  match,
  recordRef,
  readRecord,
};
