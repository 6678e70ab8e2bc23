import { handleLabel } from '@/lib/customers/handle-label';
import { useId, useState, type ReactNode } from 'react';
import type { Case } from '@/lib/db/schema';
import { problemsIn } from '@/lib/replies/context';
import type { FilledReply } from '@/lib/replies/fill';
import { ReplyProblems } from '../ReplyProblems';
import { safeHref } from '../safe-href';
import { StatusBadge } from '../StatusBadge';

/** What a per-case action gets: the case, its reply as it stands, and its problems' list. */
export interface GroupRow {
  record: Case;
  text: string;
  /** The id of the list of the text's problems (ReplyProblems); null when it has none. */
  problemsId: string | null;
}

/** Extra buttons per case ("Open & insert"). */
export type GroupRowActions = (row: GroupRow) => ReactNode;

/** One case of the group: its own filled reply (editable), and ways to post it. */
export function GroupCaseRow({
  record,
  filled,
  text,
  edited,
  answered,
  onText,
  onReset,
  onRemove,
  actions,
}: {
  record: Case;
  filled: FilledReply | null;
  text: string;
  edited: boolean;
  /** How the case was answered since the group was started ("replied on X"), or null. */
  answered: string | null;
  onText: (text: string) => void;
  onReset: () => void;
  onRemove: () => void;
  actions?: GroupRowActions;
}) {
  const textId = useId();
  const problemsId = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const who = handleLabel(record.customer.handle);
  const href = safeHref(record.permalink);
  // What is left in the text as it stands (the agent may have typed a placeholder).
  const problems = filled ? problemsIn(text) : [];

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
        <strong>{record.ref}</strong> <bdi className="muted">{who}</bdi>{' '}
        <StatusBadge status={record.status} />
        <span className="group-case-title">
          <bdi>{record.title}</bdi>
        </span>
      </div>
      {answered && <p className="small group-answered">Answered: {answered}.</p>}
      {filled ? (
        <>
          <label htmlFor={textId} className="small muted">
            Reply to <bdi>{who}</bdi>
            {edited && ' (edited)'}
          </label>
          <textarea
            id={textId}
            rows={3}
            value={text}
            maxLength={5000}
            aria-describedby={problems.length ? problemsId : undefined}
            onChange={(event) => onText(event.target.value)}
          />
          <ReplyProblems id={problemsId} problems={problems} />
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
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener">
            Open post
          </a>
        ) : (
          <span className="muted small">No link to the post</span>
        )}
        {filled && actions?.({ record, text, problemsId: problems.length ? problemsId : null })}
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
