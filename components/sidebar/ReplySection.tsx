import { useId, useState } from 'react';
import type { CaseDetail } from '@/lib/cases/sidebar-view';
import { request } from '@/lib/messages/client';
import { replyContextOf } from '@/lib/replies/example';
import { fillReply, replyProblems, type ReplyContext } from '@/lib/replies/fill';
import { MarkReplied } from '../MarkReplied';
import { dashboardUrl } from './CaseLinks';
import { useSavedReplies } from './useSavedReplies';
import './reply.css';

const SITE_NAMES: Partial<Record<CaseDetail['channel'], string>> = { x: 'X' };
/** X's limit for a standard account; longer replies need X Premium. */
const X_LIMIT = 280;

const EMPTY_CONTEXT: ReplyContext = {
  name: null,
  handle: null,
  caseRef: null,
  link: null,
  agent: null,
};

type Outcome =
  { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/**
 * Answering the case from the page: pick a saved reply, see it filled for this case, edit
 * it, and put it into the site's own reply box. Casebook never sends it: the agent reviews
 * it there and presses the site's own button, which records the reply.
 */
export function ReplySection({ record }: { record: CaseDetail }) {
  const ids = { pick: useId(), text: useId(), problems: useId() };
  const { state, refresh } = useSavedReplies(record.channel);
  const [chosen, setChosen] = useState('');
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const site = SITE_NAMES[record.channel] ?? record.channel;

  const choose = (id: string) => {
    setChosen(id);
    setOutcome(null);
    if (state.kind !== 'ready') return;
    const reply = state.replies.find((r) => r.id === id);
    if (reply) setText(fillReply(reply.body, replyContextOf(record, state.agent)).text);
  };

  // What is left in the text as it stands (the agent may have typed a placeholder).
  const problems = replyProblems(fillReply(text, EMPTY_CONTEXT));

  const insert = async () => {
    setOutcome({ kind: 'busy' });
    try {
      await request('reply.insert', { caseId: record.id, text });
      setOutcome({ kind: 'done', message: `Inserted — review it and press Reply on ${site}.` });
    } catch (cause) {
      setOutcome({
        kind: 'error',
        message: cause instanceof Error ? cause.message : 'The reply could not be inserted.',
      });
    }
  };

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
        placeholder={`Write a reply to @${record.customer.handle}…`}
        value={text}
        aria-describedby={problems.length ? ids.problems : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setOutcome(null);
        }}
      />
      <p className={`small ${text.length > X_LIMIT && record.channel === 'x' ? 'warn' : 'muted'}`}>
        {text.length} characters
        {text.length > X_LIMIT && record.channel === 'x' && ` — over ${X_LIMIT}, X may refuse it`}
      </p>
      {problems.length > 0 && (
        <ul id={ids.problems} className="reply-problems" aria-label="To fix before inserting">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="row reply-actions">
        <button
          type="button"
          className="primary"
          disabled={!text.trim() || problems.length > 0 || outcome?.kind === 'busy'}
          onClick={() => void insert()}
        >
          {outcome?.kind === 'busy' ? 'Inserting…' : 'Insert into reply box'}
        </button>
        <MarkReplied caseId={record.id} />
      </div>
      <p role="status" className="small reply-outcome">
        {outcome?.kind === 'done' ? outcome.message : ''}
      </p>
      {outcome?.kind === 'error' && (
        <p role="alert" className="error small">
          {outcome.message}
        </p>
      )}
    </section>
  );
}
