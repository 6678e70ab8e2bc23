import { z } from './zod';
import { SITE_IDS, SITE_MATCHES, siteScriptFile, type SiteId } from './sites/hosts';
import type { WantedScript } from './background/registered-scripts';

/**
 * Which social sites Casebook runs on in this browser. Every site is on until the agent
 * turns it off in options; a site that is off gets no content script at all (its script
 * is registered at run time only for the sites that are on). Kept per browser, in the
 * extension's local storage: it is this agent's choice, not the team's settings.
 */
export const SiteSwitchesSchema = z.object({
  disabled: z
    .array(z.enum(SITE_IDS as [SiteId, ...SiteId[]]))
    .max(SITE_IDS.length)
    .transform((ids) => [...new Set(ids)]),
});
export type SiteSwitches = z.infer<typeof SiteSwitchesSchema>;

export const SITE_SWITCHES_KEY = 'casebook.sites';
export const DEFAULT_SITE_SWITCHES: SiteSwitches = { disabled: [] };

/** A storage area as these functions use it (browser.storage.local, or a fake). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The switches as stored; all sites on when none were saved or what is stored is damaged. */
export async function readSiteSwitches(area: KeyValueArea): Promise<SiteSwitches> {
  const parsed = SiteSwitchesSchema.safeParse(
    (await area.get(SITE_SWITCHES_KEY))[SITE_SWITCHES_KEY],
  );
  return parsed.success ? parsed.data : DEFAULT_SITE_SWITCHES;
}

export async function saveSiteSwitches(area: KeyValueArea, value: unknown): Promise<SiteSwitches> {
  const valid = SiteSwitchesSchema.parse(value);
  await area.set({ [SITE_SWITCHES_KEY]: valid });
  return valid;
}

export const SITE_SCRIPT_PREFIX = 'casebook-site-';

/** The content scripts the sites that are on need. */
export function siteScriptsFor(switches: SiteSwitches): WantedScript[] {
  return SITE_IDS.filter((site) => !switches.disabled.includes(site)).map((site) => ({
    id: SITE_SCRIPT_PREFIX + site,
    matches: SITE_MATCHES[site],
    file: siteScriptFile(site),
  }));
}
