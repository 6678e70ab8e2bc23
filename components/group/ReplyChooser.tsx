import { useId } from 'react';
import type { SavedReply } from '@/lib/db/schema';
import { PLACEHOLDERS } from '@/lib/replies/fill';

/** Choice of the written-here reply in the select. */
export const WRITE_HERE = 'write-here';

const placeholderHint = Object.keys(PLACEHOLDERS)
  .map((key) => `{${key}}`)
  .join(' ');

/**
 * Which reply answers the group: one of the desk's saved replies, or one written here
 * (the only way when the desk has none yet).
 */
export function ReplyChooser({
  replies,
  choice,
  onChoice,
  written,
  onWritten,
}: {
  replies: SavedReply[];
  choice: string;
  onChoice: (choice: string) => void;
  written: string;
  onWritten: (text: string) => void;
}) {
  const selectId = useId();
  const textId = useId();
  const writing = replies.length === 0 || choice === WRITE_HERE;
  return (
    <div className="stack">
      {replies.length > 0 ? (
        <div>
          <label htmlFor={selectId}>Saved reply</label>{' '}
          <select id={selectId} value={choice} onChange={(event) => onChoice(event.target.value)}>
            <option value="">Choose a saved reply…</option>
            {replies.map((reply) => (
              <option key={reply.id} value={reply.id}>
                {reply.name}
              </option>
            ))}
            <option value={WRITE_HERE}>Write one for this group</option>
          </select>
        </div>
      ) : (
        <p className="muted">No saved replies yet: write the reply for this group.</p>
      )}
      {writing && (
        <div className="stack">
          <label htmlFor={textId}>Reply for this group</label>
          <textarea
            id={textId}
            rows={4}
            maxLength={5000}
            value={written}
            onChange={(event) => onWritten(event.target.value)}
            placeholder="Hi {name}, sorry about this. …"
          />
        </div>
      )}
      <p className="muted small">
        Filled in for each case: {placeholderHint} (the customer&apos;s name, @handle, the case, the
        link to their post, the agent).
      </p>
    </div>
  );
}
