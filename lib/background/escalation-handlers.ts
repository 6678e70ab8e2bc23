import type { Actor } from '../cases/actor';
import { CaseNotFoundError } from '../cases/change';
import { casesOfCrmRecord, linkCaseToCrm, recordEscalation } from '../cases/escalation';
import { summarize, type SidebarView } from '../cases/sidebar-view';
import { slaRulesOf } from '../cases/derive';
import { readSettings } from '../settings';
import { crmAdapterFor } from '../crm';
import { escalationPlan, ESCALATIONS } from '../crm/escalation/plans';
import { crmAddressFromLink, crmAddressOf } from '../crm/escalation/address';
import { describeFill } from '../crm/escalation/report';
import { escalationValues } from '../crm/escalation/values';
import { customerByIdentity } from '../customers/capture-store';
import { CRM_LABELS, CRM_SYSTEMS, type CrmSystem } from '../db/constants';
import type { CasebookDatabase } from '../db/database';
import type { CrmPageFocus, CrmRecordFocus, ErrorCode } from '../messages/protocol';
import { tabOf, type Handlers, type Sender } from '../messages/router';
import type { Escalations, PendingEscalation } from './escalations';
import type { FocusStore } from './focus-store';
import type { SidebarHub } from './sidebar-hub';

/** Escalating is not possible as asked (the CRM is off, its address unknown). */
export class EscalationRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EscalationRefusedError';
  }
}

export interface EscalationDeps {
  db: CasebookDatabase;
  hub: Pick<SidebarHub, 'push' | 'pushAll'>;
  actor: () => Actor;
  escalations: Escalations;
  /** Whether the agent turned this CRM on (its hosts granted). */
  crmOn: (system: CrmSystem) => Promise<boolean>;
  /** Opens a tab at this address and gives its id. */
  openTab: (url: string) => Promise<number>;
  /** Each tab's CRM record, as its content script last reported it. */
  crmFocus: Pick<FocusStore<CrmPageFocus>, 'get'>;
  /** The tab our sidebar page is framed in, or null. */
  sidebarTabOf: (sender: Sender) => number | null;
}

const senderUrl = (sender: Sender): URL | null => {
  try {
    return sender.url ? new URL(sender.url) : null;
  } catch {
    return null;
  }
};

/**
 * The address of a record of this CRM that a customer is linked to (imported from the CRM,
 * or linked on its page before Casebook kept addresses): the CRM the agent uses.
 */
async function linkedAddress(db: CasebookDatabase, system: CrmSystem): Promise<string | null> {
  const customer = await db.customers.where('crmKeys').startsWith(`${system}:`).first();
  const url = customer?.crmLinks.find((link) => link.system === system && link.url)?.url;
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return crmAdapterFor(parsed)?.id === system ? crmAddressOf(parsed) : null;
  } catch {
    return null;
  }
}

/**
 * Whether this sender is a page of the CRM the escalation's tab was opened for, at the
 * host it was opened at (the tab may have gone on to another site since).
 */
function onEscalationCrm(pending: PendingEscalation, sender: Sender): URL | null {
  const url = senderUrl(sender);
  if (!url || url.host !== new URL(pending.url).host) return null;
  return crmAdapterFor(url)?.id === pending.system ? url : null;
}

const hostOf = (url: string | undefined): string | null => {
  try {
    return url ? new URL(url).host : null;
  } catch {
    return null;
  }
};

/** Whether this record is one of the kind the escalation's form saves, at its CRM. */
const savesAs = (pending: PendingEscalation, record: CrmRecordFocus | null | undefined) =>
  !!record?.recordId &&
  record.system === pending.system &&
  record.objectType === pending.recordType;

/** Links the record to the pending escalation's case and stops waiting in that tab. */
async function linkPending(
  deps: Pick<EscalationDeps, 'db' | 'hub' | 'actor' | 'escalations'>,
  tabId: number,
  pending: PendingEscalation,
  record: CrmRecordFocus & { recordId: string },
): Promise<void> {
  const stopWaiting = async () => {
    await deps.escalations.clear(tabId);
    await deps.hub.pushAll();
  };
  try {
    await linkCaseToCrm(
      deps.db,
      pending.caseId,
      {
        system: record.system,
        recordId: record.recordId,
        objectType: record.objectType,
        url: record.url,
      },
      deps.actor(),
    );
  } catch (error) {
    // The case was deleted meanwhile: nothing is left to wait for (and the caller says so).
    if (error instanceof CaseNotFoundError) await stopWaiting();
    throw error;
  }
  await stopWaiting();
}

export function escalationHandlers(
  deps: EscalationDeps,
): Pick<
  Handlers,
  | 'case.escalate'
  | 'crm.escalation'
  | 'crm.escalationFilled'
  | 'crm.escalationCancel'
  | 'crm.escalationLink'
  | 'crm.addresses'
  | 'crm.setAddress'
> {
  const { db, hub, escalations } = deps;
  return {
    'case.escalate': async ({ caseId, system }) => {
      const name = CRM_LABELS[system];
      if (!(await deps.crmOn(system))) {
        throw new EscalationRefusedError(
          `${name} is off. Turn it on in Casebook's options (CRMs) to escalate to it.`,
        );
      }
      const record = await db.cases.get(caseId);
      if (!record || record.deleted) throw new CaseNotFoundError(caseId);
      const seen = (await escalations.seen())[system] ?? (await linkedAddress(db, system));
      if (!seen) {
        throw new EscalationRefusedError(
          `Casebook does not know your ${name} address yet: open any ${name} page once, or paste its address under Settings → CRM pages, then escalate again.`,
        );
      }
      const customer = (await customerByIdentity(db, record.customerKey)) ?? null;
      const plan = escalationPlan(system, new URL(seen), escalationValues(record, customer));
      if (!plan) {
        throw new EscalationRefusedError(
          `Your last ${name} page did not show your account's address: open a ${name} record, then escalate again.`,
        );
      }
      // The CRM page's content script may ask before the tab's id is known here: its
      // question waits until the escalation is stored under that id.
      const tabId = await escalations.opening(async () => {
        const opened = await deps.openTab(plan.url);
        await escalations.set(opened, {
          caseId,
          ref: record.ref,
          system,
          recordType: ESCALATIONS[system].recordType,
          url: plan.url,
          fields: plan.fields,
          openedAt: deps.actor().now,
          report: null,
          onForm: false,
        });
        return opened;
      });
      await recordEscalation(db, record, system, deps.actor());
      return { tabId, url: plan.url };
    },
    // Only the tab opened for the escalation, on the CRM and host it was opened at.
    'crm.escalation': async (_payload, sender) => {
      const pending = await escalations.get(tabOf(sender));
      if (!pending || !onEscalationCrm(pending, sender) || pending.report !== null) return null;
      return { ref: pending.ref, fields: pending.fields };
    },
    // Only from the page the fields were given to (same tab, CRM and host).
    'crm.escalationFilled': async (report, sender) => {
      const tabId = tabOf(sender);
      const pending = await escalations.get(tabId);
      if (!pending || !onEscalationCrm(pending, sender)) return null;
      await escalations.update(tabId, (now) => ({ ...now, report: describeFill(report) }));
      await hub.push(tabId);
      return null;
    },
    'crm.escalationCancel': async (_payload, sender) => {
      const tabId = deps.sidebarTabOf(sender);
      if (tabId === null) throw new Error('Only the sidebar of the CRM tab can stop waiting.');
      await escalations.clear(tabId);
      await hub.push(tabId);
      return null;
    },
    // The agent links the record their CRM tab shows (saved some other way, or opened
    // after the form): the record the background holds as that tab's, never one named
    // by the request.
    'crm.escalationLink': async (_payload, sender) => {
      const tabId = deps.sidebarTabOf(sender);
      if (tabId === null) throw new Error('Only the sidebar of the CRM tab can link its record.');
      const pending = await escalations.get(tabId);
      if (!pending) throw new EscalationRefusedError('No escalation is waiting in this tab.');
      const record = (await deps.crmFocus.get(tabId))?.record;
      if (!savesAs(pending, record) || hostOf(record?.url) !== new URL(pending.url).host) {
        throw new EscalationRefusedError(
          `This tab shows no ${CRM_LABELS[pending.system]} ${pending.recordType} to link to case ${pending.ref}.`,
        );
      }
      await linkPending(deps, tabId, pending, record as CrmRecordFocus & { recordId: string });
      return null;
    },
    // The settings page: where each CRM's forms would open, as Casebook knows it now.
    'crm.addresses': async () => {
      const seen = await escalations.seen();
      const known: Partial<Record<CrmSystem, string>> = {};
      for (const system of CRM_SYSTEMS) {
        const address = seen[system] ?? (await linkedAddress(db, system));
        if (address) known[system] = address;
      }
      return known;
    },
    // The settings page: a link the agent pasted, kept as if that page had been visited.
    'crm.setAddress': async ({ system, link }) => {
      const answer = crmAddressFromLink(system, link);
      if ('problem' in answer) throw new EscalationRefusedError(answer.problem);
      await escalations.remember(system, answer.address);
      return answer;
    },
  };
}

/**
 * After a CRM page says which record it shows: keep the CRM's address, and follow the tab
 * opened to escalate a case. Only the step "the CRM's new-record form → a record of the
 * kind it saves" (the agent saved the form) links that record to the case without asking;
 * any other record shown there (another ticket opened, the list HubSpot's plan opens) is
 * for the agent to link with the sidebar's button (crm.escalationLink).
 */
export async function afterCrmFocus(
  deps: Pick<EscalationDeps, 'db' | 'hub' | 'actor' | 'escalations'>,
  tabId: number,
  record: CrmRecordFocus | null,
  sender: Sender,
): Promise<void> {
  const url = senderUrl(sender);
  const adapter = url ? crmAdapterFor(url) : null;
  if (url && adapter) await deps.escalations.remember(adapter.id, crmAddressOf(url));
  const pending = await deps.escalations.get(tabId);
  if (!pending) return;
  const page = onEscalationCrm(pending, sender);
  let onForm = false;
  if (page && record?.recordId) {
    if (pending.onForm && pending.report !== null && savesAs(pending, record)) {
      try {
        await linkPending(deps, tabId, pending, { ...record, recordId: record.recordId });
      } catch (error) {
        // The case was deleted meanwhile: nothing to link to, and the page's report stands.
        if (!(error instanceof CaseNotFoundError)) throw error;
      }
      return;
    }
  } else if (page) {
    // No record read: the form itself, or (right after saving) the saved record's page
    // still loading, which keeps the step; any other page (a list, a home page) ends it.
    onForm =
      ESCALATIONS[pending.system].isNewRecordPage(page) ||
      (pending.onForm && !!adapter?.recordRef(page)?.recordId);
  }
  if (onForm !== pending.onForm) {
    await deps.escalations.update(tabId, (now) =>
      now.onForm === onForm ? now : { ...now, onForm },
    );
  }
}

export function escalationErrorCode(error: unknown): ErrorCode | null {
  return error instanceof EscalationRefusedError ? 'bad-request' : null;
}

/**
 * The escalation parts of a tab's sidebar view: the CRMs the current case can go to, the
 * escalation under way in this tab, and on a CRM record the cases escalated to it.
 */
export async function escalationView(
  deps: Pick<EscalationDeps, 'db' | 'escalations' | 'crmOn'>,
  tabId: number,
  view: SidebarView,
): Promise<Partial<SidebarView>> {
  const pending = await deps.escalations.get(tabId);
  const escalateTo: CrmSystem[] = [];
  if (view.currentCase) {
    for (const system of CRM_SYSTEMS) if (await deps.crmOn(system)) escalateTo.push(system);
  }
  const record = view.crm?.record;
  let crmCases: SidebarView['crmCases'] = [];
  if (record?.recordId) {
    const cases = await casesOfCrmRecord(deps.db, record.system, record.recordId);
    if (cases.length) {
      const rules = slaRulesOf(await readSettings(deps.db));
      crmCases = cases.map((c) => summarize(c, Date.now(), rules));
    }
  }
  return {
    escalateTo,
    escalation: pending
      ? {
          caseId: pending.caseId,
          ref: pending.ref,
          system: pending.system,
          recordType: pending.recordType,
          report: pending.report,
          caution: ESCALATIONS[pending.system].caution,
        }
      : null,
    crmCases,
  };
}
