import { useEffect, useState } from 'react';

const read = () => new URLSearchParams(location.hash.slice(1)).get('case');

/** The open case lives in the URL (#case=<id>), so links from the sidebar open it. */
export function useHashCase(): [string | null, (id: string | null) => void] {
  const [caseId, setCaseId] = useState<string | null>(read);
  useEffect(() => {
    const onHash = () => setCaseId(read());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const open = (id: string | null) => {
    location.hash = id ? `case=${encodeURIComponent(id)}` : '';
    setCaseId(id);
  };
  return [caseId, open];
}
