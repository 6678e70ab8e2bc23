/**
 * The demo Instagram site (test/demo/instagram.com/, served on www.instagram.com for the e2e
 * tests) read through the adapter: its render functions build the same markup the browser
 * shows, so the demo, its e2e descriptor and the adapter cannot drift apart unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { ParsedPostSchema, type ParsedPost } from '../../lib/db/schema';
import { instagramAdapter as ig } from '../../lib/sites/instagram';
import { demo } from '../e2e/sites/instagram';

interface DemoPost {
  code: string;
}
// The demo's modules: plain JS served to the browser, without types.
const DEMO = '../demo/instagram.com/demo';
const data = (await import(`${DEMO}/data.js`)) as {
  SEED_POSTS: DemoPost[];
  lookupPost(code: string): DemoPost | null;
  generatedPost(n: number): DemoPost;
};
const render = (await import(`${DEMO}/render.js`)) as {
  feedPostHtml(post: DemoPost): string;
  postPageHtml(post: DemoPost): string;
};

/** The demo's page at this URL, as its app renders the posts (without the page chrome). */
function pageAt(href: string): { doc: Document; url: URL } {
  const url = new URL(href);
  const code = /\/(?:p|reel)\/([^/]+)\//.exec(url.pathname)?.[1];
  const body = code
    ? render.postPageHtml(data.lookupPost(code)!)
    : data.SEED_POSTS.map(render.feedPostHtml).join('');
  return { doc: new DOMParser().parseFromString(`<main>${body}</main>`, 'text/html'), url };
}

function parseAll(doc: Document, url: URL): ParsedPost[] {
  return ig.findPosts(doc).map((el) => {
    const post = ParsedPostSchema.parse(ig.parsePost(el, url));
    expect(ig.postIdOf(el)).toBe(post.postId);
    return post;
  });
}

describe('the demo feed', () => {
  const { doc, url } = pageAt('https://www.instagram.com/');
  const posts = parseAll(doc, url);

  it('shows every seed post, and the comments under two of them', () => {
    expect(posts.map((post) => post.postId)).toEqual([
      'C9acme0001',
      'comment:17900000000000004',
      'C9reel0002',
      'C9long0003',
      'C9adAd0005',
      'C9prai0004',
      'comment:17900000000000021',
      'C9samS0006',
    ]);
  });

  it('reads what the demo shows: badges, likes, the cut caption, the ad, a comment and its post', () => {
    const byId = (id: string) => posts.find((post) => post.postId === id)!;
    expect(byId('C9acme0001')).toMatchObject({
      author: { handle: 'acme.support', verified: true, avatarUrl: null },
      metrics: { likes: 1284, replies: 3 },
      isPromoted: false,
    });
    expect(byId('C9reel0002')).toMatchObject({
      permalink: 'https://www.instagram.com/reel/C9reel0002/',
      metrics: { likes: null, replies: 3 },
    });
    expect(byId('C9long0003')).toMatchObject({ truncated: true, metrics: { likes: 12 } });
    expect(byId('C9long0003').text).toMatch(/^Unboxing the Acme Router X2 📦 First impressions/);
    expect(byId('C9adAd0005')).toMatchObject({ isPromoted: true, postedAt: null });
    expect(byId('comment:17900000000000021')).toMatchObject({
      author: { handle: 'acme.support', verified: true },
      isReply: true,
      metrics: { likes: 3 },
      parent: { postId: 'C9prai0004', permalink: 'https://www.instagram.com/p/C9prai0004/' },
    });
  });

  it('generates distinct posts for the benchmark', () => {
    const html = [0, 1, 2].map((n) => render.feedPostHtml(data.generatedPost(n))).join('');
    const generated = new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html');
    expect(ig.findPosts(generated).map((el) => ig.postIdOf(el))).toEqual([
      'G000000000',
      'G000000001',
      'G000000002',
    ]);
  });
});

describe('the demo post page of C9acme0001', () => {
  const { doc, url } = pageAt('https://www.instagram.com/p/C9acme0001/');

  it('shows the post, its comments and the brand reply; folded replies stay out', () => {
    const posts = parseAll(doc, url);
    expect(posts.map((post) => [post.postId, post.author.handle, post.metrics.replies])).toEqual([
      ['C9acme0001', 'acme.support', null],
      ['comment:17900000000000001', 'dana.builds', null],
      ['comment:17900000000000002', 'acme.support', null],
      ['comment:17900000000000003', 'lee_at_home', 2],
      ['comment:17900000000000004', 'priya.k', null],
    ]);
    expect(ig.postIdOf(ig.focusedPost(doc, url)!)).toBe('C9acme0001');
    expect(ig.replyBoxes!.find(doc, url, null).map((box) => box.answers)).toEqual(['this']);
  });
});

describe('the e2e descriptor of the demo', () => {
  it.each(demo.pages)('$url: its post and comment texts are each in exactly one item', (page) => {
    const { doc, url } = pageAt(page.url);
    const posts = parseAll(doc, url);
    expect(ig.expectsPosts(url)).toBe(true);
    const withPost = posts.filter((post) => post.text.includes(page.post));
    expect(withPost).toHaveLength(1);
    expect(withPost[0]?.isReply).toBe(false);
    const withComment = posts.filter((post) => post.text.includes(page.comment!));
    expect(withComment).toHaveLength(1);
    expect(withComment[0]?.parent?.postId).toBe(page.commentParentId);
  });

  it('benchmarks the feed, whose posts are what the post selector counts', () => {
    const { doc } = pageAt(demo.bench.url);
    expect(doc.querySelectorAll(demo.bench.postSelector)).toHaveLength(data.SEED_POSTS.length);
  });
});
