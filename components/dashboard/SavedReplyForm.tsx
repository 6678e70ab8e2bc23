import { useId, useRef, useState, type FormEvent } from 'react';
import { PLATFORMS, type SavedReply } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import type { ExampleCase } from '@/lib/replies/example';
import { fillReply, PLACEHOLDERS, replyProblems, type Placeholder } from '@/lib/replies/fill';
import { fieldErrors, SavedReplyInputSchema } from '@/lib/replies/input';
import { channelLabel } from '../format';

const CHANNELS = ['any', ...PLATFORMS] as const;

interface Draft {
  name: string;
  body: string;
  channel: SavedReply['channel'];
  tags: string;
}

const draftOf = (reply: SavedReply | null): Draft => ({
  name: reply?.name ?? '',
  body: reply?.body ?? '',
  channel: reply?.channel ?? 'any',
  tags: reply?.tags.join(', ') ?? '',
});

const tagsOf = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * Creates or edits one saved reply: checked as it is typed once a save was tried (errors
 * beside their fields, in plain words), with the placeholders at hand and a live preview
 * filled from an example case. A refused save keeps everything typed.
 */
export function SavedReplyForm({
  reply,
  example,
  onSaved,
  onDeleted,
  onDirty,
}: {
  reply: SavedReply | null;
  example: ExampleCase;
  onSaved: (saved: SavedReply) => void;
  onDeleted: () => void;
  onDirty: (dirty: boolean) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(reply));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const input = {
    ...(reply ? { id: reply.id } : {}),
    name: draft.name,
    body: draft.body,
    channel: draft.channel,
    tags: tagsOf(draft.tags),
  };
  const parsed = SavedReplyInputSchema.safeParse(input);
  const errors = tried && !parsed.success ? fieldErrors(parsed.error) : {};
  const preview = fillReply(draft.body, example.context);

  const change = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setFailure(null);
    onDirty(true);
  };

  /** Puts a placeholder where the caret is in the text (at the end when it is elsewhere). */
  const addPlaceholder = (placeholder: Placeholder) => {
    const area = bodyRef.current;
    const token = `{${placeholder}}`;
    const start = area?.selectionStart ?? draft.body.length;
    const end = area?.selectionEnd ?? draft.body.length;
    change({ body: draft.body.slice(0, start) + token + draft.body.slice(end) });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!parsed.success) {
      // To the first field to fix, once its error is shown.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const result = await request('replies.save', { reply: input });
      onDirty(false);
      onSaved(result);
    } catch (cause) {
      setFailure(cause instanceof Error ? cause.message : 'The saved reply could not be saved.');
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!reply || !confirm(`Delete the saved reply “${reply.name}”?`)) return;
    setBusy(true);
    try {
      await request('replies.delete', { id: reply.id });
      onDirty(false);
      onDeleted();
    } catch (cause) {
      setFailure(cause instanceof Error ? cause.message : 'The saved reply could not be deleted.');
      setBusy(false);
    }
  };

  const fieldProps = (field: string) =>
    errors[field]
      ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` }
      : {};
  const fieldError = (field: string) =>
    errors[field] ? (
      <span id={`${id}-${field}-error`} className="field-error">
        {errors[field]}
      </span>
    ) : null;

  return (
    <form
      ref={formRef}
      className="reply-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{reply ? `Edit “${reply.name}”` : 'New saved reply'}</h2>
      <div className="reply-form-row">
        <div className="reply-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={draft.name}
            maxLength={100}
            onChange={(event) => change({ name: event.target.value })}
            {...fieldProps('name')}
          />
          {fieldError('name')}
        </div>
        <div className="reply-field">
          <label htmlFor={`${id}-channel`}>Channel</label>
          <select
            id={`${id}-channel`}
            value={draft.channel}
            onChange={(event) => change({ channel: event.target.value as Draft['channel'] })}
          >
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {channelLabel(channel)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="reply-field">
        <label htmlFor={`${id}-body`}>Text</label>
        <textarea
          id={`${id}-body`}
          ref={bodyRef}
          rows={6}
          value={draft.body}
          onChange={(event) => change({ body: event.target.value })}
          {...fieldProps('body')}
        />
        {fieldError('body')}
      </div>
      <div role="group" aria-label="Placeholders" className="placeholders">
        <span className="muted small">Placeholders, filled for each case:</span>
        {(Object.keys(PLACEHOLDERS) as Placeholder[]).map((placeholder) => (
          <button
            key={placeholder}
            type="button"
            className="placeholder"
            title={`Insert {${placeholder}}: ${PLACEHOLDERS[placeholder]}`}
            aria-label={`Insert {${placeholder}}, ${PLACEHOLDERS[placeholder]}`}
            onClick={() => addPlaceholder(placeholder)}
          >
            {`{${placeholder}}`} <span className="muted">{PLACEHOLDERS[placeholder]}</span>
          </button>
        ))}
      </div>
      <div className="reply-field">
        <label htmlFor={`${id}-tags`}>Tags</label>
        <input
          id={`${id}-tags`}
          value={draft.tags}
          placeholder="first response, billing"
          onChange={(event) => change({ tags: event.target.value })}
          {...fieldProps('tags')}
        />
        {fieldError('tags')}
      </div>
      <section aria-labelledby={`${id}-preview`} className="reply-preview">
        <h3 id={`${id}-preview`}>Preview for {example.label}</h3>
        <p className="post-text" data-testid="reply-preview">
          {draft.body.trim() ? preview.text : <span className="muted">Write the text above.</span>}
        </p>
        {replyProblems({
          missing: preview.missing,
          // Typos are the text field's error once a save was tried: said once, there.
          unknown: errors.body ? [] : preview.unknown,
        }).map((problem) => (
          <p key={problem} className="warn small">
            {problem}
          </p>
        ))}
      </section>
      <div className="reply-form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        {reply && (
          <button type="button" onClick={() => void remove()} disabled={busy}>
            Delete
          </button>
        )}
        {failure && (
          <span role="alert" className="error">
            {failure}
          </span>
        )}
      </div>
    </form>
  );
}
