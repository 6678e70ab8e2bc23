import type { PageFocus } from '../cases/sidebar-view';
import type { SiteAdapter } from '../sites/types';

export interface FocusTracker {
  /** Reads the page again (after navigation): a status page's post, a profile's owner. */
  fromPage(): boolean;
  /** The agent is now on this post (hovered, focused by keyboard, captured). */
  fromPost(el: Element): void;
  stop(): void;
}

const HOVER_SETTLE_MS = 200;

/**
 * Works out whose post the agent is looking at and tells the background, which shows that
 * person in the sidebar. Reports only changes, and hovering settles first, so scrolling
 * past fifty posts does not send fifty messages.
 */
export function trackFocus(
  adapter: SiteAdapter,
  send: (focus: PageFocus | null) => void,
  doc: Document = document,
): FocusTracker {
  let lastKey: string | undefined;
  let hovered: Element | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const report = (focus: PageFocus | null) => {
    const key = focus ? `${focus.postId ?? ''}|${focus.author?.handle ?? ''}` : '';
    if (key === lastKey) return;
    lastKey = key;
    send(focus);
  };

  const pageUrl = () => new URL(doc.location.href);

  const fromPost = (el: Element) => {
    const post = adapter.parsePost(el, pageUrl());
    if (!post) return;
    const { handle, name, profileUrl, avatarUrl } = post.author;
    report({
      platform: adapter.id,
      pageUrl: doc.location.href,
      postId: post.postId,
      author: { handle, name, profileUrl, avatarUrl },
    });
  };

  /**
   * Reads the page's own subject. Returns false while the page is still being built after
   * a navigation (a status page without its post yet, a profile header still showing the
   * previous profile), so the caller tries again when more of the page arrives.
   */
  const fromPage = (): boolean => {
    // A new page: what was under the pointer before is not what the agent now reads.
    clearTimeout(timer);
    hovered = null;
    const url = pageUrl();
    const main = adapter.focusedPost(doc, url);
    if (main) {
      fromPost(main);
      return true;
    }
    const profile = adapter.profileOf(url, doc);
    if (profile) {
      report({
        platform: adapter.id,
        pageUrl: url.href,
        postId: null,
        author: {
          handle: profile.handle,
          name: profile.name,
          profileUrl: profile.profileUrl ?? `${url.origin}/${profile.handle}`,
          avatarUrl: null,
          followers: profile.followers ?? null,
        },
      });
      return profile.name !== '';
    }
    report(null);
    return !adapter.isPostPage(url);
  };

  // pointermove, not pointerover: a page that re-renders under a still pointer (in-app
  // navigation) fires pointerover without the agent doing anything.
  const onPointerMove = (event: Event) => {
    const post = event.target instanceof Element ? adapter.closestPost(event.target) : null;
    if (!post || post === hovered) return;
    hovered = post;
    clearTimeout(timer);
    timer = setTimeout(() => hovered && fromPost(hovered), HOVER_SETTLE_MS);
  };
  const onFocusIn = (event: Event) => {
    const post = event.target instanceof Element ? adapter.closestPost(event.target) : null;
    if (post) fromPost(post);
  };

  doc.addEventListener('pointermove', onPointerMove, { passive: true });
  doc.addEventListener('focusin', onFocusIn);
  return {
    fromPage,
    fromPost,
    stop() {
      clearTimeout(timer);
      doc.removeEventListener('pointermove', onPointerMove);
      doc.removeEventListener('focusin', onFocusIn);
    },
  };
}
