import { createContext, useContext, useId, type ReactNode } from 'react';
import { PLATFORM_LABELS, PLATFORMS } from '@/lib/db/constants';
import { numberFrom } from '@/lib/settings-form/units';

/** The messages of the section being edited, by dotted field path. */
export const FieldErrors = createContext<ReadonlyMap<string, string>>(new Map());

/** The element id of a field: the list of problems links to it. */
export const fieldId = (path: string) => `field-${path}`;

/** What an input needs to be found and to announce its problem. */
export function useFieldProps(path: string) {
  const message = useContext(FieldErrors).get(path);
  return {
    id: fieldId(path),
    'aria-invalid': message ? true : undefined,
    'aria-describedby': message ? `${fieldId(path)}-error` : undefined,
  };
}

/** The problem of one field, in plain words, right beside it. */
export function FieldError({ path }: { path: string }) {
  const message = useContext(FieldErrors).get(path);
  if (!message) return null;
  return (
    <span id={`${fieldId(path)}-error`} className="field-error">
      {message}
    </span>
  );
}

interface FieldProps {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
}

/** A label above its control, a hint and the field's error below. */
export function Field({ path, label, hint, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={fieldId(path)}>{label}</label>
      {children}
      {hint && <span className="muted small">{hint}</span>}
      <FieldError path={path} />
    </div>
  );
}

interface NumberInputProps {
  path: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  /** When the visible label is elsewhere (a table header). */
  'aria-label'?: string;
  className?: string;
}

/** A number field; empty is NaN, which validation reports, never a silent 0. */
export function NumberInput({ path, value, onChange, ...rest }: NumberInputProps) {
  return (
    <input
      type="number"
      inputMode="decimal"
      className={rest.className ?? 'num'}
      {...useFieldProps(path)}
      min={rest.min}
      max={rest.max}
      step={rest.step ?? 1}
      aria-label={rest['aria-label']}
      value={Number.isNaN(value) ? '' : value}
      onChange={(event) => onChange(numberFrom(event.target.value))}
    />
  );
}

/** The options of a channel select: any channel, then each platform by name. */
export function ChannelOptions() {
  return (
    <>
      <option value="any">Any channel</option>
      {PLATFORMS.map((platform) => (
        <option key={platform} value={platform}>
          {PLATFORM_LABELS[platform]}
        </option>
      ))}
    </>
  );
}

/** A checkbox with its hint under it, read with it by screen readers. */
export function Toggle(props: {
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = useId();
  return (
    <div className="field">
      <label className="inline">
        <input
          type="checkbox"
          checked={props.checked}
          aria-describedby={hintId}
          onChange={(event) => props.onChange(event.target.checked)}
        />{' '}
        {props.label}
      </label>
      <span id={hintId} className="muted small">
        {props.hint}
      </span>
    </div>
  );
}
