import type { Actor } from '../cases/actor';
import type { PageHealth } from '../cases/sidebar-view';
import { SelectionError } from '../cases/selection-post';
import type { ErrorCode } from '../messages/protocol';
import { tabOf, type Handlers } from '../messages/router';
import type { FocusStore } from './focus-store';
import type { SelectionCapture } from './selection-capture';
import { siteOfSender } from './sender-site';
import type { SidebarHub } from './sidebar-hub';
import type { SiteScripts } from './site-scripts';

type SiteRequest =
  | 'sites.get'
  | 'sites.set'
  | 'page.health'
  | 'selection.fromTab'
  | 'selection.draft'
  | 'selection.capture';

export interface SiteHandlerDeps {
  hub: SidebarHub;
  sites: SiteScripts;
  health: FocusStore<PageHealth>;
  selection: SelectionCapture;
  actor(): Actor;
  now(): number;
  /** The address and title of the page in a tab, as the browser knows them. */
  tabPage(tabId: number): Promise<{ url: string; title: string }>;
}

/** A page that reports on a site other than its own. */
export class SenderSiteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SenderSiteError';
  }
}

export function siteHandlers(deps: SiteHandlerDeps): Pick<Handlers, SiteRequest> {
  const { hub, sites, health, selection } = deps;
  return {
    'sites.get': () => sites.get(),
    'sites.set': (switches) => sites.set(switches),
    'page.health': async ({ platform, expected, postsFound }, sender) => {
      const tabId = tabOf(sender);
      if (siteOfSender(sender)?.id !== platform) {
        throw new SenderSiteError('A page may report only on its own site.');
      }
      const before = await health.get(tabId);
      const next: PageHealth = { platform, expected, postsFound, at: deps.now() };
      await health.set(tabId, next);
      // Only a change the sidebar shows is worth a new view.
      const broken = (h: PageHealth | null) => Boolean(h?.expected && h.postsFound === 0);
      if (broken(before) !== broken(next)) await hub.push(tabId);
      return null;
    },
    'selection.fromTab': async (_payload, sender) => {
      const tabId = tabOf(sender);
      const page = await deps.tabPage(tabId);
      const draftId = await selection.start({ tabId, frameId: 0, ...page });
      return { draftId };
    },
    'selection.draft': ({ draftId }) => selection.draft(draftId),
    'selection.capture': async ({ draftId, text, author }) => {
      const result = await selection.capture(draftId, text, author, deps.actor());
      await hub.pushAll();
      return result;
    },
  };
}

export function siteErrorCode(error: unknown): ErrorCode | null {
  if (error instanceof SelectionError) return 'invalid-payload';
  if (error instanceof SenderSiteError) return 'forbidden';
  return null;
}
