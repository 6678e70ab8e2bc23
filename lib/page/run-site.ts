import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createRequestPort } from '../messages/client';
import type { SiteAdapter } from '../sites/types';
import {
  BUTTON_ATTR,
  createCaptureButton,
  delegateCaptureEvents,
  setButtonState,
} from './capture-button';
import { trackFocus } from './focus-tracker';
import { watchPosts } from './post-watcher';
import { createReplyDriver } from './reply-driver';
import { mountSidebar } from './sidebar-mount';
import { watchHoverCards } from './hover-cards';
import { watchSentReplies } from './send-watcher';

const LOOKUP_WAIT_MS = 150;
/** The protocol's limit of ids per posts.captured request. */
const MAX_LOOKUP = 500;

/**
 * Everything a content script does on a supported site: capture buttons on every post,
 * the sidebar iframe (open or closed as the agent left it on this site), and telling the
 * background which post or person the agent is looking at.
 */
export function runSite(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const captured = new Map<string, { caseId: string; ref: string }>();
  const request = createRequestPort();

  // Replies Casebook put into the site's reply box; recorded when the agent sends them.
  const replies = createReplyDriver({
    adapter,
    onSent: (caseId) => void request('reply.sent', { caseId }).catch(() => undefined),
  });
  ctx.onInvalidated(() => replies.stop());

  const sidebar = mountSidebar(ctx, adapter.id, (command, sendResponse) => {
    if (command.type !== 'reply.insert') return;
    void replies
      .insert(command)
      .then(sendResponse, (error: unknown) =>
        sendResponse({ ok: false, message: error instanceof Error ? error.message : 'Failed' }),
      );
    return true;
  });

  const focus = trackFocus(adapter, (next) => {
    void request('page.focus', { focus: next }).catch(() => undefined);
  });
  ctx.onInvalidated(() => focus.stop());

  const buttonsFor = (postId: string) =>
    document.querySelectorAll<HTMLButtonElement>(
      `[${BUTTON_ATTR}][data-post-id="${CSS.escape(postId)}"]`,
    );

  const capture = async (button: HTMLButtonElement) => {
    if (button.dataset.state === 'busy') return;
    const post = adapter.closestPost(button);
    const parsed = post ? adapter.parsePost(post, new URL(location.href)) : null;
    if (!post || !parsed) {
      setButtonState(button, { kind: 'error', message: 'Casebook could not read this post' });
      return;
    }
    // Buttons are found again by post id when the answer comes: the site may have reused
    // this row for another post meanwhile.
    const show = (state: Parameters<typeof setButtonState>[1]) => {
      for (const each of buttonsFor(parsed.postId)) setButtonState(each, state);
    };
    show({ kind: 'busy' });
    try {
      const result = await request('capture.post', { post: parsed });
      captured.set(parsed.postId, { caseId: result.caseId, ref: result.ref });
      show({ kind: 'captured', ref: result.ref });
      if (post.isConnected) focus.fromPost(post);
      sidebar.open();
    } catch (error) {
      show({ kind: 'error', message: error instanceof Error ? error.message : 'Capture failed' });
    }
  };

  const decorate = (el: Element, postId: string, recycled: boolean) => {
    // A recycled row keeps our old button: reuse it for the post it now shows.
    const button =
      (recycled && el.querySelector<HTMLButtonElement>(`[${BUTTON_ATTR}]`)) ||
      createCaptureButton();
    button.dataset.postId = postId;
    const known = captured.get(postId);
    if (known) setButtonState(button, { kind: 'captured', ref: known.ref });
    else if (recycled) setButtonState(button, { kind: 'idle' });
    if (!button.isConnected) (adapter.buttonSlot(el) ?? el).append(button);
  };

  // Which of the posts on screen are captured already: asked in one message for all the
  // posts that arrived within LOOKUP_WAIT_MS, since each message costs the page's thread
  // about as much as handling a few dozen posts.
  const toLookUp = new Set<string>();
  let lookupTimer = 0;
  const lookUpCaptured = async () => {
    lookupTimer = 0;
    const postIds = [...toLookUp].slice(0, MAX_LOOKUP);
    for (const id of postIds) toLookUp.delete(id);
    if (toLookUp.size) lookupTimer = ctx.setTimeout(() => void lookUpCaptured(), LOOKUP_WAIT_MS);
    try {
      const found = await request('posts.captured', { platform: adapter.id, postIds });
      for (const [postId, info] of Object.entries(found)) {
        captured.set(postId, info);
        for (const each of buttonsFor(postId))
          setButtonState(each, { kind: 'captured', ref: info.ref });
      }
    } catch {
      // Buttons stay "Capture as case"; capturing again is harmless (never a duplicate).
    }
  };
  const queueLookup = (postIds: string[]) => {
    for (const id of postIds) if (!captured.has(id)) toLookUp.add(id);
    if (toLookUp.size && !lookupTimer) {
      lookupTimer = ctx.setTimeout(() => void lookUpCaptured(), LOOKUP_WAIT_MS);
    }
  };

  // In-app navigation shows up first as new posts; WXT's location event polls (~1 s).
  // After one, the page is read again with each batch of posts until it is complete.
  let lastHref = location.href;
  let pageRead = false;
  const onNavigation = () => {
    const moved = location.href !== lastHref;
    if (moved) {
      lastHref = location.href;
      pageRead = false;
    }
    if (!pageRead) pageRead = focus.fromPage();
    return moved;
  };

  ctx.onInvalidated(delegateCaptureEvents(document, (button) => void capture(button)));

  const watcher = watchPosts({
    adapter,
    root: document.documentElement,
    onPost: decorate,
    onBatch: (ids) => {
      onNavigation();
      queueLookup(ids);
    },
    schedule: (flush) => ctx.requestAnimationFrame(flush),
  });
  ctx.onInvalidated(() => watcher.stop());

  // Every reply the agent sends with the site's button: the background looks for promises.
  const stopWatchingSends = watchSentReplies({
    adapter,
    onSent: (reply) => void request('reply.sentText', reply).catch(() => undefined),
  });
  ctx.onInvalidated(stopWatchingSends);

  watchHoverCards(ctx, adapter, (seen) => {
    void request('author.seen', { platform: adapter.id, ...seen }).catch(() => undefined);
  });

  onNavigation();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (onNavigation()) watcher.rescan();
  });
}
