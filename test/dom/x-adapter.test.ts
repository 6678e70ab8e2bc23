/**
 * The X adapter against the real captures (test/fixtures/x/PROVENANCE.md). Expected values
 * were written by reading the HTML; every parse must also pass the stored-post schema.
 */
import { describe, expect, it } from 'vitest';
import { MAX_POST_TEXT, ParsedPostSchema, type ParsedPost } from '../../lib/db/schema';
import { LIMITS } from '../../lib/sites/limits';
import { xAdapter } from '../../lib/sites/x';
import { loadPage } from './fixtures';
import { NO_METRICS, parseAll } from './x-support';

const HOME = new URL('https://x.com/home');

describe('x-tweet-sample.html (real capture: a focused post with a link card)', () => {
  const { doc } = loadPage('x', 'x-tweet-sample.html', 'https://x.com/home');
  const statusUrl = new URL('https://x.com/TestUser123/status/1981398750557065646');

  it('parses every field, counts exact from the aria-label (not the shown "29.9K")', () => {
    const [post, ...rest] = parseAll(doc, HOME);
    expect(rest).toHaveLength(0);
    expect(post).toEqual({
      platform: 'x',
      postId: '1981398750557065646',
      permalink: 'https://x.com/TestUser123/status/1981398750557065646',
      author: {
        handle: 'TestUser123',
        name: 'Test User Account',
        profileUrl: 'https://x.com/TestUser123',
        avatarUrl: 'https://pbs.twimg.com/profile_images/placeholder/avatar_placeholder.jpg',
        followers: null,
        verified: true,
      },
      // The link card's title ("Democrat Shutdown ..." again, and "From whitehouse.gov") is not text.
      text: "Democrat Shutdown Jeopardizes America's Skies",
      title: null,
      truncated: false,
      postedAt: Date.parse('2025-10-23T16:34:09.000Z'),
      language: 'en',
      metrics: { replies: 48, reposts: 152, likes: 553, bookmarks: 9, views: 30142 },
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: null,
    } satisfies ParsedPost);
  });

  it('is the focused post of its own status page only', () => {
    expect(xAdapter.postIdOf(xAdapter.focusedPost(doc, statusUrl)!)).toBe('1981398750557065646');
    // tabindex="-1" alone is not enough: after an in-app navigation to another post the old
    // focused post is still in the page for a moment.
    expect(xAdapter.focusedPost(doc, new URL('https://x.com/someone/status/42'))).toBeNull();
    expect(xAdapter.focusedPost(doc, HOME)).toBeNull();
  });

  it("puts the button beside the post's own More button", () => {
    const post = xAdapter.findPosts(doc)[0]!;
    const slot = xAdapter.buttonSlot(post);
    expect(slot?.querySelector(':scope > [data-testid="caret"]')).not.toBeNull();
    expect(post.contains(slot)).toBe(true);
  });

  it('falls back to the action bar when the post has no More button', () => {
    const post = xAdapter.findPosts(doc)[0]!.cloneNode(true) as Element;
    post.querySelector('[data-testid="caret"]')?.remove();
    const slot = xAdapter.buttonSlot(post);
    expect(slot?.getAttribute('role')).toBe('group');
    expect(slot?.getAttribute('aria-label')).toMatch(/^48 replies/);
  });
});

describe('x-tweet-quote.html (real capture: a post quoting another)', () => {
  const { doc } = loadPage('x', 'x-tweet-quote.html', 'https://x.com/home');

  it('finds the outer post only, never the quoted one', () => {
    const posts = xAdapter.findPosts(doc);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.getAttribute('aria-labelledby')).toBe('id__test1 id__test2 id__test3');
  });

  it('keeps the quoted post apart from the outer one', () => {
    const [post] = parseAll(doc, HOME);
    expect(post).toEqual({
      platform: 'x',
      postId: '1983130065320780162',
      permalink: 'https://x.com/TestQuoter/status/1983130065320780162',
      author: {
        handle: 'TestQuoter',
        name: 'Test Quoter',
        profileUrl: 'https://x.com/TestQuoter',
        avatarUrl: 'https://pbs.twimg.com/profile_images/placeholder/quoter_avatar.jpg',
        followers: null,
        verified: true,
      },
      text: 'This is a quote tweet with additional commentary',
      title: null,
      truncated: false,
      postedAt: Date.parse('2025-10-28T11:13:47.000Z'),
      language: 'en',
      // Shown as 2.5K, 4.4K, 25K, 2.5M; the bookmark button's own label has no count.
      metrics: { replies: 2534, reposts: 4483, likes: 25616, bookmarks: 797, views: 2596467 },
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: {
        platform: 'x',
        // Its <time> has no link; its photo link /OriginalAuthor/status/<id>/photo/1 names it.
        postId: '1983129251856470493',
        permalink: 'https://x.com/OriginalAuthor/status/1983129251856470493',
        author: {
          handle: 'OriginalAuthor',
          name: 'Original Author',
          profileUrl: 'https://x.com/OriginalAuthor',
          avatarUrl: 'https://pbs.twimg.com/profile_images/placeholder/original_avatar.jpg',
          followers: null,
          verified: true,
        },
        text: 'This is the original quoted tweet content that provides important context and information for the conversation',
        title: null,
        truncated: false,
        postedAt: Date.parse('2025-10-28T11:10:33.000Z'),
        language: 'en',
        metrics: NO_METRICS,
        isReply: false,
        isPromoted: false,
        isArticle: false,
      },
    } satisfies ParsedPost);
  });

  it('maps a node inside the quote to the outer post, and the slot to the outer bar', () => {
    const outer = xAdapter.findPosts(doc)[0]!;
    const quotedText = doc.querySelectorAll('[data-testid="tweetText"]')[1]!;
    expect(xAdapter.closestPost(quotedText)).toBe(outer);
    expect(xAdapter.closestPost(outer)).toBe(outer);
    expect(xAdapter.closestPost(doc.body)).toBeNull();
    // The slot is the outer post's header, never the quoted post's.
    const slot = xAdapter.buttonSlot(outer)!;
    expect(slot.querySelector(':scope > [data-testid="caret"]')).not.toBeNull();
    expect(slot.closest('[role="link"]')).toBeNull();
  });
});

describe('x-localized-conversation.html (real minimal conversation, Chinese interface)', () => {
  const { doc, url } = loadPage('x', 'x-localized-conversation.html');

  it('reads bare markup (no roles, no action bar): metrics unknown, not zero', () => {
    const posts = parseAll(doc, url);
    expect(posts.map((p) => [p.postId, p.author.handle, p.author.name, p.text])).toEqual([
      ['1234567890', 'main_user', 'Main User', 'Main post from a localized X interface.'],
      [
        '1234567891',
        'reply_user',
        'Reply User',
        'Reply that should be extracted from the localized timeline.',
      ],
    ]);
    expect(posts.map((p) => p.metrics)).toEqual([NO_METRICS, NO_METRICS]);
    expect(posts.map((p) => p.language)).toEqual([null, null]);
    expect(posts[1]?.postedAt).toBe(Date.parse('2026-05-16T12:05:00.000Z'));
  });

  it('finds the main post by the URL id and calls the post below it a reply', () => {
    expect(xAdapter.postIdOf(xAdapter.focusedPost(doc, url)!)).toBe('1234567890');
    expect(parseAll(doc, url).map((p) => p.isReply)).toEqual([false, true]);
    // Off the status page the same markup says nothing about replies.
    expect(parseAll(doc, HOME).map((p) => p.isReply)).toEqual([false, false]);
  });
});

describe('adapter limits', () => {
  it('repeats the schema limits exactly (zod stays out of the content script)', () => {
    expect(LIMITS.text).toBe(MAX_POST_TEXT);
    const [base] = parseAll(loadPage('x', 'x-tweet-sample.html', HOME.href).doc, HOME);
    const accepts = (change: Partial<ParsedPost>) =>
      ParsedPostSchema.safeParse({ ...base, ...change }).success;
    const withAuthor = (change: Partial<ParsedPost['author']>) => ({
      author: { ...base!.author, ...change },
    });
    const url = (length: number) => 'https://x.com/' + 'a'.repeat(length - 'https://x.com/'.length);
    expect(accepts({ title: 't'.repeat(LIMITS.title) })).toBe(true);
    expect(accepts({ title: 't'.repeat(LIMITS.title + 1) })).toBe(false);
    expect(accepts({ language: 'l'.repeat(LIMITS.language) })).toBe(true);
    expect(accepts({ language: 'l'.repeat(LIMITS.language + 1) })).toBe(false);
    expect(accepts(withAuthor({ name: 'n'.repeat(LIMITS.name) }))).toBe(true);
    expect(accepts(withAuthor({ name: 'n'.repeat(LIMITS.name + 1) }))).toBe(false);
    expect(accepts(withAuthor({ avatarUrl: url(LIMITS.url) }))).toBe(true);
    expect(accepts(withAuthor({ avatarUrl: url(LIMITS.url + 1) }))).toBe(false);
  });
});
