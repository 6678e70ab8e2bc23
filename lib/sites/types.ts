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
  /**
   * The post's own words for listening (issue 11), read cheaply: it runs on every post
   * while the team has a watch list. Without it, the post's whole text is matched and
   * the posts that match are parsed in full.
   */
  listenOf?(el: Element): ListenRead | null;
  /** Where the capture button goes inside a post element (null: append to the post). */
  buttonSlot(el: Element): Element | null;
  /**
   * The author whose profile this URL shows, when it is a profile page, with their
   * follower count when the page shows it (null when it does not, yet).
   */
  profileOf(url: URL, doc: Document): ShownProfile | null;
  /** The author of the hover card the site shows now, with their follower count. */
  hoverCardAuthor?(doc: Document): { handle: string; followers: number } | null;
  /** The element the page marks as the post being read (a status page's main post). */
  focusedPost(doc: Document, url: URL): Element | null;
  /** Whether this URL is the page of one post (its main post may not be rendered yet). */
  isPostPage(url: URL): boolean;
  /**
   * Whether a page at this URL should show posts (a feed, a post, a video's comments, a
   * company's reviews). When it should and none are found, the sidebar says so and offers
   * selection capture: the site has probably changed its markup.
   */
  expectsPosts(url: URL): boolean;
  /** The site's own reply boxes, on sites where Casebook can insert a reply. */
  readonly replyBoxes?: ReplyBoxes;
}

/** What listening reads of a post (SiteAdapter.listenOf). */
export interface ListenRead {
  /** The post's own words, as cheaply as the site allows (no emoji images, no quote). */
  text: string;
  /** Its author's handle (posts by the brand's own handles match too), when cheap to read. */
  handle: string | null;
  /** Its words as a capture reads them, and its author: only for the posts that match. */
  details(): { text: string; author: { handle: string; name: string } | null };
}

/** A profile as its page shows it. */
export type ShownProfile = Pick<Author, 'handle' | 'name'> & {
  followers?: number | null;
  /** The profile's address where it is not <origin>/<handle> (Reddit's /user/<name>/). */
  profileUrl?: string;
};

/** A reply box the page shows, and whether it answers the post we want to reply to. */
export interface ReplyBox {
  /** The editor to type into (a contenteditable or a textarea). */
  editor: HTMLElement;
  /** 'this' post, an 'other' one (or a new post), or 'unknown' (a dialog that does not say). */
  answers: 'this' | 'other' | 'unknown';
}

/**
 * Where a site's reply boxes are. Like the rest of an adapter: pure reads of the DOM; the
 * content script does the clicking, typing and waiting (lib/page/reply-driver.ts).
 */
export interface ReplyBoxes {
  /** The reply boxes on the page, in the order they should be tried. */
  find(doc: Document, url: URL, postId: string | null): ReplyBox[];
  /** The id of the post whose own page this URL is, or null for other pages. */
  postPageId(url: URL): string | null;
  /** The control in a post that opens its reply box (X: the reply button). */
  opener(post: Element): HTMLElement | null;
  /** The site's own send button of the composer that holds this editor. */
  sendButton(editor: Element): HTMLElement | null;
  /** The post a reply typed in this editor answers (a dialog's post, the post page's), or null. */
  answeredPostId(editor: Element, url: URL): string | null;
  /**
   * Whether plain Enter sends (Facebook's and Instagram's comment boxes; Shift+Enter is a new
   * line there). Elsewhere only Ctrl/Cmd+Enter and the send button do.
   */
  readonly sendsOnEnter?: boolean;
}
