import { useId, useState, type ReactNode } from 'react';
import type { Case } from '@/lib/db/schema';
import type { FilledReply } from '@/lib/replies/fill';
import { StatusBadge } from '../StatusBadge';

/** Extra buttons per case, given its case and its reply text ("Open & insert", later). */
export type GroupRowActions = (record: Case, text: string) => ReactNode;

/** One case of the group: its own filled reply (editable), and ways to post it. */
export function GroupCaseRow({
  record,
  filled,
  text,
  edited,
  onText,
  onReset,
  onRemove,
  actions,
}: {
  record: Case;
  filled: FilledReply | null;
  text: string;
  edited: boolean;
  onText: (text: string) => void;
  onReset: () => void;
  onRemove: () => void;
  actions?: GroupRowActions;
}) {
  const textId = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const who = `@${record.customer.handle}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied.');
    } catch {
      setCopied('Could not copy: select the text and copy it by hand.');
    }
  };

  return (
    <li className="group-case" aria-label={`Case ${record.ref}, ${who}`}>
      <div className="group-case-head">
        <strong>{record.ref}</strong> <span className="muted">{who}</span>{' '}
        <StatusBadge status={record.status} />
        <span className="group-case-title">{record.title}</span>
      </div>
      {filled ? (
        <>
          <label htmlFor={textId} className="small muted">
            Reply to {who}
            {edited && ' (edited)'}
          </label>
          <textarea
            id={textId}
            rows={3}
            value={text}
            maxLength={5000}
            onChange={(event) => onText(event.target.value)}
          />
          {filled.missing.length > 0 && (
            <p className="warn small">
              No value for {filled.missing.map((m) => `{${m}}`).join(', ')} here: complete it before
              posting.
            </p>
          )}
        </>
      ) : (
        <p className="muted small">Choose or write a reply to fill it in for {who}.</p>
      )}
      <div className="group-case-actions">
        <button
          type="button"
          onClick={() => void copy()}
          disabled={!filled}
          aria-label={`Copy reply to ${who}`}
        >
          Copy
        </button>
        {record.permalink ? (
          <a href={record.permalink} target="_blank" rel="noreferrer noopener">
            Open post
          </a>
        ) : (
          <span className="muted small">No link to the post</span>
        )}
        {/* Where "Open & insert" (the reply put into the site's own reply box) goes. */}
        {filled && actions?.(record, text)}
        {edited && (
          <button type="button" onClick={onReset} aria-label={`Undo edits of reply to ${who}`}>
            Undo edits
          </button>
        )}
        <button
          type="button"
          className="group-remove"
          onClick={onRemove}
          aria-label={`Remove ${record.ref} from the group`}
        >
          Remove
        </button>
        <span role="status" className="small muted">
          {copied}
        </span>
      </div>
    </li>
  );
}
