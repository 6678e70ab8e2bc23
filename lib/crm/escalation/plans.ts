/**
 * Each CRM's new-case / new-ticket page and form (issue 12). Selectors are named
 * alternatives, most specific first, each with where it comes from and when:
 * - "site-dom §8" facts are the ones the record readers (lib/crm/*.ts) rely on too;
 * - "hint, 2026-11-23" marks what this project assumed from the CRMs' public docs and
 *   the record pages, not yet seen on a live new-record form: the hand-made fixtures in
 *   test/fixtures/crm-forms/ say the same, and a field not found is reported to the agent
 *   ("could not find Web Email: fill it by hand"), never guessed at.
 * Labels are never matched as text (they are localised): only attributes.
 */
import type { CrmSystem } from '../types';
import { steps } from './values';
import type { CrmEscalation, EscalationValues, FieldStep } from './types';

type Wanted = Omit<FieldStep, 'value'>;

/** A Lightning record layout item by its field label attribute (as salesforce.ts reads). */
const sfItem = (label: string, inner: string) =>
  `records-record-layout-item[field-label="${label}"] ${inner}`;

const SALESFORCE: Wanted[] = [
  {
    field: 'subject',
    label: 'Subject',
    selectors: [
      // site-dom §8: layout items carry field-label; the new-record modal uses the same layout
      sfItem('Subject', 'input'),
      // hint, 2026-11-23: lightning-input names its input by the field's API name
      'input[name="Subject"]',
    ],
  },
  {
    field: 'description',
    label: 'Description',
    selectors: [sfItem('Description', 'textarea'), 'textarea[name="Description"]'],
  },
  // Web-to-case fields (API SuppliedName, SuppliedEmail, SuppliedPhone; hint, 2026-11-23)
  {
    field: 'name',
    label: 'Web Name',
    selectors: [sfItem('Web Name', 'input'), 'input[name="SuppliedName"]'],
  },
  {
    field: 'email',
    label: 'Web Email',
    selectors: [sfItem('Web Email', 'input'), 'input[name="SuppliedEmail"]'],
  },
  {
    field: 'phone',
    label: 'Web Phone',
    selectors: [sfItem('Web Phone', 'input'), 'input[name="SuppliedPhone"]'],
  },
];

const ZENDESK: Wanted[] = [
  {
    field: 'subject',
    label: 'Subject',
    // site-dom §8 (the demo ticket page): the header's subject input
    selectors: ['input[data-test-id="omni-header-subject"]', 'input[name="subject"]'],
  },
  {
    field: 'description',
    label: 'Description',
    selectors: [
      // site-dom §8: the composer is a CKEditor contenteditable with this testid
      '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
      // hint, 2026-11-23: the plain-text composer when rich text is off
      'textarea[data-test-id="omnicomposer-plain-text"]',
    ],
  },
  {
    field: 'email',
    label: 'Requester',
    // site-dom §8 names the requester field's testid; its search box is inside (hint, 2026-11-23)
    selectors: ['[data-test-id="ticket-system-field-requester-select"] input'],
  },
];

const HUBSPOT: Wanted[] = [
  // hint, 2026-11-23: HubSpot's forms mark property inputs data-selenium-test="property-input-<name>"
  {
    field: 'subject',
    label: 'Ticket name',
    selectors: ['[data-selenium-test="property-input-subject"]', 'input[name="subject"]'],
  },
  {
    field: 'description',
    label: 'Ticket description',
    selectors: [
      '[data-selenium-test="property-input-content"]',
      'textarea[name="content"]',
      '[data-selenium-test="property-input-content"] [contenteditable="true"]',
    ],
  },
];

/** Dynamics 365 (Unified Interface) controls: data-id="<attribute>.fieldControl-…". */
const d365 = (attribute: string, control: string) =>
  `[data-id="${attribute}.fieldControl-${control}"]`;

const DYNAMICS: Wanted[] = [
  // hint, 2026-11-23: the data-id naming is the one the record readers use (dynamics.ts)
  {
    field: 'subject',
    label: 'Case Title',
    selectors: [d365('title', 'text-box-text'), 'input[aria-label="Case Title"]'],
  },
  {
    field: 'description',
    label: 'Description',
    selectors: [d365('description', 'text-box-text'), 'textarea[aria-label="Description"]'],
  },
  { field: 'email', label: 'Email', selectors: [d365('emailaddress', 'mail-text-input')] },
];

const FRESHDESK: Wanted[] = [
  // hint, 2026-11-23: the new-ticket form's inputs are named after the API's fields
  { field: 'email', label: 'Contact', selectors: ['input[name="requester"]', '#requester'] },
  { field: 'subject', label: 'Subject', selectors: ['input[name="subject"]', '#subject'] },
  {
    field: 'description',
    label: 'Description',
    // its editor is Froala: a contenteditable .fr-element (hint, 2026-11-23)
    selectors: ['.fr-element[contenteditable="true"]', 'textarea[name="description"]'],
  },
  { field: 'phone', label: 'Phone', selectors: ['input[name="phone"]'] },
];

/** Zoho CRM's create pages give each field the id Crm_<Module>_<FIELD> (hint, 2026-11-23). */
const zoho = (field: string) => [
  `#Crm_Cases_${field}`,
  `[data-zcqa="${field.toLowerCase()}"] input`,
];

const ZOHO: Wanted[] = [
  { field: 'subject', label: 'Subject', selectors: zoho('SUBJECT') },
  {
    field: 'description',
    label: 'Description',
    selectors: ['#Crm_Cases_DESCRIPTION', '[data-zcqa="description"] textarea'],
  },
  { field: 'email', label: 'Email', selectors: zoho('EMAIL') },
  { field: 'phone', label: 'Phone', selectors: zoho('PHONE') },
];

const origin = (url: URL) => `https://${url.host}`;

export const ESCALATIONS: Record<CrmSystem, CrmEscalation> = {
  salesforce: {
    system: 'salesforce',
    recordType: 'Case',
    // Lightning's standard new-record page of an object (the "New" button's address).
    newRecordUrl: (seen) => `${origin(seen)}/lightning/o/Case/new`,
    fields: (values) => steps(values, SALESFORCE),
    isNewRecordPage: (url) => url.pathname === '/lightning/o/Case/new',
    caution: null,
  },
  hubspot: {
    system: 'hubspot',
    recordType: 'ticket',
    // The portal is the number after /contacts/ in every app URL; the tickets board opens
    // its "Create ticket" panel (hint, 2026-11-23: the panel is not addressable itself).
    newRecordUrl: (seen) => {
      const portal = /^\/contacts\/(\d{1,12})(?:\/|$)/.exec(seen.pathname)?.[1];
      return portal ? `${origin(seen)}/contacts/${portal}/objects/0-5/views/all/list` : null;
    },
    fields: (values) => steps(values, HUBSPOT),
    // The list under the panel is no form: what it opens next may be any ticket.
    isNewRecordPage: () => false,
    caution: null,
  },
  zendesk: {
    system: 'zendesk',
    recordType: 'ticket',
    // The agent workspace's own "new ticket" address.
    newRecordUrl: (seen) => `${origin(seen)}/agent/tickets/new/1`,
    fields: (values) => steps(values, ZENDESK),
    isNewRecordPage: (url) => /^\/agent\/tickets\/new\/\d{1,6}$/.test(url.pathname),
    // The description goes into the ticket's first comment, which Zendesk makes a public
    // reply by default: the requester would be emailed the case's internal text.
    caution:
      'Zendesk: switch the comment to Internal note before submitting, or the requester gets it by email.',
  },
  dynamics: {
    system: 'dynamics',
    recordType: 'incident',
    // "Open forms using a URL": pagetype=entityrecord with etn and no id opens a new one;
    // the app id of the page the agent used keeps them in their app.
    newRecordUrl: (seen) => {
      const params = new URLSearchParams({ pagetype: 'entityrecord', etn: 'incident' });
      const app = seen.searchParams.get('appid');
      if (app && /^[0-9a-f-]{36}$/i.test(app)) params.set('appid', app);
      return `${origin(seen)}/main.aspx?${params.toString()}`;
    },
    fields: (values) => steps(values, DYNAMICS),
    isNewRecordPage: (url) =>
      url.pathname === '/main.aspx' &&
      url.searchParams.get('pagetype') === 'entityrecord' &&
      url.searchParams.get('etn') === 'incident' &&
      !url.searchParams.get('id'),
    caution: null,
  },
  freshdesk: {
    system: 'freshdesk',
    recordType: 'ticket',
    newRecordUrl: (seen) => `${origin(seen)}/a/tickets/new`,
    fields: (values) => steps(values, FRESHDESK),
    isNewRecordPage: (url) => url.pathname === '/a/tickets/new',
    caution: null,
  },
  zoho: {
    system: 'zoho',
    recordType: 'Cases',
    // /crm/<org>/tab/<Module>/create; the org segment is optional in Zoho's own links.
    newRecordUrl: (seen) => {
      const org = /^\/crm\/(org\d{1,20})(?:\/|$)/.exec(seen.pathname)?.[1];
      return `${origin(seen)}/crm/${org ? `${org}/` : ''}tab/Cases/create`;
    },
    fields: (values) => steps(values, ZOHO),
    isNewRecordPage: (url) => /^\/crm\/(?:org\d{1,20}\/)?tab\/Cases\/create$/.test(url.pathname),
    caution: null,
  },
};

/** The plan for escalating to `system` from a page of it at `seen`; null: no address. */
export function escalationPlan(system: CrmSystem, seen: URL, values: EscalationValues) {
  const crm = ESCALATIONS[system];
  const url = crm.newRecordUrl(seen);
  return url ? { system, url, fields: crm.fields(values) } : null;
}
