import { useId, useState, type FormEvent } from 'react';
import { isOpenStatus, type Case } from '@/lib/db/schema';
import { WRITE_UP_LIMITS, WriteUpSchema } from '@/lib/knowledge/inputs';
import { writeUpDraft } from '@/lib/knowledge/write-up';
import { request } from '@/lib/messages/client';
import { issueMessages } from './issues';
import { useAction } from './useAction';
import { FormProblems } from './FormProblems';

const FIELD_NAMES = {
  title: 'Title',
  problem: 'Problem',
  resolution: 'Resolution',
  notes: 'Notes',
  tags: 'Tag',
};

/**
 * "Write up as article" on a resolved or closed case: a form prefilled from the case,
 * where the agent writes the resolution; saving makes a draft article linked to the case.
 */
export function WriteUpForm({ record }: { record: Case }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [start] = useState(() => writeUpDraft(record));
  const [draft, setDraft] = useState(() => ({
    title: start.title,
    problem: start.problem,
    resolution: start.resolution,
    notes: start.notes,
    tags: record.tags.join(', '),
  }));
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();
  if (isOpenStatus(record.status)) return null;

  const set = (field: keyof typeof draft) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const writeUp = {
      ...draft,
      tags: draft.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    };
    const checked = WriteUpSchema.safeParse(writeUp);
    setProblems(checked.success ? [] : issueMessages(checked.error, FIELD_NAMES));
    if (!checked.success) return;
    await action.run('save', async () => {
      const article = await request('case.writeUp', { caseId: record.id, writeUp });
      setSaved(article.title);
      setOpen(false);
    });
  };

  if (!open) {
    return (
      <section aria-label="Write-up" className="stack">
        {saved && (
          <p role="status" className="notice">
            Saved as a draft article: “{saved}”. Publish it in{' '}
            <a href="#view=knowledge">Knowledge</a>.
          </p>
        )}
        <div>
          <button type="button" onClick={() => setOpen(true)}>
            Write up as article
          </button>
        </div>
      </section>
    );
  }

  return (
    <form className="record-form write-up" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Write up as article</h3>
      <p className="muted small">
        Becomes a draft in Knowledge, linked to this case. Leave out what identifies the customer.
      </p>
      <div className="field">
        <label htmlFor={`${id}-t`}>Title</label>
        <input id={`${id}-t`} value={draft.title} onChange={set('title')} required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-p`}>Problem</label>
        <textarea
          id={`${id}-p`}
          value={draft.problem}
          onChange={set('problem')}
          aria-describedby={start.trimmed.includes('problem') ? `${id}-p-cut` : undefined}
        />
        {start.trimmed.includes('problem') && (
          <TrimmedHint id={`${id}-p-cut`} limit={WRITE_UP_LIMITS.problem} what="text" />
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-r`}>Resolution</label>
        <textarea
          id={`${id}-r`}
          className="long"
          value={draft.resolution}
          placeholder="What solved it, step by step"
          onChange={set('resolution')}
          autoFocus
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-n`}>Notes</label>
        <textarea
          id={`${id}-n`}
          value={draft.notes}
          onChange={set('notes')}
          aria-describedby={start.trimmed.includes('notes') ? `${id}-n-cut` : undefined}
        />
        {start.trimmed.includes('notes') && (
          <TrimmedHint id={`${id}-n-cut`} limit={WRITE_UP_LIMITS.notes} what="notes" />
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-g`}>Tags</label>
        <input id={`${id}-g`} value={draft.tags} onChange={set('tags')} />
      </div>
      <FormProblems problems={problems} error={action.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={action.busy !== null}>
          {action.busy ? 'Saving…' : 'Save draft article'}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Says that a prefilled part was cut to fit (it ends with "(trimmed)"). */
function TrimmedHint({ id, limit, what }: { id: string; limit: number; what: string }) {
  return (
    <span className="hint" id={id}>
      The case’s {what} did not fit: cut to the first {limit.toLocaleString('en')} characters,
      marked “(trimmed)”. The case keeps all of it.
    </span>
  );
}
