import { useState } from 'react';
import { request } from '@/lib/messages/client';
import type { Case } from '@/lib/db/schema';

/**
 * Opens the case's post in a new tab and puts this case's filled reply into the site's
 * own reply box there, for the agent to review and send with the site's button. When
 * they do, the reply is recorded in this case's history (see reply-handlers).
 */
export function OpenAndInsert({ record, text }: { record: Case; text: string }) {
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const insert = async () => {
    setState('busy');
    setError(null);
    try {
      await request('reply.insert', { caseId: record.id, text });
      setState('done');
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'The reply could not be inserted.');
      setState('idle');
    }
  };
  return (
    <span className="open-insert">
      <button
        type="button"
        onClick={() => void insert()}
        disabled={state === 'busy' || !text.trim()}
        aria-label={`Open the post of @${record.customer.handle} and insert the reply`}
      >
        {state === 'busy' ? 'Opening…' : 'Open & insert'}
      </button>
      <span role="status" className="muted small">
        {state === 'done' ? ' In the reply box of the new tab: review it and press Reply.' : ''}
      </span>
      {error && (
        <span role="alert" className="error small">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}
