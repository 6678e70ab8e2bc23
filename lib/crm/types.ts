/**
 * The shape every CRM adapter shares, like the social site adapters (lib/sites/types.ts):
 * pure functions of (url) and (document, url), no messaging, storage or timers, so they run
 * the same in a content script, in a DOM test against a hand-made page, and in Chromium.
 */
import type { CrmSystem } from '../db/constants';

export type { CrmSystem };

/** The CRM record a page is about, as far as its URL (or its page) tells. */
export interface CrmRecordRef {
  system: CrmSystem;
  /**
   * The CRM's own name for the kind of record, as it writes it: Salesforce 'Contact',
   * 'Lead', 'Account', 'Case'; HubSpot 'contact', 'company', 'ticket'; Zendesk 'ticket',
   * 'user'; Dynamics the entity name ('contact', 'incident'); Freshdesk 'ticket', 'contact';
   * Zoho 'Contacts', 'Leads'.
   */
  objectType: string;
  /** The CRM's id of the record (Salesforce: always the 18-character form); null if unknown. */
  recordId: string | null;
  /** The page's URL, as a link back to the record. */
  url: string;
}

/**
 * The record shown, read from the page. On a case or ticket (Salesforce Case, HubSpot
 * ticket, Zendesk ticket, Dynamics incident, Freshdesk ticket) the person fields are the
 * customer who raised it (contact, requester), since that is who the agent answers. Each
 * field is one trimmed line clipped to CRM_LIMITS, null when the page does not show it;
 * email is lower-cased and loosely checked (something@something.tld).
 */
export interface CrmRecord extends CrmRecordRef {
  name: string | null;
  email: string | null;
  phone: string | null;
  company: string | null;
  owner: string | null;
}

export interface CrmAdapter {
  readonly id: CrmSystem;
  /** Human name for settings and messages ("Salesforce"). */
  readonly name: string;
  /**
   * Manifest match patterns of the CRM's hosts, to be asked for as OPTIONAL host
   * permissions when the agent turns this CRM on. They may be wider than match() where a
   * pattern cannot say exactly (HubSpot's app-<region> hosts).
   */
  readonly hostPatterns: readonly string[];
  /** Whether this adapter handles pages at this URL (the CRM's app, any page of it). */
  match(url: URL): boolean;
  /** The record this URL shows, from the URL alone; null for lists, home pages, other sites. */
  recordRef(url: URL): CrmRecordRef | null;
  /**
   * The record being viewed (only the active tab where the CRM keeps several mounted);
   * null when the page shows none yet (still loading, a list, another site) or shows
   * neither a name nor an email. Never throws.
   */
  readRecord(doc: Document, url: URL): CrmRecord | null;
}
