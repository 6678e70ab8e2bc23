import { useContext, useState } from 'react';
import { FieldErrors, fieldId, useFieldProps } from './fields';

/** Lines → terms: blank lines are dropped, so the agent can leave space while typing. */
export const termsOf = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

interface TermsFieldProps {
  path: string;
  label: string;
  hint: string;
  value: readonly string[];
  onChange: (terms: string[]) => void;
  rows?: number;
}

/**
 * A list of terms as a text area, one term per line. The text is kept as typed (blank
 * lines too) and replaced only when the list changes from outside (Restore defaults, or
 * the stored spelling after a save). A problem with one term is shown with its number.
 */
export function TermsField({ path, label, hint, value, onChange, rows = 4 }: TermsFieldProps) {
  const [text, setText] = useState(() => value.join('\n'));
  // Compared once per new list (not every render): a stored term with a line break in it
  // would otherwise never equal its own text and re-render for ever.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (JSON.stringify(termsOf(text)) !== JSON.stringify(value)) setText(value.join('\n'));
  }
  const errors = useContext(FieldErrors);
  const messages = [...errors]
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .map(([key, message]) => {
      const index = key.slice(path.length + 1);
      return index
        ? `Term ${Number(index) + 1} (“${value[Number(index)]?.trim() ?? ''}”): ${message}`
        : message;
    });
  const props = useFieldProps(path);
  const hintId = `${fieldId(path)}-hint`;
  const errorId = `${fieldId(path)}-error`;
  return (
    <div className="field">
      <label htmlFor={props.id}>{label}</label>
      <textarea
        id={props.id}
        rows={rows}
        spellCheck={false}
        className="terms"
        aria-invalid={messages.length > 0 ? true : undefined}
        aria-describedby={messages.length > 0 ? `${hintId} ${errorId}` : hintId}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(termsOf(event.target.value));
        }}
      />
      <span id={hintId} className="muted small">
        {hint}
      </span>
      {messages.length > 0 && (
        <span id={errorId} className="field-error">
          {messages.slice(0, 3).join(' ')}
          {messages.length > 3 && ` (and ${messages.length - 3} more)`}
        </span>
      )}
    </div>
  );
}
