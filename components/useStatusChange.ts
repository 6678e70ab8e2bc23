import { useState } from 'react';
import type { CaseStatus } from '@/lib/db/constants';
import { request, RequestError } from '@/lib/messages/client';

/**
 * Changes a case's status through the background. When required checklist steps are
 * open, the change waits for a reason: `pending` holds it until confirm(reason) or cancel().
 */
export function useStatusChange(caseId: string) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ status: CaseStatus; message: string } | null>(null);

  const send = async (status: CaseStatus, reason?: string) => {
    setBusy(true);
    setError(null);
    try {
      await request('case.setStatus', { caseId, status, ...(reason ? { reason } : {}) });
      setPending(null);
    } catch (cause) {
      if (cause instanceof RequestError && cause.code === 'checklist-incomplete') {
        setPending({ status, message: cause.message });
      } else {
        setError(cause instanceof Error ? cause.message : 'The status could not be changed.');
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    change: (status: CaseStatus) => send(status),
    confirm: (reason: string) => (pending ? send(pending.status, reason) : Promise.resolve()),
    cancel: () => setPending(null),
    pending,
    error,
    busy,
  };
}
