// Both engines must hand back the same JavaScript values for the same SQL, or code tested
// on PGlite would break on PostgreSQL. They agree on uuid/text (string), timestamptz (Date),
// json/jsonb (parsed), numeric (string); int8 differs (node-postgres: string, PGlite: number),
// so it is pinned here for both. Counters and cursors stay far below 2^53; a larger value
// is an error rather than a silently rounded number.

export const INT8_OID = 20;

export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 ${text} exceeds 2^53`);
  return value;
}
