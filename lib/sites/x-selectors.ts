/**
 * Selectors of X's markup, as data. Each constant lists alternatives, best first, each with
 * why it is there and where and when it was seen (notes/site-dom.md section 1 names the
 * sources: cpft = insin/control-panel-for-twitter, tweetyoink = mlamp/tweetyoink, defuddle =
 * kepano/defuddle). Stable hooks only: data-testid, role, href shapes; never X's hashed
 * classes, never localised label text alone.
 */
import type { Alternatives } from './read';

export { any } from './read';

export const POST: Alternatives = [
  // 2025-10 tweetyoink fixtures, 2026-08 cpft: every timeline cell holds one of these
  'article[data-testid="tweet"]',
  // 2026-08 cpft Selectors: the role outlives a testid rename; only taken with a User-Name inside
  'article[role="article"]',
];

/** A post inside a post: its nodes belong to it, never to the outer post. */
export const NESTED_POST: Alternatives = [
  // 2025-10 tweetyoink x-tweet-quote.html: the quoted post is a focusable div[role=link]
  'div[role="link"]',
  // 2026-02 defuddle x.com-article capture: posts embedded in an X Article are articles
  'article',
  // 2026-07 defuddle x.com-status-article fixture: the section around an embedded post
  '[data-testid="simpleTweet"]',
  // 2026 unattributed selector map (a hint): a quote box with its own testid
  '[data-testid="quoteTweet"]',
];

/** Wrapper of a quoted post, used only when none of NESTED_POST is there (fallback). */
// 2025-10 tweetyoink x-tweet-quote.html: div[aria-labelledby] holds the "Quote" label and the box
export const QUOTE_WRAPPER: Alternatives = ['div[aria-labelledby]'];

// 2025-10 tweetyoink, 2026-08 cpft: display name, then "@handle, time", in two children
export const USER_NAME: Alternatives = ['[data-testid="User-Name"]'];

export const AVATAR_IMG: Alternatives = [
  // 2025-10 tweetyoink fixtures: the author's picture inside the avatar box
  '[data-testid="Tweet-User-Avatar"] img[src]',
  // 2026-08 cpft: the inner container, named after the handle
  '[data-testid^="UserAvatar-Container-"] img[src]',
];

// 2026-08 cpft: the handle is in the testid itself, "UserAvatar-Container-<handle>"
export const AVATAR_BOX: Alternatives = ['[data-testid^="UserAvatar-Container-"]'];

export const VERIFIED: Alternatives = [
  // 2025-10 tweetyoink fixtures: the badge next to the display name
  'svg[data-testid="icon-verified"]',
  // same testid if the badge stops being an inline svg
  '[data-testid="icon-verified"]',
];

export const TEXT: Alternatives = [
  // 2025-10 tweetyoink, 2026-08 cpft: the post text, lang attribute included
  '[data-testid="tweetText"]',
  // 2025-10 tweetyoink secondary selector: the text box by its attributes alone
  'div[lang][dir="auto"]',
];

// 2025-10 tweetyoink: shown when X cuts a long post
export const SHOW_MORE: Alternatives = ['[data-testid="tweet-text-show-more-link"]'];

// 2026-02 defuddle x.com-article capture: the whole X Article inside the post
export const ARTICLE_VIEW: Alternatives = ['[data-testid="twitterArticleReadView"]'];

export const ARTICLE_BODY: Alternatives = [
  // 2026-02 defuddle x.com-article capture: the article's rich text
  '[data-testid="twitterArticleRichTextView"]',
  // 2026-02 same capture: the Draft.js content inside it
  '[data-testid="longformRichTextComponent"]',
];

// 2026-02 defuddle x.com-article capture
export const ARTICLE_TITLE: Alternatives = ['[data-testid="twitter-article-title"]'];

/** Parts of an article body that are not its text (media, embedded posts, controls). */
export const ARTICLE_NOT_TEXT: Alternatives = [
  '[data-testid="tweetPhoto"]', // 2026-02 defuddle capture: images, their alt is "Image"
  'article', // 2026-07 defuddle fixture: embedded posts
  '[data-testid="simpleTweet"]', // 2026-07 defuddle fixture
  'button', // 2026-02 defuddle capture: "Copy to clipboard" on code blocks
  '[role="separator"]', // 2026-07 defuddle fixture: dividers
  'video',
];

// 2025-10 tweetyoink x-tweet-quote.html: aria-label with exact counts of the whole bar
export const ACTION_BAR: Alternatives = ['[role="group"]'];

/**
 * The post's "More" (…) button at the right of its header, where the capture button goes:
 * it comes early in the post, so finding it does not walk the whole post.
 */
export const CARET: Alternatives = [
  // 2025-10 tweetyoink fixtures (x-tweet-sample.html, x-tweet-quote.html); 2026-08 cpft
  '[data-testid="caret"]',
];

/** Controls of the action bar; their aria-label starts with the exact count. */
export const CONTROLS = {
  // 2025-10 tweetyoink fixtures; the second name of each is the pressed state (2026-02 defuddle)
  replies: ['[data-testid="reply"]'],
  reposts: ['[data-testid="retweet"]', '[data-testid="unretweet"]'],
  likes: ['[data-testid="like"]', '[data-testid="unlike"]'],
  bookmarks: ['[data-testid="bookmark"]', '[data-testid="removeBookmark"]'],
  // 2025-10 tweetyoink x-tweet-quote.html: "2596467 views. View post analytics"
  views: ['a[href$="/analytics"]'],
} as const satisfies Record<string, Alternatives>;

// 2026-08 cpft getTweetType: a promoted post sits inside this (an ancestor)
export const PROMOTED: Alternatives = ['[data-testid="placementTracking"]'];

/** Media players: some scripts list placementTracking as a video wrapper; never an ad sign. */
export const MEDIA: Alternatives = [
  '[data-testid="videoPlayer"]', // 2026 unattributed video-container list
  '[data-testid="videoComponent"]', // same list
  'video',
];

/** English ad labels: a fast path only; the placementTracking hook works in every language. */
export const AD_LABELS: readonly string[] = ['Ad', 'Promoted'];

// 2026-08 cpft getTweetType: "X reposted", "Pinned" above the author
export const SOCIAL_CONTEXT: Alternatives = ['[data-testid="socialContext"]'];

// 2026-08 cpft (profile page header): name and @handle of the profile shown
export const PROFILE_NAME: Alternatives = ['[data-testid="UserName"]'];

/** Headings inside a timeline: on a status page "Discover more" ends the replies. */
// 2026-07 defuddle twitter.ts stops the conversation at the first section/h2 after the post
export const HEADING: Alternatives = ['h2', '[role="heading"]'];
