/**
 * Zoho CRM record pages: Contacts and Leads (Accounts and Potentials by the same rules).
 * notes/site-dom.md §8 gives the URL and says no DOM source was found. So, 2026-11-22: the
 * record comes from the URL, and the fields from heuristics that need no class names: the
 * detail view's labelled fields ("Email", "Contact Owner", ...: English labels, a fast path
 * only, §0 rule 2) and the page heading. Expect to revisit with real pages.
 */
import { CRM_LABELS } from '../db/constants';
import {
  deepScope,
  emailOf,
  isPlainHttps,
  labelledValue,
  recordOf,
  refOf,
  safely,
  shownAll,
  textOf,
  type Alternatives,
  type Scope,
} from './read';
import type { CrmAdapter, CrmRecord, CrmRecordRef } from './types';

/** Zoho's data centres, one CRM host each. */
const TLDS = ['com', 'eu', 'in', 'com.au', 'jp', 'com.cn', 'ca', 'sa', 'uk'];
const HOSTS = new Set(TLDS.map((tld) => `crm.zoho.${tld}`));
// §8: /crm/org<orgId>/tab/<Module>/<recordId>; older links have no org segment. Cases:
// issue 12 (a case escalated to Zoho is linked once its saved Case shows), same URL form.
const PATH =
  /^\/crm\/(?:org\d{1,20}\/)?tab\/(Contacts|Leads|Accounts|Potentials|Cases)\/(\d{5,25})(?:\/|$)/;

/** The label of each module's name field, and of the company shown on it. */
const MODULE_LABELS: Record<string, { name: RegExp; company: RegExp | null }> = {
  Contacts: { name: /^contact name:?$/i, company: /^account name:?$/i },
  Leads: { name: /^lead name:?$/i, company: /^company:?$/i },
  Accounts: { name: /^account name:?$/i, company: /^account name:?$/i },
  Potentials: { name: /^contact name:?$/i, company: /^account name:?$/i },
  // Issue 12, hint 2026-11-23: a Case names its contact and account like a deal does.
  Cases: { name: /^contact name:?$/i, company: /^account name:?$/i },
};
const HEADING: Alternatives = ['h1', '[role="heading"][aria-level="1"]', 'h2'];
/** Navigation, timelines and notes: not the record's fields (hint, 2026-11-22). */
const NOT_RECORD = 'nav, header, [role="navigation"], [role="log"], aside, article';
const EMAIL_LABEL = /^(primary )?e-?mail:?$/i;
const PHONE_LABEL = /^(phone|mobile):?$/i;
const OWNER_LABEL = /^(contact|lead|account|deal) owner:?$/i;

function match(url: URL): boolean {
  return isPlainHttps(url) && HOSTS.has(url.hostname);
}

function recordRef(url: URL): CrmRecordRef | null {
  const found = match(url) ? PATH.exec(url.pathname) : null;
  return found?.[1] && found[2] ? refOf('zoho', found[1], found[2], url) : null;
}

const labelled = (scope: Scope, label: RegExp) => textOf(labelledValue(scope, label, NOT_RECORD));

/** The heading outside the navigation: the record's title in the detail view. */
function heading(scope: Scope): string {
  return textOf(shownAll(scope, HEADING).find((el) => !el.closest(NOT_RECORD)));
}

function readFields(scope: Scope, module: string): Partial<CrmRecord> {
  const labels = MODULE_LABELS[module];
  const name = (labels && labelled(scope, labels.name)) || heading(scope);
  return {
    name,
    email: emailOf(labelledValue(scope, EMAIL_LABEL, NOT_RECORD)),
    phone: labelled(scope, PHONE_LABEL),
    company: labels?.company ? labelled(scope, labels.company) : null,
    owner: labelled(scope, OWNER_LABEL),
  };
}

function readRecord(doc: Document, url: URL): CrmRecord | null {
  return safely(() => {
    const ref = recordRef(url);
    return ref ? recordOf(ref, readFields(deepScope(doc), ref.objectType)) : null;
  });
}

export const zohoAdapter: CrmAdapter = {
  id: 'zoho',
  name: CRM_LABELS.zoho,
  hostPatterns: TLDS.map((tld) => `https://crm.zoho.${tld}/*`),
  match,
  recordRef,
  readRecord,
};
