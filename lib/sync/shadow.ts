/**
 * Finding local edits by comparison: a record's synced fields against its shadow (the same
 * record as last stamped). Whatever code path changed a case, a customer or a follow-up,
 * the fields that differ are the edits to stamp and push. Pure.
 */
import { LOCAL_FIELDS } from './protocol';
import type { FieldValues } from './merge';
import { sameValue } from './canonical';

export { sameValue };

/** The fields of a local record that sync carries (all but the replica's own). */
export function syncedFieldsOf(record: object): FieldValues {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([field, value]) => !LOCAL_FIELDS.includes(field) && value !== undefined,
    ),
  );
}

/** Fields of `current` that are new or different from the shadow's. */
export function editedFields(current: FieldValues, shadow: FieldValues | null): string[] {
  return Object.keys(current).filter(
    (field) => !shadow || !(field in shadow) || !sameValue(current[field], shadow[field]),
  );
}
