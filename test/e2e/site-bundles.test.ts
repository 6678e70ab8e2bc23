/// <reference types="node" />
// Each site's content script carries the shared runtime and its own adapter, never another
// site's (issue 7: shared code is not duplicated into each bundle more than it must be).
// Read from the production build that the e2e project runs against.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_IDS, type SiteId } from '../../lib/sites/hosts';

/** A selector only that site's adapter uses (from its selectors file). */
const MARKERS: Record<SiteId, string> = {
  x: 'data-testid="tweet"',
  facebook: 'aria-posinset',
  instagram: 'liked_by',
  linkedin: 'feed-shared-update',
  reddit: 'shreddit-post',
  youtube: 'ytd-comment',
  trustpilot: 'data-service-review',
};

const bundle = (site: SiteId) =>
  readFileSync(`.output/chrome-mv3/content-scripts/${site}.js`, 'utf8');

describe('site content-script bundles', () => {
  it.each(SITE_IDS)("%s carries its own adapter and no other site's", (site) => {
    const code = bundle(site);
    expect(code).toContain(MARKERS[site]);
    for (const other of SITE_IDS.filter((id) => id !== site)) {
      expect(code, `${site}.js carries ${other}'s adapter`).not.toContain(MARKERS[other]);
    }
    // Neither the schema library nor the database: content scripts stay small (DESIGN).
    expect(code).not.toMatch(/\bZodError\b|Dexie\b/);
  });

  // The polyfill is left to extension pages and the background (wxt.config.ts hooks).
  it.each([...SITE_IDS, 'crm'])('%s carries no webextension-polyfill', (name) => {
    const code = readFileSync(`.output/chrome-mv3/content-scripts/${name}.js`, 'utf8');
    expect(code).not.toContain('__mozWebExtensionPolyfillReject__');
  });
  it('the background still carries the polyfill', () => {
    const code = readFileSync('.output/chrome-mv3/background.js', 'utf8');
    expect(code).toContain('__mozWebExtensionPolyfillReject__');
  });
});
