import type { CasebookDatabase } from '../db/database';
import { classifyPost } from '../listening/classify';
import {
  mergeListened,
  SNIPPET_LENGTH,
  type ListenedLabels,
  type ListenedPost,
  type PageListening,
} from '../listening/page-listening';
import type { EMPTY_WATCH_LIST } from '../listening/watch-list-schema';
import { ListeningCaptureAnswerSchema } from '../listening/requests';
import type { TabCommand } from '../messages/names';
import { tabOf, type Handlers, type Sender } from '../messages/router';
import { readSettings } from '../settings';
import { capText } from '../listening/fold';
import type { FocusStore } from './focus-store';
import { siteOfSender } from './sender-site';
import type { SidebarHub } from './sidebar-hub';
import { SenderSiteError } from './site-handlers';

type ListeningRequest = 'listening.watchList' | 'listening.seen' | 'listening.capture';

export interface ListeningHandlerDeps {
  db: CasebookDatabase;
  hub: SidebarHub;
  /** Per tab, the matching posts its page reported (lib/listening/page-listening.ts). */
  listening: FocusStore<PageListening>;
  /** The tab our sidebar page is framed in, or null when the sender is not that page. */
  sidebarTabOf: (sender: Sender) => number | null;
  /** Sends a command to a tab's content script (top frame) and returns its answer. */
  sendToTab: (tabId: number, command: TabCommand) => Promise<unknown>;
  now(): number;
}

const isEmpty = (list: typeof EMPTY_WATCH_LIST) =>
  Object.values(list).every((terms: readonly string[]) => terms.length === 0);

/**
 * The team's watch list or labelling changed: each open site page is told to badge its
 * posts anew, and what the tabs reported under the old list is forgotten, so no sidebar
 * lists posts the team no longer watches. A tab that does not answer (closing, loading)
 * does not stop the others.
 */
export async function announceListeningChange(deps: {
  listening: FocusStore<PageListening>;
  siteTabs: () => Promise<number[]>;
  sendToTab: (tabId: number, command: TabCommand) => Promise<unknown>;
}): Promise<void> {
  const tabs = await deps.siteTabs().catch(() => []);
  await Promise.all(
    tabs.map(async (tabId) => {
      await deps.listening.forget(tabId);
      await deps.sendToTab(tabId, { type: 'listening.changed' }).catch(() => undefined);
    }),
  );
}

/** A page speaks only for its own site (a forged report cannot fill another's list). */
function checkSite(sender: Sender, platform: string): void {
  if (siteOfSender(sender)?.id !== platform) {
    throw new SenderSiteError('A page may report only on its own site.');
  }
}

export function listeningHandlers(deps: ListeningHandlerDeps): Pick<Handlers, ListeningRequest> {
  const { db, hub, listening } = deps;
  return {
    'listening.watchList': async ({ platform }, sender) => {
      checkSite(sender, platform);
      const { watchList } = (await readSettings(db)).listening;
      return { watchList: isEmpty(watchList) ? null : watchList };
    },
    'listening.seen': async ({ platform, pageUrl, posts }, sender) => {
      checkSite(sender, platform);
      const tabId = tabOf(sender);
      const { classifier } = (await readSettings(db)).listening;
      const now = deps.now();
      const labels: ListenedLabels = {};
      const seen: ListenedPost[] = posts.map((post) => {
        const found = classifyPost(post.text, classifier);
        labels[post.postId] = { label: found.label, needsAnswer: found.needsAnswer };
        return {
          postId: post.postId,
          ...found,
          terms: post.terms,
          snippet: capText(post.text.replace(/\s+/g, ' ').trim(), SNIPPET_LENGTH),
          author: post.author,
          seenAt: now,
        };
      });
      await listening.set(
        tabId,
        mergeListened(await listening.get(tabId), { platform, url: pageUrl }, seen),
      );
      await hub.push(tabId);
      return labels;
    },
    'listening.capture': async ({ postId, as }, sender) => {
      const tabId = deps.sidebarTabOf(sender);
      if (tabId === null) throw new Error('Only the sidebar captures from its list.');
      const listed = (await listening.get(tabId))?.posts.some((post) => post.postId === postId);
      if (!listed) return { ok: false, message: 'That post is no longer in the list.' };
      const answer = await deps.sendToTab(tabId, { type: 'post.capture', postId, as });
      const checked = ListeningCaptureAnswerSchema.safeParse(answer);
      return checked.success
        ? checked.data
        : { ok: false, message: 'The page did not answer: reload it and try again.' };
    },
  };
}
