import { useEffect, useRef, type ReactNode } from 'react';

interface EditableRowsProps<T> {
  rows: readonly T[];
  /** The row's fields; `index` counts from 0. */
  render: (row: T, index: number) => ReactNode;
  onChange: (rows: T[]) => void;
  newRow: () => T;
  addLabel: string;
  /** "Remove tier 2", "Remove word refund". */
  removeLabel: (row: T, index: number) => string;
  max: number;
  empty: string;
}

/**
 * A list of small rows (follower tiers, severity words) with Add and Remove buttons.
 * Keyboard: Add moves the focus into the new row; Remove moves it to the Add button.
 */
export function EditableRows<T>(props: EditableRowsProps<T>) {
  const list = useRef<HTMLUListElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  const focusLast = useRef(false);
  useEffect(() => {
    if (!focusLast.current) return;
    focusLast.current = false;
    list.current?.querySelector<HTMLElement>('li:last-child input')?.focus();
  }, [props.rows.length]);

  return (
    <div className="editable-rows">
      {props.rows.length ? (
        <ul ref={list}>
          {props.rows.map((row, index) => (
            <li key={index}>
              {props.render(row, index)}
              <button
                type="button"
                aria-label={props.removeLabel(row, index)}
                onClick={() => {
                  props.onChange(props.rows.filter((_, i) => i !== index));
                  add.current?.focus();
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{props.empty}</p>
      )}
      <button
        type="button"
        ref={add}
        disabled={props.rows.length >= props.max}
        onClick={() => {
          focusLast.current = true;
          props.onChange([...props.rows, props.newRow()]);
        }}
      >
        {props.addLabel}
      </button>
    </div>
  );
}
