import type { SiteAdapter } from '../sites/types';
import { isPostControl, POST_CONTROL_SELECTOR } from './post-controls';

const ownControl = (postId: string) =>
  POST_CONTROL_SELECTOR.split(',')
    .map((selector) => `${selector}[data-post-id="${CSS.escape(postId)}"]`)
    .join(',');

export interface PostWatcherOptions {
  adapter: SiteAdapter;
  root: Element;
  /**
   * Called once per (element, post id): again only when a recycled element's id changes,
   * and then with `recycled` true (the element may still hold what was added before).
   */
  onPost: (el: Element, postId: string, recycled: boolean) => void;
  /** Called after each batch with the ids it handled, for one capture-state lookup. */
  onBatch?: (postIds: string[]) => void;
  schedule?: (flush: () => void) => void;
}

/**
 * Watches a page for posts. Timelines add rows while scrolling and recycle them (X reuses
 * a row for another post), so work is keyed on the post id read from the element, not on
 * the element. Mutations are only collected in the observer callback and handled together
 * in one animation frame, so a burst of rows costs one pass, and only over what changed.
 */
export function watchPosts(options: PostWatcherOptions): { stop: () => void; rescan: () => void } {
  const { adapter, root, onPost, onBatch } = options;
  const schedule = options.schedule ?? ((flush) => requestAnimationFrame(flush));
  const seen = new WeakMap<Element, string>();
  let pending: Element[] = [];
  let scheduled = false;

  const handle = (posts: Iterable<Element>) => {
    const ids: string[] = [];
    for (const el of posts) {
      const id = adapter.postIdOf(el);
      if (!id) continue;
      const before = seen.get(el);
      // The same post again (a re-render inside it): nothing to do unless our buttons went.
      // Its own buttons, by id: a comment nests its replies, and their buttons with them.
      if (before === id && el.querySelector(ownControl(id))) continue;
      seen.set(el, id);
      onPost(el, id, before !== undefined);
      ids.push(id);
    }
    if (ids.length) onBatch?.(ids);
  };

  const flush = () => {
    scheduled = false;
    collect(observer.takeRecords());
    const batch = pending;
    pending = [];
    const posts = new Set<Element>();
    for (const el of batch) {
      if (!el.isConnected) continue;
      // Usually a new row holding a post; else something changed inside a post.
      const inside = adapter.findPosts(el);
      if (inside.length) for (const post of inside) posts.add(post);
      else {
        const container = adapter.closestPost(el);
        if (container) posts.add(container);
      }
    }
    handle(posts);
    // No page script runs during this callback, so every record queued since its first
    // line is of our own making (the buttons just placed): dropped here rather than
    // delivered and filtered one by one, a record per post on a busy timeline.
    observer.takeRecords();
  };

  const collect = (records: MutationRecord[]) => {
    for (const record of records) {
      // A recycled row may keep its elements and only get new links: re-read its id.
      if (record.type === 'attributes' && record.target instanceof Element) {
        pending.push(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        // Our own buttons are added inside posts; they are not news.
        if (node instanceof Element && !isPostControl(node)) pending.push(node);
      }
    }
  };
  const observer = new MutationObserver((records) => {
    collect(records);
    if (pending.length && !scheduled) {
      scheduled = true;
      schedule(flush);
    }
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['href'],
  });
  const rescan = () => handle(adapter.findPosts(root));
  rescan();
  return { stop: () => observer.disconnect(), rescan };
}
