/**
 * What stopped a form: the fields the agent must fix (checked before sending) and the
 * background's answer when the request failed. Both are alerts, so they are read out.
 */
export function FormProblems({
  problems,
  error,
}: {
  problems: readonly string[];
  error: string | null;
}) {
  return (
    <>
      {problems.length > 0 && (
        <ul role="alert" className="error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}
