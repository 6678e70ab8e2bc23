/**
 * Salesforce Lightning record pages: Contact, Lead, Account, Case (and any other object by
 * its URL). Facts from notes/site-dom.md §8: the record id from the URL; the fields from
 * Lightning's components; in console apps, only the active workspace tab (several stay
 * mounted), found through .windowViewMode-normal and shown-ness, shadow roots included.
 */
import { CRM_LABELS } from '../db/constants';
import {
  deepScope,
  emailOf,
  fieldText,
  isPlainHttps,
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
import { isLightningHost, salesforceRecordOf, SALESFORCE_HOST_PATTERNS } from './salesforce-urls';
import type { CrmAdapter, CrmRecord, CrmRecordRef } from './types';

const LIMIT = 200;

/** The body of the workspace tab on screen; an app without tabs has one of these too. */
const TAB_BODY: Alternatives = [
  // 2021 toggl salesforce.js (site-dom §8): console apps scope their queries to this
  '.windowViewMode-normal',
  // 2021 same source: the tab body when the agent maximises it
  '.windowViewMode-maximized',
];

/**
 * The selected workspace tab and subtab of a console app. Hint, 2026-11-22 (not in §8): the
 * console's tab strip is an ARIA tablist whose tabs link to their records, as Zendesk's
 * strip carries its ticket ids. Used only to notice a tab body that lags the URL.
 */
const SELECTED_TAB: Alternatives = ['a[role="tab"][aria-selected="true"][href]'];

/** A field of the record layout by its label: a fast path (labels are localised, §0). */
const field = (label: string, inner: string) =>
  `records-record-layout-item[field-label="${label}"] ${inner}`;

// site-dom §8: the record layout's email fields are lightning-formatted-email with a mailto.
const MAILTO = 'lightning-formatted-email a[href^="mailto:"]';
// Same components for phones (an assumption of this project, 2026-11-22: the tel: link).
const TEL = 'lightning-formatted-phone a[href^="tel:"]';
// site-dom §8: lookups (Account Name, Contact Name, owners) are force-lookup links.
const LOOKUP = 'force-lookup a';

const PERSON_NAME: Alternatives = [
  // site-dom §8: the page header of a Contact or Lead
  '.slds-page-header__title lightning-formatted-name',
  // the same component in the details layout (hint, 2026-11-22)
  field('Name', 'lightning-formatted-name'),
  'lightning-formatted-name',
];

// Account: the header title is plain formatted text (hint, 2026-11-22); the title itself last.
const TITLE: Alternatives = [
  '.slds-page-header__title lightning-formatted-text',
  '.slds-page-header__title',
];

const EMAIL: Alternatives = [field('Email', MAILTO), MAILTO];
const CASE_EMAIL: Alternatives = [
  field('Contact Email', MAILTO),
  field('Web Email', MAILTO),
  MAILTO,
];
const PHONE: Alternatives = [field('Phone', TEL), field('Mobile', TEL), TEL];
const CASE_PHONE: Alternatives = [field('Contact Phone', TEL), TEL];

// Lookups by label first, then by where the link goes (key prefixes 001, 003, 005; notes §12
// marks the prefixes unverified, so they come after the label and the object name).
const ACCOUNT_LINK: Alternatives = [
  field('Account Name', LOOKUP),
  `${LOOKUP}[href*="/Account/"]`,
  `${LOOKUP}[href*="/001"]`,
];
const CONTACT_LINK: Alternatives = [
  field('Contact Name', LOOKUP),
  `${LOOKUP}[href*="/Contact/"]`,
  `${LOOKUP}[href*="/003"]`,
];
const OWNER_LINK: Alternatives = [
  `records-record-layout-item[field-label$="Owner"] ${LOOKUP}`,
  `${LOOKUP}[href*="/User/"]`,
  `${LOOKUP}[href*="/005"]`,
];
// site-dom §8: plain field values are marked data-output-element-id="output-field".
const LEAD_COMPANY: Alternatives = [
  field('Company', 'lightning-formatted-text'),
  field('Company', '[data-output-element-id="output-field"]'),
];

/**
 * The tab on screen. With tab bodies in the page, the first one shown (inactive tabs are
 * hidden, and may come first); none shown means the tab is still being drawn: nothing.
 */
function activeScope(page: Scope): Scope | null {
  if (queryAll(page, TAB_BODY.join(', ')).length === 0) return page;
  const shown = shownFirst(page, TAB_BODY);
  return shown ? deepScope(shown) : null;
}

/**
 * Whether the selected tabs agree with the URL: after a click on another tab the URL
 * changes first, and the old tab's body would be read under the new record's id. Pages
 * without a tab strip agree. In a console the URL's path is the subtab's record and its
 * ws= parameter the workspace's, so one selected tab naming the path's record is enough.
 */
function tabsAgree(page: Scope, url: URL, recordId: string): boolean {
  const named = shownAll(page, SELECTED_TAB)
    .map((tab) => safely(() => new URL(tab.getAttribute('href') ?? '', url)))
    .map((href) => (href ? salesforceRecordOf(href)?.recordId : null))
    .filter(Boolean);
  return named.length === 0 || named.includes(recordId);
}

const text = (scope: Scope, alternatives: Alternatives) => fieldText(scope, alternatives, LIMIT);

function readFields(scope: Scope, objectType: string): Partial<CrmRecord> {
  const owner = text(scope, OWNER_LINK);
  switch (objectType) {
    case 'Account': {
      const name = text(scope, TITLE);
      return {
        name,
        company: name,
        email: emailOf(shownFirst(scope, EMAIL)),
        owner,
        phone: phoneOf(scope, PHONE),
      };
    }
    case 'Case':
      return {
        name: text(scope, CONTACT_LINK),
        email: emailOf(shownFirst(scope, CASE_EMAIL)),
        phone: phoneOf(scope, CASE_PHONE),
        company: text(scope, ACCOUNT_LINK),
        owner,
      };
    default:
      return {
        name: text(scope, PERSON_NAME) ?? text(scope, TITLE),
        email: emailOf(shownFirst(scope, EMAIL)),
        phone: phoneOf(scope, PHONE),
        company: objectType === 'Lead' ? text(scope, LEAD_COMPANY) : text(scope, ACCOUNT_LINK),
        owner,
      };
  }
}

/** The shown number of a phone link (its text; the tel: href when it shows none). */
function phoneOf(scope: Scope, alternatives: Alternatives): string | null {
  const link = shownFirst(scope, alternatives);
  return link ? textOf(link) || (link.getAttribute('href') ?? '') : null;
}

function match(url: URL): boolean {
  return isPlainHttps(url) && isLightningHost(url.hostname);
}

function recordRef(url: URL): CrmRecordRef | null {
  if (!match(url)) return null;
  const record = salesforceRecordOf(url);
  return record ? refOf('salesforce', record.objectType, record.recordId, url) : null;
}

function readRecord(doc: Document, url: URL): CrmRecord | null {
  return safely(() => {
    const ref = recordRef(url);
    if (!ref?.recordId) return null;
    const page = deepScope(doc);
    const scope = tabsAgree(page, url, ref.recordId) ? activeScope(page) : null;
    return scope ? recordOf(ref, readFields(scope, ref.objectType)) : null;
  });
}

export const salesforceAdapter: CrmAdapter = {
  id: 'salesforce',
  name: CRM_LABELS.salesforce,
  hostPatterns: SALESFORCE_HOST_PATTERNS,
  match,
  recordRef,
  readRecord,
};
