import type { AcknowledgementNotice as Notice } from '@/lib/routing/outcome';

/**
 * What became of the routing rule's acknowledgement for the case in view (issue 11): in the
 * reply box waiting for the agent to send it, or why it is not (the capture stands).
 */
export function AcknowledgementNotice({
  notice,
  caseId,
}: {
  notice: Notice | null | undefined;
  caseId: string | undefined;
}) {
  if (!notice || notice.caseId !== caseId) return null;
  return (
    <p
      role={notice.inserted ? 'status' : 'alert'}
      className={`small ${notice.inserted ? 'muted' : 'warn'}`}
      data-testid="acknowledgement"
    >
      {notice.message}
    </p>
  );
}
