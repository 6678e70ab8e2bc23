import { syncRegisteredScripts, type ScriptingApis } from './registered-scripts';

/** The file WXT builds from entrypoints/crm.content.ts (registered at run time, not in the manifest). */
export const CRM_SCRIPT_FILE = 'content-scripts/crm.js';
const ID_PREFIX = 'casebook-crm-';

/** What registration needs of a CRM adapter. */
export interface CrmHosts {
  id: string;
  hostPatterns: readonly string[];
}

/** The slices of the browser's APIs used here (fakes in tests). */
export interface CrmScriptApis extends ScriptingApis {
  /** Whether every pattern is granted (permissions.contains). */
  granted(patterns: string[]): Promise<boolean>;
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
  const on: CrmHosts[] = [];
  for (const crm of crms) if (await apis.granted([...crm.hostPatterns])) on.push(crm);
  await syncRegisteredScripts(
    ID_PREFIX,
    on.map((crm) => ({ id: ID_PREFIX + crm.id, matches: crm.hostPatterns, file: CRM_SCRIPT_FILE })),
    apis,
  );
  return on.map((crm) => crm.id);
}
