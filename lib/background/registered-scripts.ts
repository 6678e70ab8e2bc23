/** The slices of the browser's scripting API that script registration uses (fakes in tests). */
export interface ScriptingApis {
  registered(): Promise<{ id: string; matches?: string[]; js?: string[] }[]>;
  register(
    scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle' }[],
  ): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

/** One content script as it should be registered. */
export interface WantedScript {
  id: string;
  matches: readonly string[];
  file: string;
}

const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Makes the registered scripts whose ids start with `prefix` exactly `wanted`: registers
 * what is missing, unregisters what is no longer wanted or has changed, and leaves the rest
 * alone (a page loading meanwhile keeps its script). Returns the ids it registered.
 */
export async function syncRegisteredScripts(
  prefix: string,
  wanted: readonly WantedScript[],
  apis: ScriptingApis,
): Promise<string[]> {
  const byId = new Map(wanted.map((script) => [script.id, script]));
  const current = (await apis.registered()).filter((script) => script.id.startsWith(prefix));
  const stale = current
    .filter((script) => {
      const want = byId.get(script.id);
      // A script built under another file name (an older version's) is replaced too.
      const fileChanged = script.js !== undefined && !sameSet(script.js, [want?.file ?? '']);
      return !want || !sameSet(script.matches, want.matches) || fileChanged;
    })
    .map((script) => script.id);
  if (stale.length) await apis.unregister(stale);
  const kept = new Set(current.map((script) => script.id).filter((id) => !stale.includes(id)));
  const added = wanted.filter((script) => !kept.has(script.id));
  // One at a time: a script the browser refuses (a file missing from a broken build) must
  // not keep the other sites from working.
  const registered: string[] = [];
  for (const script of added) {
    try {
      await apis.register([
        { id: script.id, matches: [...script.matches], js: [script.file], runAt: 'document_idle' },
      ]);
      registered.push(script.id);
    } catch {
      // Left unregistered; the next sync (every start, every switch) tries again.
    }
  }
  return registered;
}
