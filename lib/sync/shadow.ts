/**
 * Finding local edits by comparison: a record's synced fields against its shadow (the same
 * record as last stamped). Whatever code path changed a case, a customer or a follow-up,
 * the fields that differ are the edits to stamp and push. Pure.
 */
import { LOCAL_FIELDS } from './protocol';
import type { FieldValues } from './merge';

/** The fields of a local record that sync carries (all but the replica's own). */
export function syncedFieldsOf(record: object): FieldValues {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([field, value]) => !LOCAL_FIELDS.includes(field) && value !== undefined,
    ),
  );
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}

export const sameValue = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** Fields of `current` that are new or different from the shadow's. */
export function editedFields(current: FieldValues, shadow: FieldValues | null): string[] {
  return Object.keys(current).filter(
    (field) => !shadow || !(field in shadow) || !sameValue(current[field], shadow[field]),
  );
}
