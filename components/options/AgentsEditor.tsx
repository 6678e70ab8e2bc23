import { useId, useState, type FormEvent } from 'react';
import type { Settings } from '@/lib/settings';
import { request } from '@/lib/messages/client';

/** The people cases can be assigned to, one per line; "me" is this browser's agent. */
export function AgentsEditor({ settings }: { settings: Settings }) {
  const id = useId();
  const [draft, setDraft] = useState(settings.agents.join('\n'));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const agents = draft
      .split('\n')
      .map((name) => name.trim())
      .filter(Boolean);
    try {
      await request('settings.saveSection', { section: 'agents', value: agents });
      setMessage({ kind: 'ok', text: 'Saved.' });
    } catch (cause) {
      setMessage({ kind: 'error', text: cause instanceof Error ? cause.message : 'Not saved.' });
    }
  };

  return (
    <form onSubmit={save} className="stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Agents</h2>
      <label htmlFor={id}>One name per line. Cases can be assigned to these people.</label>
      <textarea id={id} rows={6} value={draft} onChange={(e) => setDraft(e.target.value)} />
      <div>
        <button type="submit" className="primary">
          Save agents
        </button>{' '}
        {message && (
          <span
            role={message.kind === 'error' ? 'alert' : 'status'}
            className={message.kind === 'error' ? 'error' : 'muted'}
          >
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
