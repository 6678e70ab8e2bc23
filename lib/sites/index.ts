/**
 * Every site adapter, listed explicitly: a content script picks its adapter here by URL.
 * test/dom/sites-registry.test.ts fails when an adapter file is not listed.
 */
import type { SiteAdapter } from './types';
import { xAdapter } from './x';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { redditAdapter } from './reddit';
import { trustpilotAdapter } from './trustpilot';
import { youtubeAdapter } from './youtube';

export { xAdapter };

export const ADAPTERS: readonly SiteAdapter[] = [
  xAdapter,
  facebookAdapter,
  instagramAdapter,
  linkedinAdapter,
  redditAdapter,
  trustpilotAdapter,
  youtubeAdapter,
];

/** The adapter for pages at this URL, or null when no site adapter handles it. */
export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.match(url)) ?? null;
}
