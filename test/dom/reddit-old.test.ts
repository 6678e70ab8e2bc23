/**
 * The Reddit adapter on old Reddit (old.reddit.com): the hand-made fixtures
 * old-comments.html and old-listing.html (test/fixtures/reddit/PROVENANCE.md).
 */
import { describe, expect, it } from 'vitest';
import type { ParsedPost } from '../../lib/db/schema';
import { redditAdapter } from '../../lib/sites/reddit';
import { loadPage } from './fixtures';
import { NO_METRICS, parseAll } from './reddit-support';

const POST_TITLE = 'Order #4411 never arrived and support keeps closing my ticket';
const POST_LINK = 'https://www.reddit.com/r/acme/comments/1h7k2xq/order_4411_never_arrived/';
const PARENT = { postId: 't3_1h7k2xq', permalink: POST_LINK, title: POST_TITLE };

const author = (handle: string) => ({
  handle,
  name: handle,
  profileUrl: `https://www.reddit.com/user/${handle}/`,
  avatarUrl: null,
  followers: null,
  verified: false,
});

describe('old-comments.html (old Reddit comments page)', () => {
  const { doc, url } = loadPage('reddit', 'old-comments.html');
  const items = parseAll(doc, url);
  const byId = (id: string) => items.find((item) => item.postId === id);

  it('finds the link and every comment, never the "load more comments" row', () => {
    expect(items.map((item) => item.postId)).toEqual([
      't3_1h7k2xq',
      't1_m0abc12',
      't1_m0abd34',
      't1_m0abf78',
      't1_m0abh11',
    ]);
    expect(redditAdapter.postIdOf(doc.querySelector('.morechildren')!)).toBeNull();
  });

  it('reads the link: the same id and canonical link as on new Reddit', () => {
    expect(byId('t3_1h7k2xq')).toEqual({
      platform: 'reddit',
      postId: 't3_1h7k2xq',
      permalink: POST_LINK,
      author: author('jordan_lee'),
      text:
        `${POST_TITLE}\n\n` +
        'Ordered a toaster on Nov 2, tracking has said "label created" for two weeks.\n\n' +
        'Every time I open a ticket it gets closed with a canned reply. What do I do now?',
      title: POST_TITLE,
      truncated: false,
      postedAt: Date.parse('2026-11-20T09:15:42.123Z'),
      shownTime: null,
      language: null,
      metrics: { ...NO_METRICS, replies: 4, likes: 57 },
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent: null,
    } satisfies ParsedPost);
  });

  it('reads a comment: the shown (unvoted) score, the tagline time, the link as parent', () => {
    expect(byId('t1_m0abc12')).toEqual({
      platform: 'reddit',
      postId: 't1_m0abc12',
      permalink: `${POST_LINK}m0abc12/`,
      author: author('AcmeSupport'),
      text: 'Hi Jordan, sorry about this! Please DM us your order number and we will look into it today.',
      title: null,
      truncated: false,
      postedAt: Date.parse('2026-11-20T10:02:11Z'),
      shownTime: null,
      language: null,
      metrics: { ...NO_METRICS, likes: 23 },
      isReply: true,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent: PARENT,
    } satisfies ParsedPost);
  });

  it('reads a reply apart from its parent, its open reply form not being text', () => {
    expect(byId('t1_m0abd34')).toMatchObject({
      author: author('jordan_lee'),
      text: 'Sent! It is order 4411, placed Nov 2.',
      postedAt: Date.parse('2026-11-20T10:30:00Z'),
      metrics: { ...NO_METRICS, likes: 8 },
      parent: PARENT,
    });
  });

  it('keeps a deleted account\'s edited comment: "[deleted]", the first time, both paragraphs', () => {
    expect(byId('t1_m0abf78')).toMatchObject({
      author: { handle: '[deleted]', name: '[deleted]', profileUrl: null },
      text: 'Same here, my order from Oct 30 is stuck too.\n\nEdit: it arrived today.',
      postedAt: Date.parse('2026-11-20T12:00:00Z'),
      metrics: { ...NO_METRICS, likes: 2 },
    });
  });

  it("reads the agent's own comment once (its hidden edit box is no text)", () => {
    expect(byId('t1_m0abh11')).toMatchObject({
      author: author('acme_agent_kim'),
      text: 'Kim from Acme here, we have escalated this.',
      metrics: { ...NO_METRICS, likes: 1 },
    });
  });

  it("puts each thing's controls in its own tagline; closestPost finds that thing", () => {
    for (const el of redditAdapter.findPosts(doc)) {
      const slot = redditAdapter.buttonSlot(el)!;
      expect(slot.classList.contains('tagline')).toBe(true);
      const button = doc.createElement('button');
      slot.append(button);
      expect(redditAdapter.closestPost(button)).toBe(el);
    }
  });

  it('focuses the link of its page, or the comment of a comment permalink', () => {
    expect(redditAdapter.postIdOf(redditAdapter.focusedPost(doc, url)!)).toBe('t3_1h7k2xq');
    const commentUrl = new URL(
      'https://old.reddit.com/r/acme/comments/1h7k2xq/order_4411_never_arrived/m0abf78/',
    );
    expect(redditAdapter.postIdOf(redditAdapter.focusedPost(doc, commentUrl)!)).toBe('t1_m0abf78');
  });
});

describe('old-listing.html (old Reddit listing)', () => {
  const { doc, url } = loadPage('reddit', 'old-listing.html');
  const links = parseAll(doc, url);
  const byId = (id: string) => links.find((link) => link.postId === id);

  it('finds every link', () => {
    expect(links.map((link) => link.postId)).toEqual([
      't3_1h2a3b4',
      't3_1h2c5d6',
      't3_ad7acme1',
      't3_1h2j1k2',
    ]);
  });

  it('marks a self post whose text is not loaded as cut: only its title is there', () => {
    expect(byId('t3_1h2a3b4')).toEqual({
      platform: 'reddit',
      postId: 't3_1h2a3b4',
      permalink:
        'https://www.reddit.com/r/acme/comments/1h2a3b4/acme_app_logs_me_out_every_time_i_switch_tabs/',
      author: author('maria_k'),
      text: 'Acme app logs me out every time I switch tabs',
      title: 'Acme app logs me out every time I switch tabs',
      truncated: true,
      postedAt: Date.parse('2026-11-21T14:03:27.512Z'),
      shownTime: null,
      language: null,
      metrics: { ...NO_METRICS, replies: 42, likes: 128 },
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent: null,
    } satisfies ParsedPost);
  });

  it('reads exact counts of an image link, never the abbreviated "12.3k" and "1.8k"', () => {
    expect(byId('t3_1h2c5d6')).toMatchObject({
      truncated: false,
      text: 'The box my Acme blender came in',
      metrics: { ...NO_METRICS, replies: 1890, likes: 12345 },
    });
    const bare = doc.querySelector('[data-fullname="t3_1h2c5d6"]')!.cloneNode(true) as Element;
    bare.removeAttribute('data-score');
    bare.removeAttribute('data-comments-count');
    // Without the attributes: the score's exact title; the comment count is unknown.
    expect(redditAdapter.parsePost(bare, url)?.metrics).toEqual({
      ...NO_METRICS,
      replies: null,
      likes: 12345,
    });
  });

  it('flags the promoted link; without a time it has neither time', () => {
    expect(byId('t3_ad7acme1')).toMatchObject({
      isPromoted: true,
      author: author('AcmeMobile'),
      postedAt: null,
      shownTime: null,
      metrics: { ...NO_METRICS, replies: 5, likes: 12 },
    });
    expect(links.filter((link) => link.isPromoted)).toHaveLength(1);
  });

  it('falls back to the shown values without data-timestamp, data-score, data-comments-count', () => {
    expect(byId('t3_1h2j1k2')).toMatchObject({
      postedAt: Date.parse('2026-11-21T19:55:00Z'),
      metrics: { ...NO_METRICS, replies: 1, likes: 4 },
    });
  });

  it('is a feed page', () => {
    expect(redditAdapter.isPostPage(url)).toBe(false);
    expect(redditAdapter.focusedPost(doc, url)).toBeNull();
    expect(redditAdapter.expectsPosts(url)).toBe(true);
  });
});
