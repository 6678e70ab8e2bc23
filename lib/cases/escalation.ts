/**
 * A case's escalations to CRMs (issue 12): the escalation opened (an event), and the CRM
 * record the agent saved linked to the case (its crmLinks and history), once. The CRM
 * record's case is found again through the events of kind 'case.crmLinked' (an index
 * range on type; a case is escalated a handful of times), so no new index is needed.
 */
import { CRM_LABELS } from '../db/constants';
import type { CasebookDatabase } from '../db/database';
import type { CrmSystem } from '../db/constants';
import type { Case, CrmLink } from '../db/schema';
import { newId } from '../ids';
import type { Actor } from './actor';
import { changeCase } from './change';

/** "zendesk:4822": one CRM record, as events and lookups name it. */
export const crmRecordKey = (system: CrmSystem, recordId: string) => `${system}:${recordId}`;

/** "Zendesk ticket #4822", "Salesforce Case 5005g…": a link as the agent reads it. */
export function crmLinkLabel(link: Pick<CrmLink, 'system' | 'objectType' | 'recordId'>): string {
  const id = /^\d+$/.test(link.recordId) ? `#${link.recordId}` : link.recordId;
  return `${CRM_LABELS[link.system]} ${link.objectType} ${id}`.slice(0, 200);
}

/** Records that the agent opened `system`'s new-record form for this case. */
export async function recordEscalation(
  db: CasebookDatabase,
  record: Case,
  system: CrmSystem,
  actor: Actor,
): Promise<void> {
  await db.events.add({
    id: newId(),
    at: actor.now,
    by: actor.by,
    type: 'case.escalated',
    caseId: record.id,
    data: { system },
  });
}

/**
 * Links the CRM record the agent saved to the case: in its crmLinks, its history
 * ("CRM: Zendesk ticket #4822") and an event. A record linked already changes nothing.
 */
export async function linkCaseToCrm(
  db: CasebookDatabase,
  caseId: string,
  link: CrmLink,
  actor: Actor,
): Promise<Case> {
  const key = crmRecordKey(link.system, link.recordId);
  return changeCase(
    db,
    caseId,
    actor.now,
    (record) => {
      const links = record.crmLinks ?? [];
      if (links.some((l) => crmRecordKey(l.system, l.recordId) === key)) return null;
      return {
        ...record,
        crmLinks: [...links, link].slice(-30),
        updatedAt: actor.now,
        history: [
          ...record.history,
          { at: actor.now, by: actor.by, type: 'crm', from: null, to: crmLinkLabel(link) },
        ],
      };
    },
    async () => {
      await db.events.add({
        id: newId(),
        at: actor.now,
        by: actor.by,
        type: 'case.crmLinked',
        caseId,
        data: { system: link.system, recordId: link.recordId, crmKey: key, url: link.url },
      });
    },
  );
}

/** The live cases linked to this CRM record (newest link first). */
export async function casesOfCrmRecord(
  db: CasebookDatabase,
  system: CrmSystem,
  recordId: string,
): Promise<Case[]> {
  const key = crmRecordKey(system, recordId);
  const events = await db.events.where('type').equals('case.crmLinked').toArray();
  const ids = [
    ...new Set(
      events
        .filter((event) => event.data.crmKey === key && event.caseId)
        .sort((a, b) => b.at - a.at)
        .map((event) => event.caseId as string),
    ),
  ];
  const cases = await db.cases.bulkGet(ids);
  return cases.filter(
    (c): c is Case =>
      !!c &&
      !c.deleted &&
      (c.crmLinks ?? []).some((l) => crmRecordKey(l.system, l.recordId) === key),
  );
}
