import type { Author, ParsedPost, Platform } from '../db/schema';

/**
 * The shape every site adapter shares. Adapters are pure functions of (document, url):
 * no messaging, no storage, no timers, so they run the same in a content script, in a
 * DOM test against a saved page, and in a benchmark.
 */
export interface SiteAdapter {
  /** Stable id, also the platform recorded on posts. */
  readonly id: Platform;
  /** Human name for settings and messages ("X"). */
  readonly name: string;
  /** Whether this adapter handles pages at this URL. */
  match(url: URL): boolean;
  /** Every post element under root, outermost posts only (never a quoted post alone). */
  findPosts(root: ParentNode): Element[];
  /**
   * The post element that contains node (node itself when it is one), or null. Used when
   * the page re-renders inside a post: X recycles rows, so the same element may later hold
   * another post.
   */
  closestPost(node: Element): Element | null;
  /**
   * The site's id for the post in this element, read cheaply. Called on every mutation
   * batch, so it must not parse the whole post; null when the element holds no post id.
   */
  postIdOf(el: Element): string | null;
  /** Full parse of a post element; null when it is not a post or lacks what a post needs. */
  parsePost(el: Element, pageUrl: URL): ParsedPost | null;
  /** Where the capture button goes inside a post element (null: append to the post). */
  buttonSlot(el: Element): Element | null;
  /** The author whose profile this URL shows, when it is a profile page. */
  profileOf(url: URL, doc: Document): Pick<Author, 'handle' | 'name'> | null;
  /** The element the page marks as the post being read (a status page's main post). */
  focusedPost(doc: Document, url: URL): Element | null;
  /** Whether this URL is the page of one post (its main post may not be rendered yet). */
  isPostPage(url: URL): boolean;
}
