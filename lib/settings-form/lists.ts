/** Moves the item at `from` by one place (−1: up, +1: down); at either end nothing moves. */
export function moveItem<T>(items: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  const next = [...items];
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return next;
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** A copy of the item at `index` placed right after it, made by `copy`. */
export function duplicateAt<T>(items: readonly T[], index: number, copy: (item: T) => T): T[] {
  const item = items[index];
  if (item === undefined) return [...items];
  return [...items.slice(0, index + 1), copy(item), ...items.slice(index + 1)];
}
