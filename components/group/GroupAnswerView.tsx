import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { GroupAnswerStatus, GroupOutcome } from '@/lib/cases/group-answer';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Case, SavedReply } from '@/lib/db/schema';
import { THIS_AGENT } from '@/lib/cases/actor';
import { replySince } from '@/lib/cases/reply-rules';
import { request } from '@/lib/messages/client';
import { NO_VALUES, replyContextOf } from '@/lib/replies/context';
import { fillReply } from '@/lib/replies/fill';
import { listSavedReplies } from '@/lib/replies/store';
import { useAction } from '../useAction';
import { AddToGroup } from './AddToGroup';
import { GroupCaseRow, type GroupRowActions } from './GroupCaseRow';
import { GroupOutcomes } from './GroupOutcomes';
import { ReplyChooser, WRITE_HERE } from './ReplyChooser';
import { useGroupIds } from './useGroupIds';
import { useSimilarOpen } from './useSimilarOpen';
import './group.css';

/** Recorded in each case's history when the reply was written here. */
const WRITTEN_HERE_NAME = 'written for this group';

const AFTER: { value: GroupAnswerStatus | ''; label: string }[] = [
  { value: '', label: 'Keep open' },
  { value: 'waiting', label: 'Waiting on customer' },
  { value: 'resolved', label: 'Resolved' },
];

interface GroupReply {
  key: string;
  name: string;
  body: string;
}

function chosenReply(replies: SavedReply[], choice: string, written: string): GroupReply | null {
  if (replies.length === 0 || choice === WRITE_HERE) {
    return written.trim() ? { key: WRITE_HERE, name: WRITTEN_HERE_NAME, body: written } : null;
  }
  const saved = replies.find((reply) => reply.id === choice);
  return saved ? { key: saved.id, name: saved.name, body: saved.body } : null;
}

/**
 * One answer for many: the cases of a group, one reply filled in for each (its own
 * @handle, name, case and link), and one button that records the reply in every case's
 * own history. `rowActions` is where per-case actions plug in ("Open & insert").
 */
export function GroupAnswerView({
  db,
  rowActions,
}: {
  db: CasebookDatabase;
  rowActions?: GroupRowActions;
}) {
  const [ids, setIds] = useGroupIds();
  const records = useLiveQuery(() => db.cases.bulkGet(ids), [db, ids.join(',')]);
  const replies = useLiveQuery(() => listSavedReplies(db), [db]);
  const [choice, setChoice] = useState('');
  const [written, setWritten] = useState('');
  // Edits per reply and case, so switching replies and back keeps what the agent typed.
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [after, setAfter] = useState<GroupAnswerStatus | ''>('');
  const action = useAction();
  const [outcomes, setOutcomes] = useState<GroupOutcome[] | null>(null);
  // What was answered last: the same cases with the same reply are not recorded twice by
  // a second press (a later, different answer is a next response and may be).
  const [answered, setAnswered] = useState<string | null>(null);
  // When the agent started on this group (opened the view, or last answered it): a reply
  // recorded since, by "Open & insert", is not recorded again by "Mark all answered".
  const [since, setSince] = useState(() => Date.now());

  const present = (records ?? []).filter((r): r is Case => r !== undefined && !r.deleted);
  const byId = new Map(present.map((record) => [record.id, record]));
  const similar = useSimilarOpen(db, present[0]);
  const suggestions =
    similar.kind === 'ready' ? similar.similar.filter((s) => !ids.includes(s.summary.id)) : [];
  const reply = replies ? chosenReply(replies, choice, written) : null;
  const answerKey = reply
    ? [...present.map((r) => r.id), reply.key, reply.body, after].join('|')
    : '';

  const remove = (caseId: string) => setIds(ids.filter((id) => id !== caseId));
  const add = (caseId: string) => {
    if (!ids.includes(caseId)) setIds([...ids, caseId]);
  };

  const markAll = async () => {
    if (!reply || present.length === 0) return;
    await action.run(
      'mark',
      async () => {
        const result = await request('cases.groupAnswer', {
          caseIds: present.map((record) => record.id),
          replyName: reply.name,
          since,
          ...(after ? { status: after } : {}),
        });
        setOutcomes(result.outcomes);
        setAnswered(answerKey);
        setSince(Date.now());
      },
      'The group could not be answered.',
    );
  };

  if (records === undefined || replies === undefined) {
    return <p className="muted group-view">Loading the group…</p>;
  }

  return (
    <main className="group-view" aria-labelledby="group-title">
      <h2 id="group-title" className="group-title">
        Answer as a group <span className="muted">({present.length} cases)</span>
      </h2>
      {ids.length === 0 && (
        <p className="empty">
          No cases in this group yet. Open a case and choose “Answer selected as a group”, use
          “Answer as a group” in the sidebar, or add cases by their reference below.
        </p>
      )}
      {ids.length > 0 && (
        <section aria-label="Reply" className="stack">
          <ReplyChooser
            replies={replies}
            choice={choice}
            onChoice={setChoice}
            written={written}
            onWritten={setWritten}
          />
          {reply && fillReply(reply.body, NO_VALUES).unknown.length > 0 && (
            <p className="warn small">
              Not a placeholder: {fillReply(reply.body, NO_VALUES).unknown.join(', ')}
            </p>
          )}
        </section>
      )}
      <ol className="group-cases" aria-label="Cases of the group">
        {ids.map((id, i) => {
          const record = records[i];
          if (!record || record.deleted) {
            return (
              <li key={id} className="group-case missing">
                <p className="error">Case {i + 1} of the group does not exist (any more).</p>
                <button
                  type="button"
                  onClick={() => remove(id)}
                  aria-label={`Remove missing case ${i + 1} from the group`}
                >
                  Remove from the group
                </button>
              </li>
            );
          }
          const filled = reply ? fillReply(reply.body, replyContextOf(record, THIS_AGENT)) : null;
          const editKey = `${reply?.key}|${id}`;
          const edited = edits[editKey] !== undefined;
          return (
            <GroupCaseRow
              key={id}
              record={record}
              filled={filled}
              text={edits[editKey] ?? filled?.text ?? ''}
              edited={edited}
              answered={replySince(record.history, since)?.to ?? null}
              onText={(text) => setEdits((current) => ({ ...current, [editKey]: text }))}
              onReset={() => setEdits(({ [editKey]: _dropped, ...rest }) => rest)}
              onRemove={() => remove(id)}
              actions={rowActions}
            />
          );
        })}
      </ol>
      {present.length > 0 && (
        <section aria-label="Mark all answered" className="stack group-finish">
          <fieldset className="group-after">
            <legend>After answering, each case is</legend>
            {AFTER.map((option) => (
              <label key={option.value}>
                <input
                  type="radio"
                  name="group-after"
                  value={option.value}
                  checked={after === option.value}
                  onChange={() => setAfter(option.value)}
                />{' '}
                {option.label}
              </label>
            ))}
          </fieldset>
          <p className="muted small">
            Post each reply on the site (Open &amp; insert, or Copy and Open post). “Mark all
            answered” records the reply in each case&apos;s own history, except for cases answered
            since you started on this group (a reply sent with Open &amp; insert is recorded once),
            and sets the status you chose for all.
          </p>
          <div>
            <button
              type="button"
              className="primary"
              disabled={!reply || action.busy !== null || answered === answerKey}
              onClick={() => void markAll()}
            >
              {action.busy
                ? 'Recording…'
                : answered === answerKey
                  ? 'Answered'
                  : `Mark all answered (${present.length})`}
            </button>
            {!reply && <span className="muted small"> Choose or write a reply first.</span>}
          </div>
          {action.error && (
            <p role="alert" className="error">
              {action.error}
            </p>
          )}
        </section>
      )}
      {outcomes && <GroupOutcomes outcomes={outcomes} records={byId} />}
      <AddToGroup db={db} suggestions={suggestions} onAdd={add} />
    </main>
  );
}
