import { useState } from 'react';
import { request } from '@/lib/messages/client';

/**
 * Records a reply the agent made outside Casebook (another tool, a DM, a call): the first
 * or next response clock stops, and the case's history shows it.
 */
export function MarkReplied({ caseId }: { caseId: string }) {
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);

  const mark = async () => {
    setState('busy');
    setError(null);
    try {
      await request('case.markReplied', { caseId });
      setState('done');
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'The reply could not be recorded.');
      setState('idle');
    }
  };

  return (
    <span className="mark-replied">
      <button
        type="button"
        onClick={() => void mark()}
        disabled={state === 'busy'}
        title="You answered the customer elsewhere: record the reply (stops the response clock)"
      >
        {state === 'busy' ? 'Recording…' : 'Mark replied'}
      </button>
      <span role="status" className="muted small">
        {state === 'done' ? ' Recorded as replied.' : ''}
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
