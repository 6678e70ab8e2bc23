/** JSON with object keys sorted, so equal values compare equal whatever their key order
 * (PostgreSQL's jsonb, for one, hands objects back with their keys reordered). */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}

export const sameValue = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);
