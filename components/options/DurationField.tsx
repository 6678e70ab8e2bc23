import { useId, useState } from 'react';
import { joinMinutes, numberFrom, splitMinutes } from '@/lib/settings-form/units';
import { FieldError, useFieldProps } from './fields';

interface DurationFieldProps {
  path: string;
  label: string;
  /** Minutes; NaN while both parts are empty (one empty part counts as 0). */
  value: number;
  onChange: (minutes: number) => void;
}

const asText = (n: number) => (Number.isNaN(n) ? '' : String(n));

/** A target entered as hours and minutes. */
export function DurationField({ path, label, value, onChange }: DurationFieldProps) {
  const labelId = useId();
  // The two parts as typed: clearing the hours must not clear the minutes too.
  const [parts, setParts] = useState(() => splitMinutes(value));
  const [shown, setShown] = useState(value);
  if (shown !== value && !(Number.isNaN(shown) && Number.isNaN(value))) {
    setShown(value);
    setParts(splitMinutes(value)); // changed from outside (Restore defaults)
  }
  const change = (part: 'hours' | 'minutes', text: string) => {
    const next = { ...parts, [part]: numberFrom(text) };
    const minutes = joinMinutes(next.hours, next.minutes);
    setParts(next);
    setShown(minutes);
    onChange(minutes);
  };
  // 90 min reads back as 1 h 30 min once the agent leaves the field.
  const tidy = () => Number.isFinite(value) && setParts(splitMinutes(value));
  const props = useFieldProps(path);
  return (
    <div className="field" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="field-label">
        {label}
      </span>
      <span className="duration">
        <input
          type="number"
          className="num"
          min={0}
          step={1}
          {...props}
          aria-label={`${label} hours`}
          value={asText(parts.hours)}
          onChange={(event) => change('hours', event.target.value)}
          onBlur={tidy}
        />{' '}
        h{' '}
        <input
          type="number"
          className="num"
          min={0}
          max={59}
          step={1}
          aria-invalid={props['aria-invalid']}
          aria-describedby={props['aria-describedby']}
          aria-label={`${label} minutes`}
          value={asText(parts.minutes)}
          onChange={(event) => change('minutes', event.target.value)}
          onBlur={tidy}
        />{' '}
        min
      </span>
      <FieldError path={path} />
    </div>
  );
}
