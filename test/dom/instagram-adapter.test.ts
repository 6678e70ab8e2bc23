/**
 * The Instagram adapter against the hand-made pages of test/fixtures/instagram/ (see its
 * PROVENANCE.md). Expected values were written by reading the HTML; every parse must also
 * pass the stored-post schema, and the cheap id must agree with it (parseAll).
 */
import { describe, expect, it } from 'vitest';
import type { Metrics, ParsedPost } from '../../lib/db/schema';
import { instagramAdapter as ig } from '../../lib/sites/instagram';
import { loadPage } from './fixtures';
import { COMMON, NO_METRICS, parseAll, placeControl, profile } from './instagram-support';

const CAPTION_1 =
  'Our new Acme Router X2 is here 📶 Faster Wi-Fi in every room, setup in 5 minutes. ' +
  'Questions? Ask us below or DM us! #acmerouter';
const PARENT_1 = {
  postId: 'C9acme0001',
  permalink: 'https://www.instagram.com/p/C9acme0001/',
  // The caption's first words, cut at a word.
  title:
    'Our new Acme Router X2 is here 📶 Faster Wi-Fi in every room, setup in 5 minutes. Questions? Ask…',
};

describe('feed.html (feed: photo post with a comment, reel, cut caption)', () => {
  const { doc, url } = loadPage('instagram', 'feed.html');

  it('finds the three posts and the comment, each its own item', () => {
    expect(ig.findPosts(doc).map((el) => ig.postIdOf(el))).toEqual([
      'C9acme0001',
      'comment:17911110000000001',
      'C9reel0002',
      'C9long0003',
    ]);
  });

  it('parses every field of every item', () => {
    expect(parseAll(doc, url)).toEqual([
      {
        ...COMMON,
        postId: 'C9acme0001',
        permalink: 'https://www.instagram.com/p/C9acme0001/',
        author: profile('acme.support', 'acme_support.jpg', true),
        // The hashtag link keeps its text; the location and the photo's alt are not text.
        text: CAPTION_1,
        truncated: false,
        postedAt: Date.parse('2026-11-20T09:15:00.000Z'),
        metrics: { ...NO_METRICS, likes: 1284, replies: 37 },
        isReply: false,
        isPromoted: false,
        parent: null,
      },
      {
        ...COMMON,
        postId: 'comment:17911110000000001',
        permalink: 'https://www.instagram.com/p/C9acme0001/c/17911110000000001/',
        // A comment in the feed shows no picture.
        author: profile('acme.agent', null),
        text: 'Thanks everyone for the kind words!',
        truncated: false,
        postedAt: Date.parse('2026-11-20T11:00:00.000Z'),
        // No "N likes" in its row: Instagram hides a zero.
        metrics: { ...NO_METRICS, likes: 0 },
        isReply: true,
        isPromoted: false,
        parent: PARENT_1,
      },
      {
        ...COMMON,
        postId: 'C9reel0002',
        // A reel keeps its kind; the share parameter (igsh) is gone.
        permalink: 'https://www.instagram.com/reel/C9reel0002/',
        author: profile('dana.builds', 'dana.jpg'),
        text:
          'Day 3 without internet. @acme.support your X2 router keeps dropping every 20 minutes ' +
          "and support hasn't called back. Anyone else?",
        truncated: false,
        postedAt: Date.parse('2026-11-19T18:42:10.000Z'),
        // "Liked by acme.support and others": no number shown.
        metrics: { ...NO_METRICS, replies: 3 },
        isReply: false,
        isPromoted: false,
        parent: null,
      },
      {
        ...COMMON,
        postId: 'C9long0003',
        permalink: 'https://www.instagram.com/p/C9long0003/',
        author: profile('mo.reviews', 'mo.jpg'),
        text:
          'Unboxing the Acme Router X2 📦 First impressions: the box is nice, the app asked me ' +
          'to create an account before it would show the',
        truncated: true,
        postedAt: Date.parse('2026-11-18T07:05:00.000Z'),
        metrics: { ...NO_METRICS, likes: 12 },
        isReply: false,
        isPromoted: false,
        parent: null,
      },
    ] satisfies ParsedPost[]);
  });

  it("keeps a post's element apart from its comment, so a control finds its own item", () => {
    const [post, comment, reel] = ig.findPosts(doc);
    expect(post!.contains(comment!)).toBe(false);
    // Without comments the article itself is the post.
    expect(reel!.localName).toBe('article');
    for (const item of [post!, comment!, reel!]) {
      expect(ig.closestPost(placeControl(item))).toBe(item);
    }
  });

  it("puts a post's controls in its author line, a comment's in its time row", () => {
    const [post, comment] = ig.findPosts(doc);
    const line = ig.buttonSlot(post!);
    expect(line?.querySelector('img[alt="acme.support\'s profile picture"]')).not.toBeNull();
    expect(line?.querySelector('[aria-label="More options"]')).not.toBeNull();
    expect(line?.querySelector('section, form')).toBeNull();
    const row = ig.buttonSlot(comment!);
    expect(row?.querySelector(':scope > a > time')?.getAttribute('datetime')).toBe(
      '2026-11-20T11:00:00.000Z',
    );
    expect(row?.textContent).toContain('Reply');
  });

  it('is no post page: nothing is focused, and the feed expects posts', () => {
    expect(ig.isPostPage(url)).toBe(false);
    expect(ig.focusedPost(doc, url)).toBeNull();
    expect(ig.expectsPosts(url)).toBe(true);
  });
});

describe('post-page.html (a post page: caption row, comments, replies)', () => {
  const { doc, url } = loadPage('instagram', 'post-page.html');
  const comment = (
    id: string,
    author: ReturnType<typeof profile>,
    text: string,
    at: string,
    metrics: Partial<Metrics>,
    permalinkTail = `c/${id}/`,
  ): ParsedPost => ({
    ...COMMON,
    postId: `comment:${id}`,
    permalink: `https://www.instagram.com/p/C9acme0001/${permalinkTail}`,
    author,
    text,
    truncated: false,
    postedAt: Date.parse(at),
    metrics: { ...NO_METRICS, ...metrics },
    isReply: true,
    isPromoted: false,
    parent: PARENT_1,
  });

  it('finds the post and its four comments (the reply included), never the "More posts" links', () => {
    expect(ig.findPosts(doc)).toHaveLength(5);
  });

  it('parses every field of the post and of each comment', () => {
    expect(parseAll(doc, url)).toEqual([
      {
        ...COMMON,
        postId: 'C9acme0001',
        permalink: 'https://www.instagram.com/p/C9acme0001/',
        author: profile('acme.support', 'acme_support.jpg', true),
        text: CAPTION_1,
        truncated: false,
        postedAt: Date.parse('2026-11-20T09:15:00.000Z'),
        // A post page shows no comment count.
        metrics: { ...NO_METRICS, likes: 1284 },
        isReply: false,
        isPromoted: false,
        parent: null,
      },
      comment(
        '17900000000000001',
        profile('dana.builds', 'dana.jpg'),
        'Mine drops every 20 minutes since the last update. Is there a fix coming?',
        '2026-11-20T09:40:00.000Z',
        // Its replies are shown, each an item: no count read for them.
        { likes: 4 },
      ),
      comment(
        '17900000000000002',
        profile('acme.support', 'acme_support.jpg', true),
        "@dana.builds So sorry about that! Firmware 2.1.4 fixes the drops. Please DM us your order number and we'll help you update.",
        '2026-11-20T10:05:00.000Z',
        { likes: 1 },
        'c/17900000000000001/r/17900000000000002/',
      ),
      comment(
        '17900000000000003',
        profile('lee_at_home', 'lee.jpg'),
        'Does it work with my old Acme mesh points?',
        '2026-11-20T10:20:00.000Z',
        // "View replies (2)", folded.
        { likes: 1, replies: 2 },
      ),
      comment(
        '17900000000000004',
        profile('priya.k', 'priya.jpg'),
        'Love mine 😍 @acme.support the setup took two minutes',
        '2026-11-20T10:55:00.000Z',
        { likes: 0 },
      ),
    ] satisfies ParsedPost[]);
  });

  it('keeps the items apart: no item holds another, and each control finds its own', () => {
    const items = ig.findPosts(doc);
    for (const a of items) for (const b of items) if (a !== b) expect(a.contains(b)).toBe(false);
    for (const item of items) expect(ig.closestPost(placeControl(item))).toBe(item);
    // Outside every item (the list's "Hide replies", the comment box): no item.
    const box = doc.querySelector('textarea')!;
    expect(ig.closestPost(box)).toBeNull();
  });

  it("is the page of its post: focused, and the header row holds the post's controls", () => {
    expect(ig.isPostPage(url)).toBe(true);
    expect(ig.expectsPosts(url)).toBe(true);
    const focused = ig.focusedPost(doc, url);
    expect(focused && ig.postIdOf(focused)).toBe('C9acme0001');
    expect(ig.buttonSlot(focused!)?.textContent).toContain('Follow');
    expect(ig.focusedPost(doc, new URL('https://www.instagram.com/p/C9other999/'))).toBeNull();
  });
});

describe('localized-de.html (German interface, Arabic comment)', () => {
  const { doc, url } = loadPage('instagram', 'localized-de.html');
  const PARENT = {
    postId: 'C9reelDe04',
    permalink: 'https://www.instagram.com/reel/C9reelDe04/',
    title:
      'So richtet ihr den Acme Router X2 in drei Schritten ein. Fragen? Schreibt sie in die Kommentare!',
  };

  it('reads every field from structure and numbers, never the German words', () => {
    expect(parseAll(doc, url)).toEqual([
      {
        ...COMMON,
        postId: 'C9reelDe04',
        permalink: 'https://www.instagram.com/reel/C9reelDe04/',
        author: profile('acme.de', 'acme_de.jpg', true),
        text: PARENT.title,
        truncated: false,
        postedAt: Date.parse('2026-11-15T16:00:00.000Z'),
        // "Gefällt 2.345 Mal"; <html lang="de"> is the interface, not the caption's language.
        metrics: { ...NO_METRICS, likes: 2345 },
        isReply: false,
        isPromoted: false,
        parent: null,
      },
      {
        ...COMMON,
        postId: 'comment:18000000000000011',
        permalink: 'https://www.instagram.com/reel/C9reelDe04/c/18000000000000011/',
        author: profile('jonas.k', 'jonas.jpg'),
        text: 'Seit dem Update verliert mein Router ständig die Verbindung. Wann kommt ein Fix?',
        truncated: false,
        postedAt: Date.parse('2026-11-16T08:30:00.000Z'),
        // 3 „Gefällt mir“-Angaben
        metrics: { ...NO_METRICS, likes: 3 },
        isReply: true,
        isPromoted: false,
        parent: PARENT,
      },
      {
        ...COMMON,
        postId: 'comment:18000000000000012',
        permalink: 'https://www.instagram.com/reel/C9reelDe04/c/18000000000000012/',
        author: profile('layla.h', 'layla.jpg'),
        text: 'الراوتر لا يعمل منذ يومين، هل يوجد دعم باللغة العربية؟',
        truncated: false,
        postedAt: Date.parse('2026-11-17T12:00:00.000Z'),
        // "Antworten ansehen (1)"
        metrics: { ...NO_METRICS, likes: 0, replies: 1 },
        isReply: true,
        isPromoted: false,
        parent: PARENT,
      },
    ] satisfies ParsedPost[]);
  });
});

describe('sponsored.html (an ad, then an ordinary post)', () => {
  const { doc, url } = loadPage('instagram', 'sponsored.html');

  it('marks the ad promoted, without a time, and the post after it not', () => {
    const [ad, post] = parseAll(doc, url);
    expect(ad).toEqual({
      ...COMMON,
      postId: 'C9adAd0005',
      // Its only permalink is the one around its photo.
      permalink: 'https://www.instagram.com/p/C9adAd0005/',
      author: profile('acme.deals', 'deals.jpg'),
      text: 'Black Friday: the Acme Router X2 at 30% off, this week only.',
      truncated: false,
      postedAt: null,
      metrics: { ...NO_METRICS, likes: 8102 },
      isReply: false,
      isPromoted: true,
      parent: null,
    } satisfies ParsedPost);
    expect(post).toMatchObject({ postId: 'C9samS0006', isPromoted: false, metrics: { likes: 3 } });
  });

  it('knows an ad in any language by its missing time and its link-shim call to action', () => {
    const [adEl] = ig.findPosts(doc);
    adEl!.querySelector('span.x1lliihq')!.textContent = 'Publicité ciblée';
    expect(ig.parsePost(adEl!, url)?.isPromoted).toBe(true);
    adEl!.querySelector('a[href^="https://l.instagram.com/"]')!.remove();
    expect(ig.parsePost(adEl!, url)?.isPromoted).toBe(false);
  });
});

describe('hostile.html (hostile text written as text)', () => {
  const { doc, url } = loadPage('instagram', 'hostile.html');

  it('returns it as plain text, marks and all, and drops a javascript: picture', () => {
    const [post, comment] = parseAll(doc, url);
    expect(post?.text).toBe(
      '<script>alert("caption")</script> Acme\u200bSupport <img src=x onerror=alert(1)> ' +
        '\u202eevil\u202c done\u200f',
    );
    expect(post?.author.avatarUrl).toBeNull();
    expect(post?.metrics.likes).toBe(0);
    expect(comment?.text).toBe('</textarea><b>bold?</b>');
    expect(comment?.parent?.title).toBe(post?.text);
    expect(doc.querySelector('article script, article b')).toBeNull();
  });
});

describe('profile.html (a profile page)', () => {
  const { doc, url } = loadPage('instagram', 'profile.html');

  it('reads the profile with its exact follower count, and finds no posts in the grid', () => {
    expect(ig.profileOf(url, doc)).toEqual({
      handle: 'acme.support',
      name: 'Acme Support',
      followers: 48213,
    });
    expect(ig.findPosts(doc)).toEqual([]);
    expect(ig.expectsPosts(url)).toBe(false);
    expect(ig.profileOf(new URL('https://www.instagram.com/acme.support/tagged/'), doc)).toEqual(
      ig.profileOf(url, doc),
    );
  });

  it("refuses a rounded count, and another profile's header", () => {
    doc.querySelector('span[title="48,213"]')!.removeAttribute('title');
    expect(ig.profileOf(url, doc)?.followers).toBeNull();
    expect(ig.profileOf(new URL('https://www.instagram.com/someone.else/'), doc)).toEqual({
      handle: 'someone.else',
      name: '',
    });
    expect(ig.profileOf(new URL('https://www.instagram.com/explore/'), doc)).toBeNull();
    expect(ig.profileOf(new URL('https://www.instagram.com/p/C9acme0001/'), doc)).toBeNull();
  });
});
