import { useId, useState, type FormEvent } from 'react';
import type { Note } from '@/lib/db/schema';
import { fullTime, timeAgo } from './format';

export function NotesList({ notes }: { notes: readonly Note[] }) {
  if (!notes.length) return <p className="muted">No notes yet.</p>;
  return (
    <ul className="notes" aria-label="Notes">
      {notes.map((note) => (
        <li key={note.id}>
          <div className="post-text">{note.text}</div>
          <small className="muted">
            {note.by} · <time title={fullTime(note.at)}>{timeAgo(note.at)}</time>
          </small>
        </li>
      ))}
    </ul>
  );
}

/** Adds a note; keeps the draft when saving fails so nothing typed is lost. */
export function NoteForm({ onAdd }: { onAdd: (text: string) => Promise<void> }) {
  const id = useId();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setSaving(true);
    setError(null);
    try {
      await onAdd(text);
      setText('');
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'The note could not be saved.');
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} className="note-form">
      <label htmlFor={id} className="visually-hidden">
        New note
      </label>
      <textarea
        id={id}
        placeholder="Add a note for the team…"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
        }}
      />
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 6 }}>
        <button type="submit" className="primary" disabled={saving || !text.trim()}>
          {saving ? 'Saving…' : 'Add note'}
        </button>
        {error && (
          <span role="alert" className="error">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
