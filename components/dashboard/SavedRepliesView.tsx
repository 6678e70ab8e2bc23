import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useRef, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import type { SavedReply } from '@/lib/db/schema';
import { exampleCase, SAMPLE_CASE } from '@/lib/replies/example';
import { filterReplies, listSavedReplies, MAX_SAVED_REPLIES } from '@/lib/replies/store';
import { THIS_AGENT } from '@/lib/cases/actor';
import { ErrorBoundary } from '../ErrorBoundary';
import { channelLabel } from '../format';
import { SavedReplyForm } from './SavedReplyForm';
import './saved-replies.css';

type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'reply'; id: string };

/**
 * The desk's saved replies: a searchable list beside the one being edited. Reads the
 * table live (a top-level page may); every change goes through the background.
 */
export function SavedRepliesView({ db }: { db: CasebookDatabase }) {
  const replies = useLiveQuery(() => listSavedReplies(db), [db]);
  // Filled as the sidebar and the group view fill it: {agent} is this browser's agent.
  const example = useLiveQuery(() => exampleCase(db, THIS_AGENT), [db]);
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [notice, setNotice] = useState('');
  const dirty = useRef(false);
  const searchId = useId();

  const shown = replies ? filterReplies(replies, query) : [];
  const selected =
    selection.kind === 'reply' ? (replies?.find((r) => r.id === selection.id) ?? null) : null;

  const select = (next: Selection) => {
    if (dirty.current && !confirm('Discard the changes you have not saved?')) return;
    dirty.current = false;
    setNotice('');
    setSelection(next);
  };

  return (
    <div className="dash-body">
      <section className="queue" aria-labelledby={`${searchId}-title`}>
        <div className="replies-head">
          <h2 id={`${searchId}-title`}>Saved replies</h2>
          <button type="button" className="primary" onClick={() => select({ kind: 'new' })}>
            New saved reply
          </button>
        </div>
        <label htmlFor={searchId} className="visually-hidden">
          Search saved replies
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Search name, text or tag"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <p role="status" className="muted small replies-notice">
          {notice}
        </p>
        {replies === undefined ? (
          <p className="muted">Loading saved replies…</p>
        ) : shown.length === 0 ? (
          <p className="empty" data-testid="replies-empty">
            {replies.length
              ? `No saved reply matches “${query}”.`
              : 'No saved replies yet. Press “New saved reply” to write the first one.'}
          </p>
        ) : (
          <ul className="case-rows" aria-label="Saved replies">
            {shown.map((reply) => (
              <li key={reply.id}>
                <ReplyRow
                  reply={reply}
                  current={selected?.id === reply.id}
                  onOpen={() => select({ kind: 'reply', id: reply.id })}
                />
              </li>
            ))}
          </ul>
        )}
        {replies?.length === MAX_SAVED_REPLIES && (
          <p className="muted small">A desk keeps at most {MAX_SAVED_REPLIES} saved replies.</p>
        )}
      </section>
      <section className="detail" aria-label="Saved reply">
        {selection.kind === 'none' || (selection.kind === 'reply' && !selected) ? (
          <p className="empty">
            Choose a saved reply to edit it, or write a new one. Agents pick them in the sidebar,
            filled for the case in front of them.
          </p>
        ) : (
          <ErrorBoundary key={selected?.id ?? 'new'}>
            <SavedReplyForm
              reply={selected}
              example={example ?? SAMPLE_CASE}
              onDirty={(value) => (dirty.current = value)}
              onSaved={(saved) => {
                setSelection({ kind: 'reply', id: saved.id });
                setNotice(`Saved “${saved.name}”.`);
              }}
              onDeleted={() => {
                setNotice(`Deleted “${selected?.name ?? ''}”.`);
                setSelection({ kind: 'none' });
              }}
            />
          </ErrorBoundary>
        )}
      </section>
    </div>
  );
}

function ReplyRow({
  reply,
  current,
  onOpen,
}: {
  reply: SavedReply;
  current: boolean;
  onOpen: () => void;
}) {
  return (
    <button type="button" className="case-row" aria-current={current} onClick={onOpen}>
      <span className="case-row-top">
        <strong>{reply.name}</strong>
        <span className="muted small">{channelLabel(reply.channel)}</span>
        {reply.tags.length > 0 && (
          <span className="muted small reply-tags">{reply.tags.join(' · ')}</span>
        )}
      </span>
      <span className="case-row-title muted">{reply.body}</span>
    </button>
  );
}
