import { useState } from 'react';
import { useFieldProps } from '../fields';

/** "refund, invoice" → ['refund', 'invoice']; nothing listed → undefined (no condition). */
export const listFrom = (text: string): string[] | undefined => {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
};

/**
 * A comma-separated list. The text is kept as typed ("refund, " while typing the next
 * word) and only re-read from the value when that changes from elsewhere (Restore defaults).
 */
export function CommaListInput(props: {
  path: string;
  label: string;
  value: readonly string[] | undefined;
  onChange: (value: string[] | undefined) => void;
}) {
  const joined = (props.value ?? []).join(', ');
  const [text, setText] = useState(joined);
  const shown = (listFrom(text) ?? []).join(', ') === joined ? text : joined;
  return (
    <input
      type="text"
      {...useFieldProps(props.path)}
      aria-label={props.label}
      value={shown}
      onChange={(event) => {
        setText(event.target.value);
        props.onChange(listFrom(event.target.value));
      }}
    />
  );
}
