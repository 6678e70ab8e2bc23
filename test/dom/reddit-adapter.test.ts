/**
 * The Reddit adapter on new Reddit (shreddit) pages: the hand-made fixtures in
 * test/fixtures/reddit/ (PROVENANCE.md). Expected values were written by reading the HTML;
 * every parse must also pass the stored-post schema (parseAll). Old Reddit:
 * reddit-old.test.ts; reply boxes, URLs and damaged markup have files of their own.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedPost } from '../../lib/db/schema';
import { redditAdapter } from '../../lib/sites/reddit';
import { loadPage } from './fixtures';
import { NO_METRICS, parseAll } from './reddit-support';

const POST_TITLE = 'Order #4411 never arrived and support keeps closing my ticket';
const POST_LINK = 'https://www.reddit.com/r/acme/comments/1h7k2xq/order_4411_never_arrived/';
const PARENT = { postId: 't3_1h7k2xq', permalink: POST_LINK, title: POST_TITLE };

const author = (handle: string, avatarUrl: string | null = null) => ({
  handle,
  name: handle,
  profileUrl: `https://www.reddit.com/user/${handle}/`,
  avatarUrl,
  followers: null,
  verified: false,
});

/** A control placed where the adapter says, as the content script places it. */
function placeControl(el: Element): HTMLButtonElement {
  const button = el.ownerDocument.createElement('button');
  button.setAttribute('data-casebook-capture', '');
  (redditAdapter.buttonSlot(el) ?? el).append(button);
  return button;
}

describe('new-feed.html (r/acme feed)', () => {
  const { doc, url } = loadPage('reddit', 'new-feed.html');
  const posts = parseAll(doc, url);
  const byId = (id: string) => posts.find((post) => post.postId === id);

  it('finds every post of the feed, the promoted one included', () => {
    expect(posts.map((post) => post.postId)).toEqual([
      't3_1h2a3b4',
      't3_1h2c5d6',
      't3_1h2e7f8',
      't3_ad7acme1',
      't3_1h2g9h0',
      't3_1h2j1k2',
    ]);
  });

  it('reads a text post: title then paragraphs, list items, emoji alt, link text', () => {
    expect(byId('t3_1h2a3b4')).toEqual({
      platform: 'reddit',
      postId: 't3_1h2a3b4',
      // The share parameters (utm_source, utm_medium) are dropped.
      permalink:
        'https://www.reddit.com/r/acme/comments/1h2a3b4/acme_app_logs_me_out_every_time_i_switch_tabs/',
      // The subreddit icon in the header is not the author's picture.
      author: author('maria_k'),
      text:
        'Acme app logs me out every time I switch tabs\n\n' +
        'Since the 4.2 update the Acme app forgets my login whenever I switch to another app :facepalm:\n\n' +
        'What I tried:\n\n- reinstalling\n- clearing the cache\n\n' +
        'Anyone else? Their status page says all green.',
      title: 'Acme app logs me out every time I switch tabs',
      truncated: false,
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

  it('reads an image post: the title is its text, "u/" is not part of the handle', () => {
    expect(byId('t3_1h2c5d6')).toMatchObject({
      author: author('boxwatcher'),
      text: 'The box my Acme blender came in',
      title: 'The box my Acme blender came in',
      postedAt: Date.parse('2026-11-21T11:40:00.000Z'),
      // A score of -3: no net likes (counts are never negative); zero comments is zero.
      metrics: { ...NO_METRICS, replies: 0, likes: 0 },
    });
  });

  it('reads the whole of a long post the feed clamps with CSS: it is not cut', () => {
    const post = byId('t3_1h2e7f8')!;
    expect(post.truncated).toBe(false);
    expect(post.text.split('\n\n')).toHaveLength(5);
    expect(post.text).toMatch(/Would still recommend it to a neighbour\.$/);
    expect(post.metrics).toEqual({ ...NO_METRICS, replies: 318, likes: 1204 });
  });

  it('flags the promoted post, with the avatar inside the link to its profile', () => {
    expect(byId('t3_ad7acme1')).toMatchObject({
      isPromoted: true,
      permalink: 'https://www.reddit.com/user/AcmeMobile/comments/ad7acme1/switch_to_acme_mobile/',
      author: author(
        'AcmeMobile',
        'https://styles.redditmedia.com/t5_acmemobile/styles/profileIcon_acmemobile.png',
      ),
      postedAt: Date.parse('2026-11-19T00:00:00.000Z'),
    });
    expect(posts.filter((post) => post.isPromoted)).toHaveLength(1);
  });

  it('keeps a deleted account\'s post, under the handle "[deleted]" without a profile', () => {
    expect(byId('t3_1h2g9h0')?.author).toEqual({
      handle: '[deleted]',
      name: '[deleted]',
      profileUrl: null,
      avatarUrl: null,
      followers: null,
      verified: false,
    });
    expect(byId('t3_1h2g9h0')?.text).toBe(
      'Refund still missing after 30 days\n\nReturned the kettle on Oct 19, tracking says delivered, no refund.',
    );
  });

  it('keeps the shown time when there is no machine time, and unknown counts unknown', () => {
    expect(byId('t3_1h2j1k2')).toMatchObject({
      postedAt: null,
      shownTime: 'just now',
      metrics: { ...NO_METRICS, replies: 1, likes: null },
    });
    // With a machine time the shown one is not kept.
    expect(posts.filter((post) => post.shownTime !== null)).toHaveLength(1);
  });

  it('puts the controls in the credit bar, and finds the post again from them', () => {
    for (const el of redditAdapter.findPosts(doc)) {
      const slot = redditAdapter.buttonSlot(el);
      expect(slot?.getAttribute('slot')).toBe('credit-bar');
      expect(redditAdapter.closestPost(placeControl(el))).toBe(el);
    }
  });

  it('is a feed: no focused post, not a post page, posts expected', () => {
    expect(redditAdapter.focusedPost(doc, url)).toBeNull();
    expect(redditAdapter.isPostPage(url)).toBe(false);
    expect(redditAdapter.expectsPosts(url)).toBe(true);
  });
});

describe('new-post-page.html (a post and its comment thread)', () => {
  const { doc, url } = loadPage('reddit', 'new-post-page.html');
  const items = parseAll(doc, url);
  const byId = (id: string) => items.find((item) => item.postId === id);

  it('finds the post and every comment, replies included, in page order', () => {
    expect(items.map((item) => item.postId)).toEqual([
      't3_1h7k2xq',
      't1_m0abc12',
      't1_m0abd34',
      't1_m0abe56',
      't1_m0abf78',
      't1_m0abg90',
    ]);
    expect(items.filter((item) => item.isReply)).toHaveLength(5);
  });

  it('reads the post, its avatar from the hover card link to the author', () => {
    expect(byId('t3_1h7k2xq')).toEqual({
      platform: 'reddit',
      postId: 't3_1h7k2xq',
      permalink: POST_LINK,
      author: author(
        'jordan_lee',
        'https://styles.redditmedia.com/t5_8a7b6c/styles/profileIcon_jordan.png',
      ),
      text:
        `${POST_TITLE}\n\n` +
        'Ordered a toaster on Nov 2, tracking has said "label created" for two weeks.\n\n' +
        'Every time I open a ticket it gets closed with a canned reply. What do I do now?',
      title: POST_TITLE,
      truncated: false,
      postedAt: Date.parse('2026-11-20T09:15:42.123Z'),
      shownTime: null,
      language: null,
      metrics: { ...NO_METRICS, replies: 5, likes: 57 },
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent: null,
    } satisfies ParsedPost);
  });

  it('reads a comment with its post as parent', () => {
    expect(byId('t1_m0abc12')).toEqual({
      platform: 'reddit',
      postId: 't1_m0abc12',
      permalink: 'https://www.reddit.com/r/acme/comments/1h7k2xq/comment/m0abc12/',
      author: author(
        'AcmeSupport',
        'https://styles.redditmedia.com/t5_acmesupport/styles/profileIcon_acme.png',
      ),
      text: 'Hi Jordan, sorry about this! Please DM us your order number and we will look into it today.',
      title: null,
      truncated: false,
      postedAt: Date.parse('2026-11-20T10:02:11.000Z'),
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

  it("reads replies as their own items, never their parent's or their children's text", () => {
    expect(byId('t1_m0abd34')).toMatchObject({
      author: author(
        'jordan_lee',
        'https://styles.redditmedia.com/t5_8a7b6c/styles/profileIcon_jordan.png',
      ),
      text: 'Sent! It is order 4411, placed Nov 2.',
      postedAt: Date.parse('2026-11-20T10:30:00.000Z'),
      metrics: { ...NO_METRICS, likes: 8 },
      parent: PARENT,
    });
    // A reply to a reply: no avatar of its own (the parent's is not taken).
    expect(byId('t1_m0abe56')).toMatchObject({
      author: author('AcmeSupport'),
      text: 'Thanks, a replacement ships tomorrow with express delivery.',
      metrics: { ...NO_METRICS, likes: 5 },
      parent: PARENT,
    });
  });

  it("keeps a deleted account's comment, its hidden score unknown", () => {
    expect(byId('t1_m0abf78')).toMatchObject({
      author: { handle: '[deleted]', profileUrl: null },
      text: 'Same here, my order from Oct 30 is stuck too.',
      metrics: NO_METRICS,
      parent: PARENT,
    });
  });

  it('reads a collapsed comment; its negative score is no likes', () => {
    expect(byId('t1_m0abg90')).toMatchObject({
      text: 'Just buy from somewhere else lol',
      metrics: { ...NO_METRICS, likes: 0 },
    });
  });

  it("puts each comment's controls in its own meta line; closestPost finds that comment", () => {
    for (const el of redditAdapter.findPosts(doc)) {
      const button = placeControl(el);
      expect(redditAdapter.closestPost(button)).toBe(el);
      expect(button.parentElement?.getAttribute('slot')).toBe(
        el.localName === 'shreddit-post' ? 'credit-bar' : 'commentMeta',
      );
    }
    // The parent comment holds its replies, but not their controls' slots.
    const parent = redditAdapter.findPosts(doc)[1]!;
    expect(redditAdapter.buttonSlot(parent)?.parentElement).toBe(parent);
  });

  it('maps nodes inside a reply to the reply, outside any item to null', () => {
    const replyText = doc.querySelector('[id="t1_m0abe56-comment-rtjson-content"] p')!;
    expect(redditAdapter.postIdOf(redditAdapter.closestPost(replyText)!)).toBe('t1_m0abe56');
    expect(redditAdapter.closestPost(doc.querySelector('comment-composer-host')!)).toBeNull();
    expect(redditAdapter.closestPost(doc.body)).toBeNull();
  });

  it('focuses the post of its page; a comment permalink focuses that comment', () => {
    expect(redditAdapter.postIdOf(redditAdapter.focusedPost(doc, url)!)).toBe('t3_1h7k2xq');
    const commentUrl = new URL(`${POST_LINK}m0abd34/`);
    expect(redditAdapter.postIdOf(redditAdapter.focusedPost(doc, commentUrl)!)).toBe('t1_m0abd34');
    const newForm = new URL('https://www.reddit.com/r/acme/comments/1h7k2xq/comment/m0abe56/');
    expect(redditAdapter.postIdOf(redditAdapter.focusedPost(doc, newForm)!)).toBe('t1_m0abe56');
    // Another post's page: its post is not here (yet).
    const other = new URL('https://www.reddit.com/r/acme/comments/9zzzzzz/other/');
    expect(redditAdapter.focusedPost(doc, other)).toBeNull();
    expect(redditAdapter.isPostPage(url)).toBe(true);
  });
});

describe('new-localized-de.html (German interface, Arabic comment)', () => {
  const { doc, url } = loadPage('reddit', 'new-localized-de.html');
  const [post, german, arabic, ...rest] = parseAll(doc, url);

  it('reads a German post: the +0100 time made UTC, umlauts and the euro sign kept', () => {
    expect(rest).toHaveLength(0);
    expect(post).toMatchObject({
      postId: 't3_1h9m3n4',
      author: author('Schmidt_Jana'),
      title: 'Lieferung seit zwei Wochen überfällig – Kundendienst antwortet nicht',
      text:
        'Lieferung seit zwei Wochen überfällig – Kundendienst antwortet nicht\n\n' +
        'Meine Bestellung (Kaffeemaschine, 249,99 €) sollte am 7. November kommen.\n\n' +
        'Seitdem keine Antwort auf drei E\u2011Mails. Hat jemand eine Telefonnummer, die funktioniert?',
      postedAt: Date.parse('2026-11-21T06:30:00.000Z'),
      language: 'de',
      metrics: { ...NO_METRICS, replies: 2, likes: 31 },
    });
  });

  it('reads the comments whatever the labels say; the Arabic one right to left as written', () => {
    expect(german).toMatchObject({
      postId: 't1_m1de001',
      author: author('Acme_Deutschland'),
      language: 'de',
      metrics: { ...NO_METRICS, likes: 14 },
      parent: {
        postId: 't3_1h9m3n4',
        permalink:
          'https://www.reddit.com/r/acme_de/comments/1h9m3n4/lieferung_seit_zwei_wochen_uberfallig/',
        title: 'Lieferung seit zwei Wochen überfällig – Kundendienst antwortet nicht',
      },
    });
    expect(arabic).toMatchObject({
      postId: 't1_m1de002',
      text: 'نفس المشكلة عندي، الطلب رقم 5521 لم يصل بعد.',
      language: 'ar',
      postedAt: Date.parse('2026-11-21T09:12:00.000Z'),
    });
  });

  it('finds the Reply button ("Antworten") by structure', () => {
    const comment = redditAdapter.findPosts(doc)[1]!;
    const reply = redditAdapter.replyBoxes?.opener(comment);
    expect(reply?.localName).toBe('button');
    expect(reply?.textContent).toBe('Antworten');
  });
});

describe('new-hostile.html (text that looks like markup, invisible characters)', () => {
  const { doc, url } = loadPage('reddit', 'new-hostile.html');
  const [post, comment] = parseAll(doc, url);

  it('keeps markup-like text as plain text and the invisible characters as they were', () => {
    expect(post?.title).toBe('<script>alert("title")</script> Refund?');
    expect(post?.text).toBe(
      '<script>alert("title")</script> Refund?\n\n' +
        '<img src=x onerror=alert(1)> my re\u200bfund is late \u{1F469}\u200d\u{1F4BB}\n\n' +
        '\u200fRTL mark and \u202eoverride\u202c stay as characters',
    );
    // The <script> element in the body is not text.
    expect(post?.text).not.toContain('cookie');
    expect(comment?.text).toBe('</div><b onmouseover=alert(2)>hover me</b>');
  });

  it('refuses the javascript: avatar and the foreign permalink', () => {
    expect(post?.author.avatarUrl).toBeNull();
    expect(post?.permalink).toBe('https://www.reddit.com/comments/1hx0x0x/');
    expect(comment?.parent?.permalink).toBe('https://www.reddit.com/comments/1hx0x0x/');
  });

  it('reads "u/quiet_quinn" as quiet_quinn, and an unreadable time as the shown one', () => {
    expect(comment).toMatchObject({
      author: author('quiet_quinn'),
      postedAt: null,
      shownTime: '1 hr. ago',
    });
  });
});
