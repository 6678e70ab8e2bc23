/**
 * The demo Trustpilot site (test/demo/trustpilot.com/, served on www.trustpilot.com for the
 * e2e tests) read through the adapter: its render functions build the markup the browser
 * shows, so the demo, its e2e descriptor and the adapter cannot drift apart unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { ParsedPostSchema, type ParsedPost } from '../../lib/db/schema';
import { trustpilotAdapter as tp } from '../../lib/sites/trustpilot';
import { demo } from '../e2e/sites/trustpilot';

interface DemoReview {
  id: string;
}
// The demo's modules: plain JS served to the browser, without types.
const DEMO = '../demo/trustpilot.com/demo';
const data = (await import(`${DEMO}/data.js`)) as {
  SEED_REVIEWS: DemoReview[];
  lookupReview(id: string): DemoReview | null;
  generatedReview(n: number): DemoReview;
};
const render = (await import(`${DEMO}/render.js`)) as {
  reviewCardHtml(review: DemoReview, options?: { whole?: boolean }): string;
};

/** The demo's page at this URL, as its app renders the reviews (without the page chrome). */
function pageAt(href: string): { doc: Document; url: URL } {
  const url = new URL(href);
  const id = /^\/reviews\/([^/]+)$/.exec(url.pathname)?.[1];
  const cards = id
    ? [render.reviewCardHtml(data.lookupReview(id)!, { whole: true })].concat(
        data.SEED_REVIEWS.filter((r) => r.id !== id)
          .slice(0, 2)
          .map((r) => render.reviewCardHtml(r)),
      )
    : data.SEED_REVIEWS.map((r) => render.reviewCardHtml(r));
  return {
    doc: new DOMParser().parseFromString(`<main>${cards.join('')}</main>`, 'text/html'),
    url,
  };
}

function parseAll(doc: Document, url: URL): ParsedPost[] {
  return tp.findPosts(doc).map((el) => {
    const post = ParsedPostSchema.parse(tp.parsePost(el, url));
    expect(tp.postIdOf(el)).toBe(post.postId);
    return post;
  });
}

describe('the demo company page', () => {
  const { doc, url } = pageAt('https://www.trustpilot.com/review/acme.example');

  it('shows every seed review with its rating, title, reviewer and cut text', () => {
    const reviews = parseAll(doc, url);
    expect(reviews.map((r) => [r.author.name, r.rating, r.truncated, r.language])).toEqual([
      ['Jane Cooper', 4, false, 'en'],
      ['Marcus King', 1, true, 'en'],
      ['Priya', 5, false, 'en'],
      ['Tomás Alvarez', 3, false, 'en'],
      ['Hanna Schulz', 2, false, 'de'],
    ]);
    expect(reviews[0]).toMatchObject({
      author: { handle: '64f0c0ffee1234567890abcd', avatarUrl: null },
      title: 'Router works, setup was painless',
    });
    // Priya has no profile link: her name is her handle.
    expect(reviews[2]?.author).toMatchObject({ handle: 'Priya', profileUrl: null });
    expect(reviews[1]?.text.endsWith('…')).toBe(true);
  });

  it('generates distinct reviews for the benchmark', () => {
    const html = [0, 1, 2].map((n) => render.reviewCardHtml(data.generatedReview(n))).join('');
    const generated = new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html');
    const ids = tp.findPosts(generated).map((el) => tp.postIdOf(el));
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => id !== null)).toBe(true);
  });
});

describe('the e2e descriptor of the demo', () => {
  it.each(demo.pages)('$url: its review text is in exactly one review', (page) => {
    const { doc, url } = pageAt(page.url);
    expect(tp.expectsPosts(url)).toBe(true);
    expect(parseAll(doc, url).filter((r) => r.text.includes(page.post))).toHaveLength(1);
  });

  it('has no reply box to drive, like the adapter', () => {
    expect(demo.reply).toBeNull();
    expect(tp.replyBoxes).toBeUndefined();
  });
});
