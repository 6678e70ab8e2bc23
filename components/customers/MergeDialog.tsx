import { handleLabel } from '@/lib/customers/handle-label';
import { useEffect, useId, useRef, useState } from 'react';
import { planMerge } from '@/lib/customers/merge';
import type { Customer, MergeChoices, MergeField } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { MERGE_FIELD_LABELS, mergeValueText } from './format';

const LISTS = [
  ['identities', 'Social identities'],
  ['emails', 'Emails'],
  ['crmLinks', 'CRM records'],
  ['products', 'Products'],
  ['notes', 'Notes'],
] as const;

/**
 * Merges `merged` into `survivor`. Each field the two disagree on is a pair of radio
 * buttons with no default: the agent must pick, and Merge stays disabled until every
 * conflict has a choice. The lists that will be combined are shown with their counts.
 * A refused merge leaves the dialog open with the reason.
 */
export function MergeDialog({
  survivor,
  merged,
  onClose,
  onMerged,
}: {
  survivor: Customer;
  merged: Customer;
  onClose: () => void;
  onMerged: () => void;
}) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const { conflicts } = planMerge(survivor, merged);
  const [choices, setChoices] = useState<MergeChoices>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const missing = conflicts.filter((c) => !choices[c.field]).length;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // A modal dialog keeps focus inside and closes on Escape (the "cancel" event).
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => (dialog.open ? dialog.close() : undefined);
  }, []);

  const merge = async () => {
    setBusy(true);
    setError(null);
    try {
      await request('customer.merge', { survivorId: survivor.id, mergedId: merged.id, choices });
      onMerged();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'The merge failed.');
    } finally {
      setBusy(false);
    }
  };

  const name = (c: Customer) => c.name || handleLabel(c.identities[0]?.handle ?? c.id);
  // Two customers often share a name: the heading tells them apart by what else they have.
  const described = (c: Customer) => {
    const other =
      c.company || (c.identities[0] && handleLabel(c.identities[0].handle)) || c.emails[0];
    return other ? `${name(c)} (${other})` : name(c);
  };
  return (
    <dialog
      ref={ref}
      className="merge-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={`${id}-title`}>
        Merge “{described(merged)}” into “{described(survivor)}”
      </h2>
      <p className="muted">
        The other customer will point to this one. The merge is recorded and can be undone from the
        customer’s history.
      </p>
      {conflicts.length ? (
        <div className="stack">
          <p>Choose the value to keep for each field the two disagree on:</p>
          {conflicts.map((conflict) => (
            <fieldset key={conflict.field} className="merge-conflict">
              <legend>{MERGE_FIELD_LABELS[conflict.field]}</legend>
              {(['survivor', 'merged'] as const).map((side) => (
                <label key={side}>
                  <input
                    type="radio"
                    name={`${id}-${conflict.field}`}
                    value={side}
                    checked={choices[conflict.field] === side}
                    onChange={() =>
                      setChoices((now) => ({ ...now, [conflict.field as MergeField]: side }))
                    }
                  />{' '}
                  {mergeValueText(conflict[side])}{' '}
                  <span className="muted small">
                    ({side === 'survivor' ? 'this customer' : 'the other customer'})
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      ) : (
        <p>The two customers do not disagree on any field.</p>
      )}
      <section aria-label="Combined lists">
        <h3>Combined</h3>
        <ul className="merge-lists">
          {LISTS.map(([field, label]) => (
            <li key={field}>
              {label}: {survivor[field].length} + {merged[field].length}
            </li>
          ))}
        </ul>
      </section>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || missing > 0}
          onClick={() => void merge()}
        >
          {busy ? 'Merging…' : 'Merge'}
        </button>
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        {missing > 0 && (
          <span className="muted small">
            {missing} field{missing === 1 ? '' : 's'} still to choose
          </span>
        )}
      </div>
    </dialog>
  );
}
