import { useState } from 'react';
import type { FollowUp } from '@/lib/db/schema';
import { timeLeft } from '@/lib/followups/snooze-times';
import { request } from '@/lib/messages/client';
import { ActionStatus } from '../ActionStatus';
import { fullTime } from '../format';
import { useAction } from '../useAction';
import { dueFormat, SOURCE_WORDS, STATUS_WORDS } from './follow-up-format';
import { DoneForm } from './DoneForm';
import { ChangeDuePanel, MissedConfirm, ReassignPanel, SnoozePanel } from './FollowUpPanels';
import './followups.css';

type Panel = 'change' | 'snooze' | 'reassign' | 'missed';

const PANEL_BUTTONS: { panel: Exclude<Panel, 'change'>; label: string }[] = [
  { panel: 'snooze', label: 'Snooze' },
  { panel: 'reassign', label: 'Reassign' },
  { panel: 'missed', label: 'Mark missed' },
];

/**
 * One promised follow-up and what the agent can do with it. A caught promise waits for
 * keep / change / dismiss; a kept one is marked done with evidence. While it is open it
 * can be snoozed (the reminder comes back later; the due time stays what the customer was
 * promised), handed to another agent, or marked missed after a confirmation. A missed one
 * can still be done (late) or handed on. Used by the sidebar and the dashboard's case.
 */
export function FollowUpItem({
  followUp,
  now,
  agents,
}: {
  followUp: FollowUp;
  now: number;
  /** The team's agents (settings), to hand the follow-up to. */
  agents: readonly string[];
}) {
  const action = useAction();
  const [panel, setPanel] = useState<Panel | null>(null);
  const id = followUp.id;
  const open = followUp.status === 'pending';
  const unconfirmed = open && followUp.confirmedAt === null;
  const left = timeLeft(followUp.dueAt, now);
  const snoozedUntil =
    open && followUp.snoozedUntil !== null && followUp.snoozedUntil > now
      ? followUp.snoozedUntil
      : null;
  const busy = !!action.busy;
  const about = (what: string) => `${what} “${followUp.phrase.slice(0, 60)}”`;
  const toggle = (next: Panel) => setPanel(panel === next ? null : next);
  const run = (done: string, work: () => Promise<unknown>) =>
    void action.run(done, work).then((ok) => ok && setPanel(null));

  // Every item has the same buttons (Keep, Snooze…): the item's name says which promise
  // they act on.
  return (
    <li className="follow-up" aria-label={about('Follow-up')}>
      <div>
        “{followUp.phrase}”{' '}
        <span className={open && left.overdue ? 'error' : 'muted'} title={fullTime(followUp.dueAt)}>
          {unconfirmed ? 'Follow-up due ' : 'Due '}
          {dueFormat.format(followUp.dueAt)}
          {open ? ` · ${left.text}` : ` · ${STATUS_WORDS[followUp.status]}`}
        </span>
      </div>
      <div className="muted small">
        Owed by {followUp.owner} · {SOURCE_WORDS[followUp.source]}
        {snoozedUntil !== null && (
          <span title={fullTime(snoozedUntil)}>
            {' '}
            · snoozed until {dueFormat.format(snoozedUntil)}
          </span>
        )}
      </div>
      {unconfirmed ? (
        <div className="follow-up-actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => run('Kept.', () => request('followup.confirm', { followUpId: id }))}
          >
            Keep
          </button>
          <button type="button" aria-expanded={panel === 'change'} onClick={() => toggle('change')}>
            Change
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run('Dismissed.', () => request('followup.dismiss', { followUpId: id, reason: null }))
            }
          >
            Dismiss
          </button>
        </div>
      ) : (
        (open || followUp.status === 'missed') && (
          <DoneForm
            busy={busy}
            onDone={(evidence) =>
              run('Marked done.', () => request('followup.done', { followUpId: id, evidence }))
            }
          />
        )
      )}
      {(open || followUp.status === 'missed') && (
        <div className="follow-up-actions follow-up-more">
          {PANEL_BUTTONS.filter((b) => open || b.panel === 'reassign').map((b) => (
            <button
              key={b.panel}
              type="button"
              className="small"
              aria-expanded={panel === b.panel}
              onClick={() => toggle(b.panel)}
            >
              {b.label}
            </button>
          ))}
        </div>
      )}
      {panel === 'change' && (
        <ChangeDuePanel
          dueAt={followUp.dueAt}
          busy={busy}
          label={about('New due time for')}
          onSave={(dueAt) =>
            run('Due time changed.', () => request('followup.confirm', { followUpId: id, dueAt }))
          }
        />
      )}
      {panel === 'snooze' && (
        <SnoozePanel
          now={now}
          busy={busy}
          label={about('Snooze')}
          onSnooze={(until) =>
            run(`Snoozed until ${dueFormat.format(until)}.`, () =>
              request('followup.snooze', { followUpId: id, until }),
            )
          }
        />
      )}
      {panel === 'reassign' && (
        <ReassignPanel
          owner={followUp.owner}
          agents={agents}
          busy={busy}
          label={about('Reassign')}
          onReassign={(owner) =>
            run(`Handed to ${owner}.`, () =>
              request('followup.reassign', { followUpId: id, owner }),
            )
          }
        />
      )}
      {panel === 'missed' && (
        <MissedConfirm
          busy={busy}
          label={about('Mark missed')}
          onConfirm={() =>
            run('Marked missed.', () => request('followup.missed', { followUpId: id }))
          }
          onCancel={() => setPanel(null)}
        />
      )}
      <ActionStatus done={action.done} error={action.error} />
    </li>
  );
}
