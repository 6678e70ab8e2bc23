import { useId } from 'react';
import { CASE_STATUSES, type CaseStatus } from '@/lib/db/constants';
import { STATUS_LABELS } from './format';

export function StatusSelect({
  value,
  onChange,
  disabled,
}: {
  value: CaseStatus;
  onChange: (status: CaseStatus) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <span>
      <label htmlFor={id} className="visually-hidden">
        Case status
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as CaseStatus)}
      >
        {CASE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </span>
  );
}
