import type { EscalationView } from '@/lib/cases/sidebar-view';
import { crmLinkLabel } from '@/lib/cases/escalation';
import type { CrmLink } from '@/lib/db/schema';
import { CRM_LABELS, type CrmSystem } from '@/lib/db/constants';
import type { CrmRecordFocus } from '@/lib/messages/protocol';
import { request } from '@/lib/messages/client';
import { useAction } from './useAction';
import { ActionStatus } from './ActionStatus';
import { SafeLink } from './SafeLink';

/**
 * Issue 12 (the sidebar and the dashboard's case page): a case's CRM records, and "Escalate to …" for each CRM turned on. Escalating
 * opens the CRM's own new-record form, filled from the case, for the agent to save there.
 */
export function CaseEscalation({
  caseId,
  links,
  escalateTo,
}: {
  caseId: string;
  links: CrmLink[];
  escalateTo: CrmSystem[];
}) {
  const action = useAction();
  return (
    <section aria-labelledby="escalate-title" className="card stack" data-testid="case-escalation">
      <h3 id="escalate-title" className="sub">
        CRM
      </h3>
      {links.length > 0 && (
        <ul aria-label="CRM records of this case" className="crm-links">
          {links.map((link) => (
            <li key={`${link.system}:${link.recordId}`}>
              Escalated to <SafeLink href={link.url}>{crmLinkLabel(link)}</SafeLink>
            </li>
          ))}
        </ul>
      )}
      {escalateTo.length ? (
        <div className="escalate-buttons">
          {escalateTo.map((system) => (
            <button
              key={system}
              type="button"
              disabled={action.busy !== null}
              onClick={() =>
                void action.run(system, () => request('case.escalate', { caseId, system }))
              }
            >
              Escalate to {CRM_LABELS[system]}
            </button>
          ))}
        </div>
      ) : (
        <p className="muted">
          To escalate this case to a CRM, turn the CRM on in Casebook&apos;s options (CRMs).
        </p>
      )}
      <ActionStatus
        done={action.done ? `${CRM_LABELS[action.done as CrmSystem]} opened in a new tab.` : null}
        error={action.error}
      />
    </section>
  );
}

/**
 * In the CRM tab opened to escalate a case: what was filled, what the agent must mind, and
 * what comes next; on a record of the kind the form saves, a button to link it to the case
 * (the background links the record this tab shows, never one the button names).
 */
export function EscalationNotice({
  escalation,
  record,
}: {
  escalation: EscalationView;
  /** The CRM record this tab shows, as its sidebar view has it. */
  record: CrmRecordFocus | null;
}) {
  const action = useAction();
  const crm = CRM_LABELS[escalation.system];
  const linkable =
    record?.recordId &&
    record.system === escalation.system &&
    record.objectType === escalation.recordType
      ? crmLinkLabel({ ...record, recordId: record.recordId })
      : null;
  return (
    <section
      aria-labelledby="escalation-title"
      className="card stack"
      data-testid="escalation-notice"
      role="status"
    >
      <h2 id="escalation-title" className="sub">
        Escalating case {escalation.ref} to {crm}
      </h2>
      <p>
        {escalation.report ??
          `Filling the ${crm} form from the case\u2026 If ${crm} shows no form yet, open its own New or Create form in this tab.`}
      </p>
      {escalation.caution && (
        <p className="warn" data-testid="escalation-caution">
          <strong>{escalation.caution}</strong>
        </p>
      )}
      <p className="muted">
        Save it in {crm}: when this tab then shows the saved {escalation.recordType}, Casebook links
        it to case {escalation.ref}. Otherwise open it in this tab and link it here.
      </p>
      {linkable && (
        <button
          type="button"
          disabled={action.busy !== null}
          onClick={() => void action.run('link', () => request('crm.escalationLink', {}))}
        >
          {action.busy === 'link' ? 'Linking\u2026' : `Link ${linkable} to case ${escalation.ref}`}
        </button>
      )}
      <button
        type="button"
        disabled={action.busy !== null}
        onClick={() => void action.run('cancel', () => request('crm.escalationCancel', {}))}
      >
        Stop waiting for this escalation
      </button>
      <ActionStatus done={null} error={action.error} />
    </section>
  );
}
