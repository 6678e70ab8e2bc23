import { handleLabel } from '@/lib/customers/handle-label';
import { useId, useState } from 'react';
import type { CaseDetail } from '@/lib/cases/sidebar-view';
import { request } from '@/lib/messages/client';
import { replyRefusal } from '@/lib/cases/reply-rules';
import { PLATFORM_LABELS } from '@/lib/db/constants';
import { problemsIn, replyContextOf } from '@/lib/replies/context';
import { fillReply } from '@/lib/replies/fill';
import { MarkReplied } from '../MarkReplied';
import { ReplyProblems } from '../ReplyProblems';
import { useAction } from '../useAction';
import { dashboardUrl } from './CaseLinks';
import { useSavedReplies } from './useSavedReplies';
import './reply.css';

/** X's limit for a standard account; longer replies need X Premium. */
const X_LIMIT = 280;

/**
 * Answering the case from the page: pick a saved reply, see it filled for this case, edit
 * it, and put it into the site's own reply box. Casebook never sends it: the agent reviews
 * it there and presses the site's own button, which records the reply.
 */
export function ReplySection({ record }: { record: CaseDetail }) {
  const ids = { pick: useId(), text: useId(), problems: useId(), refusal: useId() };
  const { state, refresh } = useSavedReplies(record.channel);
  const [chosen, setChosen] = useState('');
  const [text, setText] = useState('');
  const action = useAction();
  const site = PLATFORM_LABELS[record.channel];
  // A finished case takes no reply (the background refuses too): reopen it first.
  const refusal = replyRefusal(record.status);

  const choose = (id: string) => {
    setChosen(id);
    action.reset();
    if (state.kind !== 'ready') return;
    const reply = state.replies.find((r) => r.id === id);
    if (reply) setText(fillReply(reply.body, replyContextOf(record, state.agent)).text);
  };

  // What is left in the text as it stands (the agent may have typed a placeholder).
  const problems = problemsIn(text);

  const insert = () =>
    action.run(
      'insert',
      () => request('reply.insert', { caseId: record.id, text }),
      'The reply could not be inserted.',
    );

  return (
    <section aria-labelledby={`${ids.pick}-title`} className="reply-section">
      <h3 id={`${ids.pick}-title`} className="sub">
        Reply
      </h3>
      {state.kind === 'loading' && <p className="muted small">Loading saved replies…</p>}
      {state.kind === 'error' && (
        <p role="alert" className="error small">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' &&
        (state.replies.length ? (
          <div className="reply-pick">
            <label htmlFor={ids.pick}>Saved reply</label>
            <select
              id={ids.pick}
              value={chosen}
              onFocus={refresh}
              onChange={(event) => choose(event.target.value)}
            >
              <option value="">Choose a saved reply…</option>
              {state.replies.map((reply) => (
                <option key={reply.id} value={reply.id}>
                  {reply.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="muted small">
            No saved replies yet.{' '}
            <a href={`${dashboardUrl()}#view=replies`} target="_blank" rel="noreferrer">
              Add some in the dashboard
            </a>
            , or write the reply below.
          </p>
        ))}
      <label htmlFor={ids.text} className="visually-hidden">
        Reply text
      </label>
      <textarea
        id={ids.text}
        className="reply-text"
        rows={5}
        placeholder={`Write a reply to ${record.customer.name || handleLabel(record.customer.handle)}…`}
        value={text}
        aria-describedby={problems.length ? ids.problems : undefined}
        onChange={(event) => {
          setText(event.target.value);
          action.reset();
        }}
      />
      <p className={`small ${text.length > X_LIMIT && record.channel === 'x' ? 'warn' : 'muted'}`}>
        {text.length} characters
        {text.length > X_LIMIT && record.channel === 'x' && ` — over ${X_LIMIT}, X may refuse it`}
      </p>
      <ReplyProblems id={ids.problems} problems={problems} />
      {refusal && (
        <p id={ids.refusal} className="muted small">
          {refusal}
        </p>
      )}
      <div className="row reply-actions">
        <button
          type="button"
          className="primary"
          disabled={!text.trim() || problems.length > 0 || refusal !== null || action.busy !== null}
          aria-describedby={refusal ? ids.refusal : problems.length ? ids.problems : undefined}
          onClick={() => void insert()}
        >
          {action.busy ? 'Inserting…' : 'Insert into reply box'}
        </button>
        <MarkReplied caseId={record.id} status={record.status} />
      </div>
      <p role="status" className="small reply-outcome">
        {action.done ? `Inserted — review it and press Reply on ${site}.` : ''}
      </p>
      {action.error && (
        <p role="alert" className="error small">
          {action.error}
        </p>
      )}
    </section>
  );
}
