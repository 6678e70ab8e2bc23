import { useState } from 'react';

/** A delete button that asks once more, inline (no browser dialog), before it deletes. */
export function ConfirmDelete({
  what,
  consequence,
  onDelete,
  disabled,
}: {
  /** "Dana Reyes", "“Fix a login error”". */
  what: string;
  consequence: string;
  onDelete: () => void;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="danger" disabled={disabled} onClick={() => setAsking(true)}>
        Delete
      </button>
    );
  }
  return (
    <div className="confirm" role="alertdialog" aria-label={`Delete ${what}?`}>
      <p>
        Delete {what}? {consequence}
      </p>
      <button type="button" className="danger" onClick={onDelete}>
        Yes, delete
      </button>
      {/* Focus on the safe choice: Enter pressed twice must not delete. */}
      <button type="button" autoFocus onClick={() => setAsking(false)}>
        Keep
      </button>
    </div>
  );
}
