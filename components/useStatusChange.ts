import { useState } from 'react';
import type { CaseStatus } from '@/lib/db/constants';
import { request } from '@/lib/messages/client';

/** Changes a case's status through the background, with the error to show and a busy flag. */
export function useStatusChange(caseId: string) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = async (status: CaseStatus) => {
    setBusy(true);
    setError(null);
    try {
      await request('case.setStatus', { caseId, status });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'The status could not be changed.');
    } finally {
      setBusy(false);
    }
  };
  return { change, error, busy };
}
