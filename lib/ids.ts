import { v7 as uuidv7 } from 'uuid';

/**
 * Record ids: UUIDv7, unique across devices so sync never renumbers anything, and
 * ordered by creation time, so an index range read backwards gives the newest first
 * (full-text search walks the `terms` index in primary-key order).
 */
export const newId = (): string => uuidv7();

/** A short case reference for people ("C-3F9A2B"); uniqueness is checked by the caller. */
export function newCaseRef(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(3));
  return `C-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}
