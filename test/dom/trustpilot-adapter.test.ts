/**
 * The Trustpilot adapter against the hand-made pages of test/fixtures/trustpilot/ (see its
 * PROVENANCE.md). Expected values were written by reading the HTML; every parse must also
 * pass the stored-post schema, and the cheap id must agree with it.
 */
import { describe, expect, it } from 'vitest';
import { ParsedPostSchema, type ParsedPost } from '../../lib/db/schema';
import { LIMITS } from '../../lib/sites/limits';
import { trustpilotAdapter as tp } from '../../lib/sites/trustpilot';
import { loadPage } from './fixtures';

function parseAll(doc: Document, url: URL): ParsedPost[] {
  return tp.findPosts(doc).map((el) => {
    const post = tp.parsePost(el, url);
    expect(post, `review ${tp.postIdOf(el)} parses`).not.toBeNull();
    expect(tp.postIdOf(el)).toBe(post?.postId);
    return ParsedPostSchema.parse(post);
  });
}

const REVIEW = {
  platform: 'trustpilot',
  shownTime: null,
  metrics: { replies: null, reposts: null, likes: null, bookmarks: null, views: null },
  isReply: false,
  isPromoted: false,
  isArticle: false,
  quoted: null,
  parent: null,
} as const;

const reviewer = (id: string | null, name: string, avatar: string | null = null) => ({
  handle: id ?? name,
  name,
  profileUrl: id && `https://www.trustpilot.com/users/${id}`,
  avatarUrl: avatar,
  followers: null,
  verified: false,
});

const link = (id: string) => `https://www.trustpilot.com/reviews/${id}`;

const MARCUS_START =
  'I returned my router on October 28 with the prepaid label. The tracking says Acme received ' +
  'it on November 2. Since then I have called four times, and every time I am told the refund ' +
  'is "being processed" and that I should wait another 5 to 7 business days. Nobody can tell ' +
  'me why it takes this long or who';

describe('company-page.html (a company page: four reviews)', () => {
  const { doc, url } = loadPage('trustpilot', 'company-page.html');

  it('parses every field of every review', () => {
    expect(parseAll(doc, url)).toEqual([
      {
        ...REVIEW,
        postId: '6752a1b2c3d4e5f60718293a',
        permalink: link('6752a1b2c3d4e5f60718293a'),
        author: reviewer(
          '64f0c0ffee1234567890abcd',
          'Jane Cooper',
          'https://user-images.trustpilot.com/64f0c0ffee1234567890abcd/73x73.png',
        ),
        // <br> is a new line; Acme's reply under it is not the review.
        text:
          'The X2 was up in five minutes.\nSupport answered my question about the guest ' +
          'network the same day. One star off because the app wants an account.',
        title: 'Router works, setup was painless',
        truncated: false,
        // The review's time, not the reply's (Nov 19).
        postedAt: Date.parse('2026-11-18T14:02:11.000Z'),
        language: 'en',
        rating: 4,
      },
      {
        ...REVIEW,
        postId: '6752a1b2c3d4e5f6071829ff',
        permalink: link('6752a1b2c3d4e5f6071829ff'),
        // Initials only: no picture.
        author: reviewer('650000000000000000000b0b', 'Marcus King'),
        text: `${MARCUS_START}…`,
        title: 'Three weeks and still no refund',
        truncated: true,
        postedAt: Date.parse('2026-11-20T07:45:00.000Z'),
        language: 'en',
        rating: 1,
      },
      {
        ...REVIEW,
        postId: '6752a1b2c3d4e5f607182a01',
        permalink: link('6752a1b2c3d4e5f607182a01'),
        // No profile link: the name is the handle.
        author: reviewer(null, 'Priya'),
        text: 'Rahul from Acme stayed on the phone until my mesh worked in every room. Thank you!',
        title: "Best support I've had 🙌",
        truncated: false,
        postedAt: Date.parse('2026-11-21T18:30:00.000Z'),
        language: null,
        // The attribute is empty: from "Rated 5 out of 5 stars".
        rating: 5,
      },
      {
        ...REVIEW,
        postId: '6752a1b2c3d4e5f607182a02',
        permalink: link('6752a1b2c3d4e5f607182a02'),
        // Written as text, kept as text; the javascript: picture is dropped.
        author: reviewer('6500000000000000000e0e0e', 'Eve <b>'),
        text: '<img src=x onerror=alert(1)> Acme\u200bRouter \u202eevil\u202c ok',
        title: '<script>alert("title")</script>',
        truncated: false,
        postedAt: Date.parse('2026-11-22T10:00:00.000Z'),
        language: 'en',
        // data-service-review-rating="9" is out of range: the alt says 3.
        rating: 3,
      },
    ] satisfies ParsedPost[]);
  });

  it('puts the controls in the row of the stars and the date, and finds the card from them', () => {
    for (const card of tp.findPosts(doc)) {
      const slot = tp.buttonSlot(card)!;
      expect(slot.querySelector('[data-service-review-rating]')).not.toBeNull();
      expect(slot.querySelector('time')).not.toBeNull();
      const button = doc.createElement('button');
      slot.append(button);
      expect(tp.closestPost(button)).toBe(card);
    }
  });

  it('is a review page without a focused review, and has no reply boxes', () => {
    expect(tp.expectsPosts(url)).toBe(true);
    expect(tp.isPostPage(url)).toBe(false);
    expect(tp.focusedPost(doc, url)).toBeNull();
    expect(tp.replyBoxes).toBeUndefined();
    expect(tp.profileOf(url, doc)).toBeNull();
  });
});

describe('localized-de.html (German site: stars from localised alts and file names)', () => {
  const { doc, url } = loadPage('trustpilot', 'localized-de.html');

  it('reads ratings, languages and the German "See more"', () => {
    const [de, ja, he] = parseAll(doc, url);
    expect(de).toEqual({
      ...REVIEW,
      postId: '6752a1b2c3d4e5f6071de001',
      // Canonical on www, whichever country site it was read on.
      permalink: link('6752a1b2c3d4e5f6071de001'),
      author: reviewer(
        '6500000000000000000de001',
        'Jonas Keller',
        'https://user-images.trustpilot.com/6500000000000000000de001/73x73.png',
      ),
      text:
        'Der Router kam eine Woche zu spät. Der Support war freundlich, konnte aber nicht ' +
        'helfen. Ich habe zweimal angerufen und jedes Mal…',
      title: 'Lieferung verspätet',
      truncated: true,
      postedAt: Date.parse('2026-11-10T12:00:00.000Z'),
      language: 'de',
      rating: 2,
    } satisfies ParsedPost);
    expect(ja).toMatchObject({ rating: 3, language: 'ja', title: '普通です', truncated: false });
    expect(ja?.author).toEqual(reviewer('6500000000000000000ja002', '佐藤 花子'));
    expect(he).toMatchObject({
      rating: 5,
      language: 'he',
      title: 'שירות מצוין',
      text: 'הנתב עובד מצוין והתמיכה ענתה תוך דקות. תודה!',
      postedAt: Date.parse('2026-11-12T15:30:00.000Z'),
    });
  });
});

describe('review-page.html (the page of one review)', () => {
  const { doc, url } = loadPage('trustpilot', 'review-page.html');

  it("focuses the page's review, shown whole", () => {
    const focused = tp.focusedPost(doc, url)!;
    expect(tp.isPostPage(url)).toBe(true);
    expect(tp.postIdOf(focused)).toBe('6752a1b2c3d4e5f6071829ff');
    expect(tp.parsePost(focused, url)).toMatchObject({
      text: `${MARCUS_START} approves it.`,
      truncated: false,
      rating: 1,
    });
    expect(tp.findPosts(doc)).toHaveLength(2);
    expect(
      tp.focusedPost(doc, new URL('https://www.trustpilot.com/reviews/0000000000000000')),
    ).toBeNull();
  });
});

describe('robustness', () => {
  const docOf = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const card = (inner: string) =>
    `<article data-service-review-card-paper="true">${inner}</article>`;

  it('with any one element removed, nothing throws and every parse is valid', () => {
    const { doc: original, url } = loadPage('trustpilot', 'company-page.html');
    const count = original.querySelectorAll('main *').length;
    for (let i = 0; i < count; i++) {
      const doc = original.cloneNode(true) as Document;
      doc.querySelectorAll('main *')[i]?.remove();
      expect(() => {
        for (const el of tp.findPosts(doc)) {
          const post = tp.parsePost(el, url);
          if (post) ParsedPostSchema.parse(post);
          tp.buttonSlot(el);
          tp.postIdOf(el);
        }
      }, `element ${i} removed`).not.toThrow();
    }
    // A page per element: seconds on a loaded two-core machine; a hang detector.
  }, 30_000);

  it('gives no review without its link or a reviewer, and none for other elements', () => {
    const noLink = docOf(
      card(
        '<span data-consumer-name-typography>Al</span><p data-service-review-text-typography>Hi</p>',
      ),
    );
    expect(
      tp.parsePost(tp.findPosts(noLink)[0]!, new URL('https://www.trustpilot.com/')),
    ).toBeNull();
    const noName = docOf(card('<a href="/reviews/6752a1b2c3d4e5f6">t</a>'));
    expect(
      tp.parsePost(tp.findPosts(noName)[0]!, new URL('https://www.trustpilot.com/')),
    ).toBeNull();
    expect(tp.parsePost(noName.body, new URL('https://www.trustpilot.com/'))).toBeNull();
  });

  it('clips long text, keeps a shown time without a machine one, reads a lone star count', () => {
    const doc = docOf(
      card(
        '<span data-consumer-name-typography>Al</span><div data-service-review-rating><img alt="★ 2"></div>' +
          '<time>yesterday</time><a href="/reviews/6752a1b2c3d4e5f6"><h2>T</h2></a>' +
          `<p data-service-review-text-typography>${'y'.repeat(LIMITS.text + 5)}</p>`,
      ),
    );
    const post = ParsedPostSchema.parse(
      tp.parsePost(tp.findPosts(doc)[0]!, new URL('https://www.trustpilot.com/')),
    );
    expect(post).toMatchObject({ postedAt: null, shownTime: 'yesterday', rating: 2, title: 'T' });
    expect(post.text).toHaveLength(LIMITS.text);
    expect(post.truncated).toBe(false);
  });

  it('answers empty on an empty page', () => {
    const doc = docOf('');
    expect(tp.findPosts(doc)).toEqual([]);
    expect(
      tp.focusedPost(doc, new URL('https://www.trustpilot.com/reviews/6752a1b2c3d4e5f6')),
    ).toBeNull();
  });
});
