/**
 * The demo LinkedIn (test/demo/linkedin.com/, served on www.linkedin.com for the e2e tests)
 * read through the adapter: its feed (new markup) and its post pages (classic markup) are
 * rendered from the demo's own modules, so the demo, its e2e descriptor and the adapter
 * cannot drift apart without this failing.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedPost } from '../../lib/db/schema';
import { linkedinAdapter as adapter } from '../../lib/sites/linkedin';
import { demo } from '../e2e/sites/linkedin';
import { parseAll } from './linkedin-support';

interface DemoPost {
  postId: string;
  activity: string;
  comments: { id: string; replies: { id: string }[] }[];
}

// Plain JS modules of the demo site (no types): imported by path at run time.
const demoModule = (file: string) =>
  import(/* @vite-ignore */ `../demo/linkedin.com/demo/${file}`) as Promise<
    Record<string, unknown>
  >;
const data = await demoModule('data.js');
const sdui = await demoModule('sdui.js');
const classic = await demoModule('classic.js');
const POSTS = data.POSTS as DemoPost[];
const render = (module: Record<string, unknown>, post: DemoPost) =>
  (module.postHtml as (post: DemoPost) => string)(post);

/** The demo page at this URL, rendered as its app.js renders it. */
function pageFor(href: string): { doc: Document; url: URL } {
  const url = new URL(href);
  const activity = /urn:li:activity:(\d+)/.exec(url.pathname)?.[1];
  const html = activity
    ? render(
        classic,
        POSTS.find((post) => post.activity === activity)!,
      )
    : `<div data-testid="mainFeed" role="list">${POSTS.map((post) => render(sdui, post)).join('')}</div>`;
  const doc = new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html');
  return { doc, url };
}

const innermost = (doc: Document, url: URL, text: string): ParsedPost[] =>
  adapter
    .findPosts(doc)
    .filter((el) => (el.textContent ?? '').includes(text))
    .filter((el, _i, all) => !all.some((other) => other !== el && el.contains(other)))
    .map((el) => adapter.parsePost(el, url)!);

describe('demo feed (new markup)', () => {
  const { doc, url } = pageFor('https://www.linkedin.com/feed/');
  const items = parseAll(doc, url);

  it('reads every post by its POSTID and every comment and reply by its URN', () => {
    const expected = POSTS.flatMap((post) => [
      post.postId,
      ...post.comments.flatMap((c) => [
        `comment:${c.id}`,
        ...c.replies.map((r) => `comment:${r.id}`),
      ]),
    ]);
    expect(items.map((item) => item.postId)).toEqual(expected);
    expect(items.every((item) => item.author.name !== '' && item.text !== '')).toBe(true);
    expect(items.filter((item) => item.isPromoted).map((item) => item.author.handle)).toEqual([
      'company/globex-telecom',
    ]);
  });

  it('links a post to its page where its time links it, and not otherwise', () => {
    const byId = (id: string) => items.find((item) => item.postId === id);
    expect(byId('Q2xvdWRTeW5jMTAx')?.permalink).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:7391000000000000101/',
    );
    expect(byId('VG9tYXNSZWZ1bmQ2')?.permalink).toBeNull();
  });
});

describe('demo descriptor (test/e2e/sites/linkedin.ts)', () => {
  it.each(demo.pages)('$url: its post and comment texts name one item each', (page) => {
    const { doc, url } = pageFor(page.url);
    const [post, ...otherPosts] = innermost(doc, url, page.post);
    expect(otherPosts).toHaveLength(0);
    expect(post?.isReply).toBe(false);
    const [comment, ...otherComments] = innermost(doc, url, page.comment!);
    expect(otherComments).toHaveLength(0);
    expect(comment?.isReply).toBe(true);
    expect(comment?.parent?.postId).toBe(page.commentParentId);
    expect(comment?.parent?.postId).toBe(post?.postId);
  });

  it('benchmarks the feed, whose appended posts its selector matches', () => {
    const { doc } = pageFor(demo.bench.url);
    const generated = (data.generatedPost as (n: number) => DemoPost)(7);
    doc
      .querySelector('[data-testid="mainFeed"]')!
      .insertAdjacentHTML('beforeend', render(sdui, generated));
    const matched = doc.querySelectorAll(demo.bench.postSelector);
    expect(matched).toHaveLength(POSTS.length + 1);
    expect(adapter.postIdOf(matched[matched.length - 1]!)).toBe(generated.postId);
  });
});
