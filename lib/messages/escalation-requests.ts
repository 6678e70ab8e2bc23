import { z } from '../zod';
import { CrmSystemSchema } from '../db/schema';

const labels = z.array(z.string().trim().min(1).max(60)).max(20);

/**
 * Requests of issue 12 (lib/messages/protocol.ts): escalating a case to a CRM. Opening a
 * CRM form for a case is for Casebook's own pages only; the CRM page's content script may
 * only ask what to fill in its own tab, and say what it filled.
 */
export const ESCALATION_REQUESTS = {
  /** Opens `system`'s new-record form in a new tab, to be filled from the case. */
  'case.escalate': {
    access: 'extension',
    payload: z.object({ caseId: z.string().min(1).max(64), system: CrmSystemSchema }),
  },
  /** From a CRM page: the fields to fill when this tab was opened to escalate a case. */
  'crm.escalation': { access: 'content', payload: z.object({}) },
  /** From a CRM page: which fields the filler filled, kept and could not find. */
  'crm.escalationFilled': {
    access: 'content',
    payload: z.object({ filled: labels, kept: labels, missing: labels }),
  },
  /** From the sidebar in the CRM tab: stop waiting for the record (the agent gave up). */
  'crm.escalationCancel': { access: 'extension', payload: z.object({}) },
  /**
   * From the sidebar in the CRM tab: link the record that tab shows (as its content script
   * reported it) to the case, when it is of the kind the form saves.
   */
  'crm.escalationLink': { access: 'extension', payload: z.object({}) },
  /** From the settings page: the address Casebook opens each CRM's forms at, when known. */
  'crm.addresses': { access: 'extension', payload: z.object({}) },
  /** From the settings page: a link to a page of `system` that the agent pasted. */
  'crm.setAddress': {
    access: 'extension',
    payload: z.object({ system: CrmSystemSchema, link: z.string().trim().min(1).max(2048) }),
  },
} as const;
