/**
 * The X adapter against the hand-made pages (test/fixtures/x/PROVENANCE.md): home, status,
 * profile, search, promoted, cut, X Article and two localized interfaces.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedPost } from '../../lib/db/schema';
import { xAdapter } from '../../lib/sites/x';
import { loadPage } from './fixtures';
import { NO_METRICS, parseAll } from './x-support';

const ids = (posts: ParsedPost[]) => posts.map((post) => post.postId);

describe('home-timeline.html', () => {
  const { doc, url } = loadPage('x', 'home-timeline.html');
  let posts: ParsedPost[] = [];
  beforeAll(() => void (posts = parseAll(doc, url)));
  const byId = (id: string) => posts.find((post) => post.postId === `199100000000000000${id}`)!;

  it('finds the six posts in page order, not the heading or the account suggestion', () => {
    expect(ids(posts)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `199100000000000000${n}`));
  });

  it('keeps emoji of the name and the text, mentions and hashtags', () => {
    expect(byId('1')).toEqual({
      platform: 'x',
      postId: '1991000000000000001',
      permalink: 'https://x.com/danaruiz/status/1991000000000000001',
      author: {
        handle: 'danaruiz',
        name: 'Dana Ruiz 🌻',
        profileUrl: 'https://x.com/danaruiz',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1880000000000000001/dana_normal.jpg',
        followers: null,
        verified: false,
      },
      text: "My order #4417 still hasn't arrived 😤 Can someone at @acme_support help? 🙏 #help",
      title: null,
      truncated: false,
      postedAt: Date.parse('2026-11-20T09:15:00.000Z'),
      language: 'en',
      metrics: { replies: 2, reposts: 1, likes: 14, bookmarks: 1, views: 1203 },
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: null,
    } satisfies ParsedPost);
  });

  it('writes a split link out in full and keeps line breaks', () => {
    expect(byId('2').text).toBe(
      'Service update: deliveries in the north region are running a day late.\n\n' +
        'Track yours here: https://status.acme.example/deliveries/north-region-update',
    );
    expect(byId('2').author).toMatchObject({ handle: 'acme_support', verified: true });
  });

  it('reads counts the bar label leaves out as zero', () => {
    // "5 reposts, 12 likes, 340 views": no replies, no bookmarks.
    expect(byId('2').metrics).toEqual({
      replies: 0,
      reposts: 5,
      likes: 12,
      bookmarks: 0,
      views: 340,
    });
    expect(byId('6').metrics).toEqual({
      replies: 0,
      reposts: 0,
      likes: 7,
      bookmarks: 0,
      views: 150,
    });
  });

  it('gives a retweet to its original author, not to who reposted it', () => {
    expect(byId('3')).toMatchObject({
      permalink: 'https://x.com/marta_k/status/1991000000000000003',
      author: { handle: 'marta_k', name: 'Marta Kowalska' },
      isReply: false,
    });
  });

  it('sees "Replying to" as a reply, and only there', () => {
    expect(posts.map((post) => post.isReply)).toEqual([false, false, false, true, false, false]);
  });

  it('reads a quote whose quoted post has no link: id and permalink unknown', () => {
    const quote = byId('5');
    expect(quote.text).toBe('Same problem here. @acme_support any news?');
    expect(quote.author.handle).toBe('leechen');
    expect(quote.metrics).toEqual({ replies: 4, reposts: 1, likes: 9, bookmarks: 0, views: 512 });
    expect(quote.quoted).toEqual({
      platform: 'x',
      postId: null,
      permalink: null,
      author: {
        handle: 'danaruiz',
        name: 'Dana Ruiz 🌻',
        profileUrl: 'https://x.com/danaruiz',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1880000000000000001/dana_mini.jpg',
        followers: null,
        verified: false,
      },
      text: "My order #4417 still hasn't arrived 😤",
      title: null,
      truncated: false,
      postedAt: Date.parse('2026-11-20T09:15:00.000Z'),
      language: 'en',
      metrics: NO_METRICS,
      isReply: false,
      isPromoted: false,
      isArticle: false,
    });
  });

  it('reads a photo-only post as empty text with no language', () => {
    expect(byId('6')).toMatchObject({ text: '', language: null, author: { handle: 'priya_n' } });
  });

  it('knows no focused post or profile on the home page', () => {
    expect(xAdapter.focusedPost(doc, url)).toBeNull();
    expect(xAdapter.profileOf(url, doc)).toBeNull();
  });
});

describe('status-page.html', () => {
  const { doc, url } = loadPage('x', 'status-page.html');
  let posts: ParsedPost[] = [];
  beforeAll(() => void (posts = parseAll(doc, url)));

  it('finds the focused post by the URL, whatever the host or the overlay', () => {
    for (const href of [
      url.href,
      'https://x.com/acme_support/status/1992000000000000010/photo/1',
      'https://twitter.com/acme_support/status/1992000000000000010',
      'https://mobile.x.com/i/web/status/1992000000000000010',
    ]) {
      const focused = xAdapter.focusedPost(doc, new URL(href));
      expect(focused?.getAttribute('tabindex'), href).toBe('-1');
      expect(xAdapter.postIdOf(focused!)).toBe('1992000000000000010');
    }
    // Another post's page: the focused post on screen belongs to the previous page.
    expect(xAdapter.focusedPost(doc, new URL('https://x.com/a/status/1'))).toBeNull();
  });

  it('calls every post after the first a reply, up to "Discover more"', () => {
    expect(posts.map((post) => [post.author.handle, post.isReply])).toEqual([
      ['danaruiz', false], // the thread's start
      ['acme_support', true], // the focused post answers the one above
      ['danaruiz', true], // directly below, no "Replying to" shown
      ['tomvance', true], // "Replying to @acme_support"
      ['gadgetnews', false], // after the heading: unrelated
    ]);
  });

  it('reads the focused layout (time under the text, views in the bar label)', () => {
    expect(posts[1]).toMatchObject({
      postId: '1992000000000000010',
      permalink: 'https://x.com/acme_support/status/1992000000000000010',
      text: "Sorry about that, Dana! We've opened case 7781 and a courier will call you today. DM us your phone number 📦",
      postedAt: Date.parse('2026-11-21T08:20:00.000Z'),
      metrics: { replies: 2, reposts: 1, likes: 5, bookmarks: 1, views: 1204 },
    });
    expect(posts[3]?.metrics).toEqual({
      replies: 0,
      reposts: 0,
      likes: 0,
      bookmarks: 0,
      views: 12,
    });
  });

  it('is no profile page', () => {
    expect(xAdapter.profileOf(url, doc)).toBeNull();
  });
});

describe('profile-page.html', () => {
  const { doc, url } = loadPage('x', 'profile-page.html');

  it('names the profile from its header, emoji kept, with its follower count as shown', () => {
    expect(xAdapter.profileOf(url, doc)).toEqual({
      handle: 'acme_support',
      name: 'Acme Support 🛠',
      followers: 48_200,
    });
  });

  it('takes the header spelling of the handle on every tab', () => {
    for (const tab of ['', '/with_replies', '/media', '/likes']) {
      expect(xAdapter.profileOf(new URL(`https://x.com/ACME_Support${tab}`), doc)).toEqual({
        handle: 'acme_support',
        name: 'Acme Support 🛠',
        followers: 48_200,
      });
    }
  });

  it('ignores a header that belongs to another profile (still on screen after navigating)', () => {
    expect(xAdapter.profileOf(new URL('https://x.com/tomvance'), doc)).toEqual({
      handle: 'tomvance',
      name: '',
    });
  });

  it('reads the pinned post and the reply', () => {
    const posts = parseAll(doc, url);
    expect(posts.map((p) => [p.postId, p.isReply, p.author.name])).toEqual([
      ['1990000000000000100', false, 'Acme Support 🛠'],
      ['1992000000000000013', true, 'Acme Support 🛠'],
    ]);
  });
});

describe('promoted.html', () => {
  const { doc, url } = loadPage('x', 'promoted.html');
  let posts: ParsedPost[] = [];
  beforeAll(() => void (posts = parseAll(doc, url)));

  it('marks the post inside placementTracking as promoted, not the video post', () => {
    expect(posts.map((post) => [post.author.handle, post.isPromoted])).toEqual([
      ['brightway', true],
      ['kim_travels', false],
    ]);
  });

  it('takes the id of an ad without a time from its analytics link', () => {
    expect(posts[0]).toMatchObject({
      postId: '1993000000000000001',
      permalink: 'https://x.com/brightway/status/1993000000000000001',
      postedAt: null,
      metrics: { replies: 2, reposts: 4, likes: 31, bookmarks: 3, views: 120000 },
    });
  });

  it('still sees the ad when the placementTracking box is inside the article', () => {
    const ad = xAdapter.findPosts(doc)[0]!;
    const box = ad.parentElement!;
    box.removeAttribute('data-testid');
    const inner = doc.createElement('div');
    inner.setAttribute('data-testid', 'placementTracking');
    ad.append(inner);
    expect(xAdapter.parsePost(ad, url)?.isPromoted).toBe(true);
    inner.remove();
    // Without any box, the English "Ad" label is the last sign left.
    expect(xAdapter.parsePost(ad, url)?.isPromoted).toBe(true);
    ad.querySelectorAll('span').forEach((span) => span.textContent === 'Ad' && span.remove());
    expect(xAdapter.parsePost(ad, url)?.isPromoted).toBe(false);
  });
});

describe('show-more.html (search page)', () => {
  const { doc, url } = loadPage('x', 'show-more.html');
  let posts: ParsedPost[] = [];
  beforeAll(() => void (posts = parseAll(doc, url)));

  it('marks the cut post truncated, text up to the cut, "Show more" left out', () => {
    expect(posts.map((post) => post.truncated)).toEqual([true, false]);
    expect(posts[0]?.text).toMatch(/^A long story about my refund with @acme_support\.\n\nFirst,/);
    expect(posts[0]?.text).toMatch(/waited forty minutes to$/);
  });

  it('knows no focused post on a search page', () => {
    expect(xAdapter.focusedPost(doc, url)).toBeNull();
  });
});

describe('x-article.html (X Article on its status page)', () => {
  const { doc, url } = loadPage('x', 'x-article.html');

  it('finds the article post, not the post embedded in its body', () => {
    expect(xAdapter.findPosts(doc)).toHaveLength(1);
    expect(doc.querySelectorAll('article[data-testid="tweet"]')).toHaveLength(2);
  });

  it('reads title and body as the text, blocks apart, media and embeds left out', () => {
    const [post] = parseAll(doc, url);
    expect(post).toMatchObject({
      postId: '1994000000000000001',
      isArticle: true,
      title: 'How we handle late deliveries',
      truncated: false,
      quoted: null,
      postedAt: Date.parse('2026-11-18T14:00:00.000Z'),
      author: { handle: 'acme_support', verified: true },
      // "Liked" and "Bookmarked" in the bar label are states, not counts.
      metrics: { replies: 3, reposts: 12, likes: 88, bookmarks: 40, views: 5600 },
    });
    expect(post?.text).toBe(
      [
        'How we handle late deliveries',
        'Every parcel we ship is tracked from our warehouse to your door.',
        'What happens when a parcel is late',
        'Check the help centre first: most delays clear within 48 hours 📦',
        'Open a case with your order number',
        'We contact the courier the same day',
        'ORDER-7781\nSTATUS: delayed',
        'Thanks for your patience.',
      ].join('\n\n'),
    );
  });

  it('maps the embedded post to the article, and the slot to the article bar', () => {
    const article = xAdapter.findPosts(doc)[0]!;
    const embedded = doc.querySelector('[data-testid="simpleTweet"] [data-testid="tweetText"]')!;
    expect(xAdapter.closestPost(embedded)).toBe(article);
    const slot = xAdapter.buttonSlot(article)!;
    expect(slot.querySelector(':scope > [data-testid="caret"]')).not.toBeNull();
    expect(slot.closest('[data-testid="simpleTweet"]')).toBeNull();
    expect(xAdapter.focusedPost(doc, url)).toBe(article);
  });
});

describe('localized interfaces: counts by structure, not by words', () => {
  it('Japanese: all five counts, the bookmark one only from the order of the bar label', () => {
    const { doc, url } = loadPage('x', 'localized-ja.html');
    const [full, reply] = parseAll(doc, url);
    expect(full).toMatchObject({
      author: { handle: 'yamada_t', name: '山田 太郎' },
      text: '注文した商品がまだ届きません。@acme_support 確認をお願いします 🙇',
      language: 'ja',
      metrics: { replies: 12, reposts: 34, likes: 567, bookmarks: 8, views: 9012 },
      isReply: false,
    });
    // "3 件のいいね、41 件の表示": the like and view controls anchor the two numbers.
    expect(reply).toMatchObject({
      text: 'ありがとうございました！',
      metrics: { replies: 0, reposts: 0, likes: 3, bookmarks: 0, views: 41 },
      isReply: true,
    });
  });

  it('German: grouped digits, a pressed state, a word that reads like English', () => {
    const { doc, url } = loadPage('x', 'localized-de.html');
    const [post] = parseAll(doc, url);
    expect(post).toMatchObject({
      postId: '1996000000000000001',
      text: 'Lieferung kam heute an, danke @acme_support! 👍',
      language: 'de',
      author: { handle: 'jweber', name: 'Jonas Weber', verified: true },
      metrics: { replies: 2534, reposts: 4483, likes: 25616, bookmarks: 797, views: 2596467 },
    });
    expect(xAdapter.focusedPost(doc, url)).toBe(xAdapter.findPosts(doc)[0]);
  });
});
