import { useId, useState, type FormEvent } from 'react';
import type { ChecklistStep } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import type { useStatusChange } from './useStatusChange';

/** The case's activity checklist; each tick is recorded by the background. */
export function Checklist({ caseId, steps }: { caseId: string; steps: readonly ChecklistStep[] }) {
  const [error, setError] = useState<string | null>(null);
  // Ticks show at once; the background's answer (a fresh case) then takes over.
  const [ticking, setTicking] = useState<Record<string, boolean>>({});
  const [seen, setSeen] = useState(steps);
  if (seen !== steps) {
    setSeen(steps);
    setTicking({});
  }
  const isDone = (step: ChecklistStep) => ticking[step.id] ?? step.doneAt !== null;
  const done = steps.filter(isDone).length;

  const tick = (step: ChecklistStep, value: boolean) => {
    setError(null);
    setTicking((current) => ({ ...current, [step.id]: value }));
    request('case.tickStep', { caseId, stepId: step.id, done: value }).catch((cause) => {
      setTicking(({ [step.id]: _failed, ...rest }) => rest);
      setError(cause instanceof Error ? cause.message : 'Not saved.');
    });
  };

  return (
    <fieldset className="checklist">
      <legend>
        Checklist{' '}
        <span className="muted small">
          {done} of {steps.length} done
        </span>
      </legend>
      {steps.map((step) => (
        <label key={step.id} className="checklist-step">
          <input
            type="checkbox"
            checked={isDone(step)}
            onChange={(event) => tick(step, event.target.checked)}
          />{' '}
          {step.label}
          {step.required && (
            <span className="required" title="Required to close">
              {' '}
              <span aria-hidden="true">*</span>
              <span className="visually-hidden">(required)</span>
            </span>
          )}
        </label>
      ))}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Asks why a case finishes with required steps open; the reason is recorded. */
export function CloseReason({ status }: { status: ReturnType<typeof useStatusChange> }) {
  const id = useId();
  const [reason, setReason] = useState('');
  if (!status.pending) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) void status.confirm(reason.trim());
  };
  return (
    <form className="close-reason" onSubmit={submit} role="alertdialog" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`}>{status.pending.message}</p>
      <label htmlFor={id}>Reason</label>{' '}
      <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />{' '}
      <button type="submit" className="primary" disabled={!reason.trim()}>
        Close anyway
      </button>{' '}
      <button type="button" onClick={status.cancel}>
        Cancel
      </button>
    </form>
  );
}
