import { useEffect, useId, useRef, useState } from 'react';
import {
  fromLocalInput,
  snoozeChoices,
  snoozeProblem,
  toLocalInput,
  tomorrowMorning,
} from '@/lib/followups/snooze-times';

/**
 * The small forms a follow-up opens below itself: change the due time, snooze, hand to
 * another agent, confirm it was missed. Each takes the keyboard when it opens (so Tab
 * goes on from there) and says what is wrong with what was entered.
 */

interface PanelProps {
  busy: boolean;
  /** What the panel is about, for screen readers ("Snooze “We'll call back…”"). */
  label: string;
}

/** Moves focus into a panel when it opens. */
function useFocusOnOpen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

export function ChangeDuePanel({
  dueAt,
  busy,
  label,
  onSave,
}: PanelProps & { dueAt: number; onSave: (dueAt: number) => void }) {
  const [due, setDue] = useState(() => toLocalInput(dueAt));
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const first = useFocusOnOpen<HTMLInputElement>();
  return (
    <form
      className="follow-up-panel"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        const at = fromLocalInput(due);
        setProblem(at === null ? 'Pick a date and a time.' : null);
        if (at !== null) onSave(at);
      }}
    >
      <label htmlFor={id}>New due time</label>
      <input
        id={id}
        ref={first}
        type="datetime-local"
        value={due}
        onChange={(e) => setDue(e.target.value)}
      />
      <button type="submit" disabled={busy || !due}>
        Save
      </button>
      {problem && (
        <p role="alert" className="error small">
          {problem}
        </p>
      )}
    </form>
  );
}

export function SnoozePanel({
  now,
  busy,
  label,
  onSnooze,
}: PanelProps & { now: number; onSnooze: (until: number) => void }) {
  const [picked, setPicked] = useState(() => toLocalInput(tomorrowMorning(now)));
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const first = useFocusOnOpen<HTMLButtonElement>();
  return (
    <form
      className="follow-up-panel"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        const until = fromLocalInput(picked);
        const why = snoozeProblem(until, Date.now());
        setProblem(why);
        if (!why && until !== null) onSnooze(until);
      }}
    >
      {snoozeChoices(now).map((choice, index) => (
        <button
          key={choice.id}
          type="button"
          ref={index === 0 ? first : undefined}
          disabled={busy}
          onClick={() => onSnooze(choice.until)}
        >
          {choice.label}
        </button>
      ))}
      <label htmlFor={id}>or until</label>
      <input
        id={id}
        type="datetime-local"
        value={picked}
        onChange={(e) => setPicked(e.target.value)}
      />
      <button type="submit" disabled={busy}>
        Snooze until then
      </button>
      <p className="muted small">The reminder comes back when the snooze ends.</p>
      {problem && (
        <p role="alert" className="error small">
          {problem}
        </p>
      )}
    </form>
  );
}

export function ReassignPanel({
  owner,
  agents,
  busy,
  label,
  onReassign,
}: PanelProps & { owner: string; agents: readonly string[]; onReassign: (to: string) => void }) {
  const others = agents.filter((agent) => agent !== owner);
  const [to, setTo] = useState(others[0] ?? '');
  const id = useId();
  const first = useFocusOnOpen<HTMLSelectElement>();
  if (!others.length) {
    return (
      <p className="follow-up-panel muted small" role="note">
        No other agent to hand it to: add the team&apos;s agents in Casebook&apos;s settings.
      </p>
    );
  }
  return (
    <form
      className="follow-up-panel"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (to) onReassign(to);
      }}
    >
      <label htmlFor={id}>Hand to</label>
      <select id={id} ref={first} value={to} onChange={(e) => setTo(e.target.value)}>
        {others.map((agent) => (
          <option key={agent} value={agent}>
            {agent}
          </option>
        ))}
      </select>
      <button type="submit" disabled={busy || !to}>
        {to ? `Reassign to ${to}` : 'Reassign'}
      </button>
    </form>
  );
}

export function MissedConfirm({
  busy,
  label,
  onConfirm,
  onCancel,
}: PanelProps & { onConfirm: () => void; onCancel: () => void }) {
  const first = useFocusOnOpen<HTMLButtonElement>();
  return (
    <div className="follow-up-panel" role="group" aria-label={label}>
      <p className="small">
        Mark this promise as missed? Its reminders stop and the lead&apos;s review counts it as
        missed. It can still be marked done later.
      </p>
      <button type="button" className="danger" ref={first} disabled={busy} onClick={onConfirm}>
        Yes, mark missed
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
