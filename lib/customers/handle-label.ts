/**
 * How a handle reads on screen. Most sites have handles people chose ("@dana_r"); some give
 * Casebook only an id (Trustpilot's reviewer ids, Facebook's numeric profiles, YouTube's
 * channel ids), which would read as noise after an "@". Those show as a short id instead;
 * a LinkedIn page ("company/acme") as its name; a selection nobody named as such.
 */
export function handleLabel(handle: string): string {
  if (handle.startsWith('unknown-')) return 'author not named';
  if (handle.startsWith('company/')) return handle.slice('company/'.length);
  const opaque =
    /^[0-9a-f]{16,}$/i.test(handle) || /^\d{6,}$/.test(handle) || /^UC[\w-]{22}$/.test(handle);
  return opaque ? `id …${handle.slice(-6)}` : `@${handle}`;
}
