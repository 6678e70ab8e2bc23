/**
 * The group answer view's address in the dashboard: #view=group&cases=<id>,<id>. The
 * sidebar's "Answer as a group" and the case page's "Answer selected as a group" link to it.
 */
const MAX_GROUP = 200;

export const groupHash = (caseIds: readonly string[]) =>
  `view=group&cases=${caseIds.map(encodeURIComponent).join(',')}`;

/** The case ids in a hash, each once, in order; anything that cannot be an id is dropped. */
export function groupIdsOf(hash: string): string[] {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get('cases') ?? '';
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0 && id.length <= 64);
  return [...new Set(ids)].slice(0, MAX_GROUP);
}
