import { knownPostsClient } from './known-posts';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createRequestPort } from '../messages/client';
import type { SiteAdapter } from '../sites/types';
import { BUTTON_ATTR, setButtonState, type ButtonState } from './capture-button';
import { createListeningMarker } from './listening-marker';
import type { ListeningCaptureAnswer } from '../listening/page-listening';
import { batchedLookup } from './batched-lookup';
import { askWhatWasSaved, captureStateAfter, isLostAnswer } from './lost-answer';
import { delegateControlEvents } from './post-button-base';
import { controlsOf, placePostControls, POST_CONTROL_SELECTOR } from './post-controls';
import { watchPageHealth } from './page-health';
import { TESTIMONIAL_ATTR } from './testimonial-button';
import { createTestimonialSaver } from './testimonial-saver';
import { trackFocus } from './focus-tracker';
import { watchPosts } from './post-watcher';
import { createReplyDriver } from './reply-driver';
import { mountSidebar } from './sidebar-mount';
import { watchHoverCards } from './hover-cards';
import { watchSentReplies } from './send-watcher';
import { contextTimers } from './context-timers';

/**
 * Everything a content script does on a supported site: "Capture as case" and "Save as
 * testimonial" on every post,
 * the sidebar iframe (open or closed as the agent left it on this site), and telling the
 * background which post or person the agent is looking at.
 */
export function runSite(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const captured = new Map<string, { caseId: string; ref: string }>();
  const request = createRequestPort();
  const timers = contextTimers(ctx);
  // A pause on this script's timers. They never run once the extension is updated or
  // removed, so then it ends at once: nothing waits (and no button stays busy) forever.
  const waitFor = (ms: number) =>
    new Promise<void>((done) => {
      if (!ctx.isValid) return done();
      timers.setTimeout(done, ms);
      ctx.onInvalidated(done);
    });

  // Replies Casebook put into the site's reply box; recorded when the agent sends them.
  const replies = createReplyDriver({
    adapter,
    onSent: (caseId) => void request('reply.sent', { caseId }).catch(() => undefined),
  });
  ctx.onInvalidated(() => replies.stop());

  const sidebar = mountSidebar(ctx, adapter.id, (command, sendResponse) => {
    if (command.type === 'site.off') {
      // The agent turned this site off: Casebook leaves the page as the site drew it.
      for (const control of document.querySelectorAll(POST_CONTROL_SELECTOR)) control.remove();
      ctx.notifyInvalidated();
      return;
    }
    if (command.type === 'listening.changed') {
      void listening.reload(postsOnPage());
      return;
    }
    if (command.type === 'post.capture') {
      void captureListed(command.postId, command.as).then(sendResponse);
      return true;
    }
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

  const buttonsFor = (postId: string) => controlsOf(BUTTON_ATTR, postId);
  const parse = (button: HTMLButtonElement) => {
    const post = adapter.closestPost(button);
    const parsed = post ? adapter.parsePost(post, new URL(location.href)) : null;
    return post && parsed ? { post, parsed } : null;
  };

  /** Captures the post holding this button; the answer the sidebar's list shows. */
  const capture = async (button: HTMLButtonElement): Promise<ListeningCaptureAnswer> => {
    if (button.dataset.state === 'busy') return { ok: false, message: 'Already capturing.' };
    const read = parse(button);
    if (!read) {
      const message = 'Casebook could not read this post';
      setButtonState(button, { kind: 'error', message });
      return { ok: false, message };
    }
    const { post, parsed } = read;
    // Buttons are found again by post id when the answer comes: the site may have reused
    // this row for another post meanwhile.
    const show = (state: ButtonState): ListeningCaptureAnswer => {
      for (const each of buttonsFor(parsed.postId)) setButtonState(each, state);
      if (state.kind === 'captured') return { ok: true, ref: state.ref };
      return { ok: false, message: state.kind === 'error' ? state.message : 'Not captured.' };
    };
    show({ kind: 'busy' });
    try {
      const result = await request('capture.post', { post: parsed });
      captured.set(parsed.postId, { caseId: result.caseId, ref: result.ref });
      const answer = show({ kind: 'captured', ref: result.ref });
      if (post.isConnected) focus.fromPost(post);
      sidebar.open();
      return answer;
    } catch (error) {
      if (!isLostAnswer(error)) {
        return show({
          kind: 'error',
          message: error instanceof Error ? error.message : 'Capture failed',
        });
      }
      // The worker stopped before answering: the capture is all there or not at all; ask
      // (lib/page/lost-answer.ts).
      const lookUp = async () => {
        const ids = [parsed.postId];
        const found = (await request('posts.captured', { platform: adapter.id, postIds: ids }))[
          parsed.postId
        ];
        if (found) captured.set(parsed.postId, found);
        return found ?? null;
      };
      return show(captureStateAfter(await askWhatWasSaved(lookUp, waitFor)));
    }
  };

  /** The sidebar's listening list: capture a post of this page as its buttons would. */
  const captureListed = async (
    postId: string,
    as: 'case' | 'testimonial',
  ): Promise<ListeningCaptureAnswer> => {
    const gone = { ok: false, message: 'That post is no longer on the page.' } as const;
    if (as === 'case') {
      const button = buttonsFor(postId)[0];
      return button ? capture(button) : gone;
    }
    const button = controlsOf(TESTIMONIAL_ATTR, postId)[0];
    if (!button) return gone;
    const state = await testimonials.save(button);
    if (state.kind === 'saved') return { ok: true, ref: 'saved' };
    const why = state.kind === 'failed' ? state.message : 'still saving';
    return { ok: false, message: `Saving as testimonial failed: ${why}` };
  };

  const known = knownPostsClient(
    (postIds) => request('posts.known', { platform: adapter.id, postIds }),
    (run) => timers.setTimeout(run, 0),
  );
  const testimonials = createTestimonialSaver({
    parse,
    save: (post) => request('testimonial.save', { post }),
    savedOf: known.savedOf,
    wait: waitFor,
    onSaved: (post) => focus.fromPost(post),
    setTimeout: (run, ms) => timers.setTimeout(run, ms),
  });

  // Posts that mention the team's watch list get a badge, and the sidebar lists them.
  const listening = createListeningMarker({
    adapter,
    watchList: async () =>
      (await request('listening.watchList', { platform: adapter.id })).watchList,
    report: (posts) =>
      request('listening.seen', { platform: adapter.id, pageUrl: location.href, posts }),
    setTimeout: (run, ms) => timers.setTimeout(run, ms),
  });
  void listening.load();

  /** Each post on the page now, with its id. */
  function* postsOnPage() {
    for (const el of adapter.findPosts(document.documentElement)) {
      const postId = adapter.postIdOf(el);
      if (postId) yield [el, postId] as const;
    }
  }

  const decorate = (el: Element, postId: string, recycled: boolean) => {
    const controls = placePostControls(adapter, el, postId, recycled);
    const known = captured.get(postId);
    if (known) setButtonState(controls.capture, { kind: 'captured', ref: known.ref });
    else if (controls.reused) setButtonState(controls.capture, { kind: 'idle' });
    testimonials.placed(controls.testimonial, postId, controls.reused);
    listening.seen(el, postId, recycled);
  };

  // Which of the posts on screen are captured already (and which saved as testimonials).
  const lookUpCaptured = batchedLookup({
    lookUp: known.captured,
    onFound: (postId, info) => {
      captured.set(postId, info);
      for (const each of buttonsFor(postId))
        setButtonState(each, { kind: 'captured', ref: info.ref });
    },
    known: (postId) => captured.has(postId),
    setTimeout: (run, ms) => timers.setTimeout(run, ms),
  });

  // Posts expected on this page but none found: the sidebar says so (the site changed).
  let postsHandled = 0;
  const health = watchPageHealth({
    adapter,
    postsHandled: () => postsHandled,
    report: (found) =>
      void request('page.health', { platform: adapter.id, ...found }).catch(() => undefined),
    setTimeout: (run, ms) => timers.setTimeout(run, ms),
  });

  // In-app navigation shows up first as new posts; WXT's location event polls (~1 s).
  // After one, the page is read again with each batch of posts until it is complete.
  let lastHref = location.href;
  let pageRead = false;
  const onNavigation = () => {
    const moved = location.href !== lastHref;
    if (moved) {
      lastHref = location.href;
      pageRead = false;
      postsHandled = 0;
      health.pageStarted();
      void listening.load();
    }
    if (!pageRead) pageRead = focus.fromPage();
    return moved;
  };

  ctx.onInvalidated(
    delegateControlEvents(document, {
      [BUTTON_ATTR]: (button) => void capture(button),
      [TESTIMONIAL_ATTR]: (button) => void testimonials.save(button),
    }),
  );

  const watcher = watchPosts({
    adapter,
    root: document.documentElement,
    onPost: decorate,
    onBatch: (ids) => {
      onNavigation();
      postsHandled += ids.length;
      health.postsSeen(ids.length);
      lookUpCaptured(ids);
      testimonials.lookUp(ids);
    },
    schedule: (flush) => timers.requestAnimationFrame(flush),
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
  health.pageStarted();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (onNavigation()) watcher.rescan();
  });
}
