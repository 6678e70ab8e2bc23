/**
 * What an inline action (a button beside others) said last: a short note once it worked,
 * read out politely (status), or why it failed (alert).
 */
export function ActionStatus({ done, error }: { done: string | null; error: string | null }) {
  return (
    <>
      <span role="status" className="muted small">
        {done ? ` ${done}` : ''}
      </span>
      {error && <span role="alert" className="error small">{` ${error}`}</span>}
    </>
  );
}
