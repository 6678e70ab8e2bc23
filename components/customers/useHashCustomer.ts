import { useEffect, useState } from 'react';

const read = () => new URLSearchParams(location.hash.slice(1)).get('customer');

/**
 * The open customer lives in the URL (#view=customers&customer=<id>), like the open case,
 * so a link (from a case, the sidebar, a merge's history) opens it and Back returns.
 */
export function useHashCustomer(): [string | null, (id: string | null) => void] {
  const [customerId, setCustomerId] = useState<string | null>(read);
  useEffect(() => {
    const onHash = () => setCustomerId(read());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const open = (id: string | null) => {
    location.hash = id ? customerHash(id) : 'view=customers';
    setCustomerId(id);
  };
  return [customerId, open];
}

export const customerHash = (id: string) => `view=customers&customer=${encodeURIComponent(id)}`;
