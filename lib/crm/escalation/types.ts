/**
 * Escalation to a CRM (issue 12): what goes into the CRM's own new-case or new-ticket form.
 * Pure data, no DOM: the background builds a plan from the case, the CRM page's content
 * script applies it (lib/page/form-filler.ts), and the agent reviews and saves it there.
 */
import type { CrmSystem } from '../types';

/** What a case gives the CRM's form: plain text only, never HTML. */
export interface EscalationValues {
  /** The case's reference ("C-3F9A2B"). */
  ref: string;
  subject: string;
  /** Post text, permalink, channel, author and case ref, as plain text. */
  description: string;
  /** The linked customer's contact, when the case's customer is a Casebook customer. */
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** The fields a plan may fill, named for the agent ("Filled subject and description"). */
export type FieldName = 'subject' | 'description' | 'name' | 'email' | 'phone';

/** One field of a CRM's form: where it may be (alternatives, in order) and what goes in. */
export interface FieldStep {
  field: FieldName;
  /** The form's own label, as the agent sees it ("Web Email"), for the report. */
  label: string;
  /** CSS selectors, the first that finds a shown, editable element wins. */
  selectors: readonly string[];
  value: string;
}

export interface EscalationPlan {
  system: CrmSystem;
  /** The CRM's new-record page, opened in a new tab. */
  url: string;
  fields: FieldStep[];
}

/** A CRM's part: its new-record URL from the address the agent uses, and its form. */
export interface CrmEscalation {
  system: CrmSystem;
  /** The adapter's objectType of the record the form saves ('Case', 'ticket', 'incident'). */
  recordType: string;
  /**
   * The new-record page at the CRM the agent uses, from a page of it they visited
   * (the org host, and where the CRM puts it in the path: HubSpot's portal, Zoho's org);
   * null when that address does not tell (a HubSpot page without a portal id).
   */
  newRecordUrl(seen: URL): string | null;
  /** The form's fields, in the order they are filled. */
  fields(values: EscalationValues): FieldStep[];
  /**
   * Whether this address is the CRM's own new-record form (no record yet): a record of the
   * kind the form saves shown next in the tab is the one the agent saved, linked without
   * asking. Always false where the form has no address of its own (HubSpot's panel).
   */
  isNewRecordPage(url: URL): boolean;
  /** What the agent must do before saving, said plainly in the CRM tab's sidebar; or null. */
  caution: string | null;
}
