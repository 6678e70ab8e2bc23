import { useEffect, useState } from 'react';
import { groupHash, groupIdsOf } from './group-link';

/** The cases of the group in view, kept in the address so the page can be reloaded or shared. */
export function useGroupIds(): [string[], (ids: readonly string[]) => void] {
  const [ids, setIds] = useState(() => groupIdsOf(location.hash));
  useEffect(() => {
    const onHash = () => setIds(groupIdsOf(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const change = (next: readonly string[]) => {
    location.hash = groupHash(next);
    setIds(groupIdsOf(groupHash(next)));
  };
  return [ids, change];
}
