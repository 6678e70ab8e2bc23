/**
 * Escalation plans (issue 12) filled into HAND-MADE fixtures of each CRM's new-record form
 * (test/fixtures/crm-forms/, each saying it is hand-made and from which facts): the fields
 * found get the case's text as text, fields holding text are kept, fields not on the form
 * are reported, and nothing is ever submitted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escalationPlan, ESCALATIONS } from '../../lib/crm/escalation/plans';
import type { EscalationValues } from '../../lib/crm/escalation/types';
import { describeFill, fillForm } from '../../lib/page/form-filler';
import { CRM_SYSTEMS } from '../../lib/db/constants';
import type { CrmSystem } from '../../lib/crm/types';
import { FIXTURES_DIR } from './fixtures';

const VALUES: EscalationValues = {
  ref: 'C-3F9A2B',
  subject: 'Social case C-3F9A2B: Order 4411 never arrived',
  description:
    'Escalated from Casebook case C-3F9A2B (X).\nPost: https://x.com/dana_r/status/1\n\n' +
    '<b>my order</b> & "4411" never arrived',
  name: 'Dana R',
  email: 'dana@example.com',
  phone: '+1 415 555 0134',
};

const FORMS: Record<CrmSystem, { file: string; seen: string; url: string }> = {
  salesforce: {
    file: 'salesforce-new-case.html',
    seen: 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000PrYaRAAV/view',
    url: 'https://acme.lightning.force.com/lightning/o/Case/new',
  },
  hubspot: {
    file: 'hubspot-new-ticket.html',
    seen: 'https://app-eu1.hubspot.com/contacts/4455667/record/0-1/51',
    url: 'https://app-eu1.hubspot.com/contacts/4455667/objects/0-5/views/all/list',
  },
  zendesk: {
    file: 'zendesk-new-ticket.html',
    seen: 'https://acme.zendesk.com/agent/tickets/4821',
    url: 'https://acme.zendesk.com/agent/tickets/new/1',
  },
  dynamics: {
    file: 'dynamics-new-case.html',
    seen: 'https://acme.crm.dynamics.com/main.aspx?appid=0f3c2a1b-1111-2222-3333-444455556666&pagetype=entityrecord&etn=contact&id=1',
    url: 'https://acme.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=incident&appid=0f3c2a1b-1111-2222-3333-444455556666',
  },
  freshdesk: {
    file: 'freshdesk-new-ticket.html',
    seen: 'https://acme.freshdesk.com/a/contacts/77',
    url: 'https://acme.freshdesk.com/a/tickets/new',
  },
  zoho: {
    file: 'zoho-new-case.html',
    seen: 'https://crm.zoho.eu/crm/org20071234/tab/Contacts/5120001',
    url: 'https://crm.zoho.eu/crm/org20071234/tab/Cases/create',
  },
};

function loadForm(file: string): Document {
  const html = readFileSync(join(FIXTURES_DIR, 'crm-forms', file), 'utf8');
  expect(html.slice(0, 200)).toMatch(/HAND-MADE 2026-11-23/);
  return new DOMParser().parseFromString(html, 'text/html');
}

/** What a field shows: a control's value, an editor's text. */
const valueOf = (el: Element | null) =>
  el && 'value' in el ? (el as HTMLInputElement).value : (el?.textContent ?? null);

const noWait = { timeoutMs: 0, sleep: async () => {} };

describe('escalation plans, one per CRM', () => {
  it('covers every CRM', () => {
    expect(Object.keys(ESCALATIONS).sort()).toEqual([...CRM_SYSTEMS].sort());
  });

  it.each(CRM_SYSTEMS)('%s: the new-record page at the address the agent uses', (system) => {
    const plan = escalationPlan(system, new URL(FORMS[system].seen), VALUES);
    expect(plan?.url).toBe(FORMS[system].url);
  });

  it.each(CRM_SYSTEMS)('%s: knows its own new-record form from other pages', (system) => {
    const crm = ESCALATIONS[system];
    // HubSpot's plan opens the tickets list, which is no form: nothing links by itself there.
    expect(crm.isNewRecordPage(new URL(FORMS[system].url))).toBe(system !== 'hubspot');
    expect(crm.isNewRecordPage(new URL(FORMS[system].seen))).toBe(false);
  });

  it('only Zendesk warns that the first comment is public', () => {
    expect(ESCALATIONS.zendesk.caution).toMatch(/Internal note before submitting/);
    expect(CRM_SYSTEMS.filter((system) => ESCALATIONS[system].caution)).toEqual(['zendesk']);
  });

  it('HubSpot needs the portal in the address; Zoho works without an org', () => {
    expect(escalationPlan('hubspot', new URL('https://app.hubspot.com/'), VALUES)).toBeNull();
    expect(escalationPlan('zoho', new URL('https://crm.zoho.com/crm/'), VALUES)?.url).toBe(
      'https://crm.zoho.com/crm/tab/Cases/create',
    );
  });

  it('leaves out the fields a case has no value for', () => {
    const plan = escalationPlan('salesforce', new URL(FORMS.salesforce.seen), {
      ...VALUES,
      email: null,
      phone: null,
    });
    expect(plan?.fields.map((step) => step.field)).toEqual(['subject', 'description', 'name']);
  });
});

describe('filling each CRM form (hand-made fixtures)', () => {
  it('Salesforce: subject, description and the web contact fields; never saves', async () => {
    const doc = loadForm(FORMS.salesforce.file);
    const plan = escalationPlan('salesforce', new URL(FORMS.salesforce.seen), VALUES)!;
    const report = await fillForm(doc, plan.fields, noWait);
    expect(report).toEqual({
      filled: ['Subject', 'Description', 'Web Name', 'Web Email', 'Web Phone'],
      kept: [],
      missing: [],
    });
    expect(valueOf(doc.querySelector('input[name="Subject"]'))).toBe(VALUES.subject);
    expect(valueOf(doc.querySelector('textarea[name="Description"]'))).toBe(VALUES.description);
    expect(valueOf(doc.querySelector('input[name="SuppliedEmail"]'))).toBe(VALUES.email);
    expect(doc.body.dataset.saved).toBeUndefined();
  });

  it('Zendesk: the active pane only; the description as text, not markup', async () => {
    const doc = loadForm(FORMS.zendesk.file);
    const plan = escalationPlan('zendesk', new URL(FORMS.zendesk.seen), VALUES)!;
    const report = await fillForm(doc, plan.fields, noWait);
    expect(report.filled).toEqual(['Subject', 'Description', 'Requester']);
    const [hidden, active] = [...doc.querySelectorAll('.ticket-panes-grid-layout')];
    expect(valueOf(hidden!.querySelector('input'))).toBe('');
    expect(valueOf(active!.querySelector('[data-test-id="omni-header-subject"]'))).toBe(
      VALUES.subject,
    );
    const editor = active!.querySelector('[contenteditable]')!;
    expect(editor.textContent).toContain('<b>my order</b> & "4411"');
    expect(editor.querySelector('b')).toBeNull();
  });

  it('HubSpot: ticket name and description (a ticket has no contact fields)', async () => {
    const doc = loadForm(FORMS.hubspot.file);
    const plan = escalationPlan('hubspot', new URL(FORMS.hubspot.seen), VALUES)!;
    expect((await fillForm(doc, plan.fields, noWait)).filled).toEqual([
      'Ticket name',
      'Ticket description',
    ]);
  });

  it('Dynamics 365: keeps a title the agent typed', async () => {
    const doc = loadForm(FORMS.dynamics.file);
    const plan = escalationPlan('dynamics', new URL(FORMS.dynamics.seen), VALUES)!;
    const report = await fillForm(doc, plan.fields, noWait);
    expect(report).toEqual({ filled: ['Description', 'Email'], kept: ['Case Title'], missing: [] });
    expect(valueOf(doc.querySelector('[aria-label="Case Title"]'))).toBe('Agent typed this');
    expect(describeFill(report)).toBe(
      'Filled Description and Email; kept what was already in Case Title. ' +
        'Review the form and save it in the CRM.',
    );
  });

  it('Freshdesk: reports the phone field it could not find', async () => {
    const doc = loadForm(FORMS.freshdesk.file);
    const plan = escalationPlan('freshdesk', new URL(FORMS.freshdesk.seen), VALUES)!;
    const report = await fillForm(doc, plan.fields, noWait);
    expect(report.filled).toEqual(['Contact', 'Subject', 'Description']);
    expect(report.missing).toEqual(['Phone']);
    expect(describeFill(report)).toContain('could not find Phone: fill it by hand');
  });

  it('Zoho CRM: subject, description, email and phone', async () => {
    const doc = loadForm(FORMS.zoho.file);
    const plan = escalationPlan('zoho', new URL(FORMS.zoho.seen), VALUES)!;
    expect((await fillForm(doc, plan.fields, noWait)).filled).toEqual([
      'Subject',
      'Description',
      'Email',
      'Phone',
    ]);
    expect(valueOf(doc.querySelector('#Crm_Cases_PHONE'))).toBe(VALUES.phone);
  });

  it('a page without the form: everything missing, nothing thrown', async () => {
    const doc = new DOMParser().parseFromString('<p>Loading…</p>', 'text/html');
    const plan = escalationPlan('zendesk', new URL(FORMS.zendesk.seen), VALUES)!;
    const report = await fillForm(doc, plan.fields, noWait);
    expect(report.filled).toEqual([]);
    expect(report.missing).toHaveLength(3);
  });

  it('fires input and change events React-driven forms listen to', async () => {
    const doc = loadForm(FORMS.salesforce.file);
    const seen: string[] = [];
    const subject = doc.querySelector('input[name="Subject"]')!;
    subject.addEventListener('input', () => seen.push('input'));
    subject.addEventListener('change', () => seen.push('change'));
    const plan = escalationPlan('salesforce', new URL(FORMS.salesforce.seen), VALUES)!;
    await fillForm(doc, plan.fields, noWait);
    expect(seen).toEqual(['input', 'change']);
  });
});
