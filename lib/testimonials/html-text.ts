/**
 * Escaping for the HTML that exports write (the wall of love, the embed snippet). Every
 * piece of captured text goes through `escapeHtml`, in element content and in quoted
 * attributes alike, so a quote can never open a tag, close the <style>, or add an
 * attribute. Addresses go through `httpUrl`: anything but http(s) is dropped.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export const escapeHtml = (value: string) => value.replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);

/**
 * A web address safe to write into href/src/cite: absolute http(s) only (never
 * `javascript:`, `data:` or a relative path), normalised by the URL parser, which
 * percent-encodes quotes and spaces. Null when the address is not such a one.
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Initials for an avatar drawn in CSS: the wall loads no remote images by default. */
export function initialsOf(name: string, handle: string): string {
  const words = (name || handle)
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .trim()
    .split(/\s+/);
  return (
    words
      .slice(0, 2)
      .map((w) => [...w][0] ?? '')
      .join('')
      .toUpperCase() || '?'
  );
}

/**
 * Captured text as it may be written into a file: control characters (other than tab and
 * newline, C0 and C1) and lone surrogate halves are dropped — HTML parsers would turn them into
 * U+FFFD or swallow them. Letters, emoji, combining marks, zero-width joiners and
 * direction marks are kept as they are (the export isolates them, see export-html.ts).
 */
export const cleanText = (value: string) =>
  // With the u flag a surrogate class matches only unpaired halves; emoji stay whole.
  value.replace(/(?![\t\n])\p{Cc}|[\ud800-\udfff]/gu, '');

/** Captured text as inert HTML, isolated so a right-to-left override cannot spill out. */
export const bdiText = (value: string) => `<bdi>${escapeHtml(cleanText(value))}</bdi>`;
