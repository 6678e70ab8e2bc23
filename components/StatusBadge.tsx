import type { CaseStatus } from '@/lib/db/schema';
import { STATUS_LABELS } from './format';

export function StatusBadge({ status }: { status: CaseStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
