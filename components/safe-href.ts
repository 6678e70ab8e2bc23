/**
 * A web address that is safe to render as a link's href: http(s) only, never
 * `javascript:` or `data:`. The schema stores only http(s) URLs; every link we render
 * from a record checks again, so a record written by an older or buggy version (or
 * synced in) cannot turn a click into script. Null when it is not such an address.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null; // not an absolute address
  }
}
