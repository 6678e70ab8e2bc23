import { useRef, type ReactNode } from 'react';
import { duplicateAt } from '@/lib/settings-form/lists';

interface CardListProps<T extends { id: string }> {
  items: readonly T[];
  onChange: (items: T[]) => void;
  /** The card's title (its legend), which also names its Duplicate and Delete buttons. */
  nameOf: (item: T, index: number) => string;
  /** The card's fields. */
  render: (item: T, index: number) => ReactNode;
  /** The copy Duplicate places right after the card. */
  copy: (item: T) => T;
  newItem: () => T;
  addLabel: string;
  /** Keep at least one: the last card cannot be deleted, and says why. */
  keepOne?: string;
  /** Shown when there are no cards. */
  empty?: ReactNode;
}

/**
 * Settings entries as cards (SLA policies, checklist templates), each with Duplicate
 * and Delete, and an Add button after them. Deleting moves the focus to Add, since the
 * pressed button is gone.
 */
export function CardList<T extends { id: string }>(props: CardListProps<T>) {
  const addButton = useRef<HTMLButtonElement>(null);
  const { items, onChange } = props;
  return (
    <>
      {items.length === 0 && props.empty}
      {items.map((item, index) => {
        const name = props.nameOf(item, index);
        const lastOne = props.keepOne !== undefined && items.length === 1;
        return (
          <fieldset key={item.id} className="card">
            <legend>{name}</legend>
            {props.render(item, index)}
            <div className="card-actions">
              <button
                type="button"
                aria-label={`Duplicate ${name}`}
                onClick={() => onChange(duplicateAt(items, index, props.copy))}
              >
                Duplicate
              </button>
              <button
                type="button"
                aria-label={`Delete ${name}`}
                disabled={lastOne}
                title={lastOne ? props.keepOne : undefined}
                onClick={() => {
                  onChange(items.filter((_, i) => i !== index));
                  addButton.current?.focus();
                }}
              >
                Delete
              </button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <button type="button" ref={addButton} onClick={() => onChange([...items, props.newItem()])}>
          {props.addLabel}
        </button>
      </div>
    </>
  );
}
