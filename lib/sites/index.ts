/**
 * Every site adapter, listed explicitly: a content script picks its adapter here by URL.
 * test/dom/sites-registry.test.ts fails when an adapter file is not listed.
 */
import type { SiteAdapter } from './types';
import { instagramAdapter } from './instagram';
import { trustpilotAdapter } from './trustpilot';
import { xAdapter } from './x';
import { redditAdapter } from './reddit';
import { linkedinAdapter } from './linkedin';
import { youtubeAdapter } from './youtube';

export { xAdapter };

import { redditAdapter } from './reddit';
import { linkedinAdapter } from './linkedin';
import { youtubeAdapter } from './youtube';
import { instagramAdapter } from './instagram';
import { trustpilotAdapter } from './trustpilot';

export { xAdapter };

export const ADAPTERS: readonly SiteAdapter[] = [
  xAdapter,
  redditAdapter,
  linkedinAdapter,
  youtubeAdapter,
  instagramAdapter,
  trustpilotAdapter,
];

/** The adapter for pages at this URL, or null when no site adapter handles it. */
export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.match(url)) ?? null;
}
