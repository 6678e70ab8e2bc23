import './reply-problems.css';

/**
 * What to fix in a reply before it may go into the site's reply box (see problemsIn).
 * The insert button points here (aria-describedby) while it is disabled for them.
 */
export function ReplyProblems({ id, problems }: { id: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="reply-problems" aria-label="To fix before inserting">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
