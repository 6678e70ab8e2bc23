/**
 * Where each site's content script runs: match patterns per social site. Free of adapters
 * and zod, so the manifest (wxt.config.ts), the background's script registration and the
 * options page can all read it without carrying any site's code.
 */
import type { Platform } from '../db/constants';

/** Sites with an adapter and a content script of their own ('web' is selection capture). */
export type SiteId = Exclude<Platform, 'web'>;

export const SITE_MATCHES: Readonly<Record<SiteId, readonly string[]>> = {
  x: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
  facebook: [
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://m.facebook.com/*',
  ],
  instagram: ['https://www.instagram.com/*'],
  // Both DOM generations live on www; old pages are served from the same host.
  linkedin: ['https://www.linkedin.com/*'],
  // New Reddit (shreddit) on www, and old Reddit on its own host.
  reddit: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
  youtube: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  // Reviews live on www and on the country sites (uk., de., …).
  trustpilot: ['https://*.trustpilot.com/*'],
};

export const SITE_IDS = Object.keys(SITE_MATCHES) as SiteId[];

/** The file WXT builds from entrypoints/<site>.content.ts. */
export const siteScriptFile = (site: SiteId) => `content-scripts/${site}.js`;

/** Every host the social content scripts run on (and where the sidebar iframe may load). */
export const ALL_SITE_MATCHES: readonly string[] = SITE_IDS.flatMap((id) => SITE_MATCHES[id]);
