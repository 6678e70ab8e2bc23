/** Record ids: random UUIDs, unique across devices so sync never renumbers anything. */
export const newId = (): string => crypto.randomUUID();

/** A short case reference for people ("C-3F9A2B"); uniqueness is checked by the caller. */
export function newCaseRef(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(3));
  return `C-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}
