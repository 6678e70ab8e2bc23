/** The file WXT builds from entrypoints/crm.content.ts (registered at run time, not in the manifest). */
export const CRM_SCRIPT_FILE = 'content-scripts/crm.js';
const ID_PREFIX = 'casebook-crm-';

/** What registration needs of a CRM adapter. */
export interface CrmHosts {
  id: string;
  hostPatterns: readonly string[];
}

/** The slices of the browser's APIs used here (fakes in tests). */
export interface CrmScriptApis {
  /** Whether every pattern is granted (permissions.contains). */
  granted(patterns: string[]): Promise<boolean>;
  registered(): Promise<{ id: string; matches?: string[] }[]>;
  register(
    scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle' }[],
  ): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

/**
 * Casebook reads CRM pages only for the CRMs the agent turned on: each CRM's hosts are
 * optional permissions, asked for on the options page. Its content script is registered
 * for exactly the CRMs whose hosts are granted, and unregistered when they are taken
 * back (in the options page or the browser's own settings). Run at every start of the
 * background and on every permission change; it only changes what differs.
 */
export async function syncCrmScripts(
  crms: readonly CrmHosts[],
  apis: CrmScriptApis,
): Promise<string[]> {
  const wanted = new Map<string, string[]>();
  for (const crm of crms) {
    const patterns = [...crm.hostPatterns];
    if (await apis.granted(patterns)) wanted.set(ID_PREFIX + crm.id, patterns);
  }
  const current = (await apis.registered()).filter((script) => script.id.startsWith(ID_PREFIX));
  const stale = current
    .filter((script) => {
      const patterns = wanted.get(script.id);
      return !patterns || [...(script.matches ?? [])].sort().join() !== [...patterns].sort().join();
    })
    .map((script) => script.id);
  if (stale.length) await apis.unregister(stale);
  const kept = new Set(current.map((script) => script.id).filter((id) => !stale.includes(id)));
  const added = [...wanted].filter(([id]) => !kept.has(id));
  if (added.length) {
    await apis.register(
      added.map(([id, matches]) => ({
        id,
        matches,
        js: [CRM_SCRIPT_FILE],
        runAt: 'document_idle',
      })),
    );
  }
  return [...wanted.keys()].map((id) => id.slice(ID_PREFIX.length));
}
