import { describe, expect, it } from 'vitest';
import { SiteScripts } from '@/lib/background/site-scripts';
import type { TabCommand } from '@/lib/messages/names';
import { SITE_SWITCHES_KEY, readSiteSwitches } from '@/lib/site-switches';
import { SITE_IDS } from '@/lib/sites/hosts';

function fakes(stored?: unknown) {
  const area: Record<string, unknown> = stored === undefined ? {} : { [SITE_SWITCHES_KEY]: stored };
  const registered = new Map<string, string[]>();
  const log: string[] = [];
  const tabs: Record<string, number[]> = {
    'https://www.reddit.com/*': [7],
    'https://x.com/*': [3],
  };
  const scripts = new SiteScripts({
    storage: {
      get: async (key) => ({ [key]: area[key] }),
      set: async (items) => void Object.assign(area, items),
    },
    scripting: {
      registered: async () =>
        [...registered].map(([id, matches]) => ({
          id,
          matches,
          js: [`content-scripts/${id.slice(14)}.js`],
        })),
      register: async (added) => {
        for (const s of added) registered.set(s.id, s.matches);
      },
      unregister: async (ids) => {
        for (const id of ids) registered.delete(id);
      },
    },
    tabsOn: async (patterns) => patterns.flatMap((p) => tabs[p] ?? []),
    inject: async (tabId, file) => void log.push(`inject ${tabId} ${file}`),
    send: async (tabId, command: TabCommand) => void log.push(`send ${tabId} ${command.type}`),
  });
  return { scripts, registered, log, area };
}

describe('site switches', () => {
  it('registers every site when nothing is stored, and when what is stored is damaged', async () => {
    for (const stored of [undefined, { disabled: ['myspace'] }, 'garbage']) {
      const { scripts, registered } = fakes(stored);
      await scripts.sync();
      expect([...registered.keys()].sort()).toEqual(
        SITE_IDS.map((s) => `casebook-site-${s}`).sort(),
      );
    }
  });

  it('turning a site off unregisters it and takes Casebook out of its open tabs at once', async () => {
    const { scripts, registered, log } = fakes();
    await scripts.sync();
    await scripts.set({ disabled: ['reddit'] });
    expect(registered.has('casebook-site-reddit')).toBe(false);
    expect(registered.has('casebook-site-x')).toBe(true);
    expect(log).toEqual(['send 7 site.off']);
    expect((await scripts.get()).disabled).toEqual(['reddit']);
  });

  it('turning it on again registers it and puts the script into its open tabs', async () => {
    const { scripts, registered, log } = fakes({ disabled: ['reddit'] });
    await scripts.sync();
    await scripts.set({ disabled: [] });
    expect(registered.has('casebook-site-reddit')).toBe(true);
    expect(log).toEqual(['inject 7 content-scripts/reddit.js']);
  });

  it('refuses an unknown site and changes nothing', async () => {
    const { scripts, area } = fakes({ disabled: ['x'] });
    await expect(scripts.set({ disabled: ['geocities'] })).rejects.toThrow();
    expect(
      await readSiteSwitches({ get: async (k) => ({ [k]: area[k] }), set: async () => {} }),
    ).toEqual({
      disabled: ['x'],
    });
  });
});
