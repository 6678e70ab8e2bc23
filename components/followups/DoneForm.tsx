import { useId, useState } from 'react';
import type { FollowUpEvidence } from '@/lib/db/schema';

/** A link is evidence of its own kind (the reply, the ticket); anything else is a note. */
const evidenceOf = (value: string): FollowUpEvidence =>
  /^https?:\/\//i.test(value) ? { kind: 'link', url: value } : { kind: 'note', text: value };

/** "Mark done", with what shows the promise was kept. */
export function DoneForm({
  busy,
  onDone,
}: {
  busy: boolean;
  onDone: (evidence: FollowUpEvidence) => void;
}) {
  const [evidence, setEvidence] = useState('');
  const id = useId();
  return (
    <form
      className="follow-up-actions"
      onSubmit={(event) => {
        event.preventDefault();
        const value = evidence.trim();
        if (value) onDone(evidenceOf(value));
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        How it was kept (a link or a note)
      </label>
      <input
        id={id}
        placeholder="Link or note: how it was kept"
        value={evidence}
        onChange={(e) => setEvidence(e.target.value)}
      />
      <button type="submit" disabled={busy || !evidence.trim()}>
        Mark done
      </button>
    </form>
  );
}
