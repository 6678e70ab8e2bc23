import type { TabCommand } from '../messages/names';
import { SITE_MATCHES, siteScriptFile, type SiteId } from '../sites/hosts';
import {
  readSiteSwitches,
  saveSiteSwitches,
  SITE_SCRIPT_PREFIX,
  siteScriptsFor,
  type KeyValueArea,
  type SiteSwitches,
} from '../site-switches';
import { syncRegisteredScripts, type ScriptingApis } from './registered-scripts';

/** The browser's APIs as the site switches use them (fakes in tests). */
export interface SiteScriptDeps {
  scripting: ScriptingApis;
  storage: KeyValueArea;
  /** Tabs open on these match patterns. */
  tabsOn(patterns: readonly string[]): Promise<number[]>;
  /** Runs a content script file in a tab already open (a site just turned on). */
  inject(tabId: number, file: string): Promise<void>;
  send(tabId: number, command: TabCommand): Promise<void>;
}

/**
 * The social sites' content scripts, registered at run time for the sites that are on.
 * Turning a site off also takes Casebook out of that site's open tabs at once (their
 * buttons and sidebar go); turning one on puts it into them, so no reload is needed.
 */
export class SiteScripts {
  constructor(private readonly deps: SiteScriptDeps) {}

  get(): Promise<SiteSwitches> {
    return readSiteSwitches(this.deps.storage);
  }

  /** Registers what the stored switches want; run at every start of the background. */
  async sync(): Promise<SiteSwitches> {
    const switches = await this.get();
    await syncRegisteredScripts(SITE_SCRIPT_PREFIX, siteScriptsFor(switches), this.deps.scripting);
    return switches;
  }

  /** Saves new switches (validated), registers accordingly and updates the open tabs. */
  async set(value: unknown): Promise<SiteSwitches> {
    const before = await this.get();
    const after = await saveSiteSwitches(this.deps.storage, value);
    await syncRegisteredScripts(SITE_SCRIPT_PREFIX, siteScriptsFor(after), this.deps.scripting);
    const turnedOff = after.disabled.filter((site) => !before.disabled.includes(site));
    const turnedOn = before.disabled.filter((site) => !after.disabled.includes(site));
    await Promise.all([
      ...turnedOff.map((site) =>
        this.eachTab(site, (tab) => this.deps.send(tab, { type: 'site.off' })),
      ),
      ...turnedOn.map((site) =>
        this.eachTab(site, (tab) => this.deps.inject(tab, siteScriptFile(site))),
      ),
    ]);
    return after;
  }

  private async eachTab(site: SiteId, act: (tabId: number) => Promise<void>): Promise<void> {
    const tabs = await this.deps.tabsOn(SITE_MATCHES[site]).catch(() => []);
    // A tab that is closing or not yet loaded must not stop the others.
    await Promise.all(tabs.map((tab) => act(tab).catch(() => undefined)));
  }
}
