/**
 * The demo Facebook site (test/demo/facebook.com, served as www.facebook.com in the e2e
 * tests) read by the adapter: the demo's own render functions build each page of its
 * descriptor (test/e2e/sites/facebook.ts), so that the demo, the descriptor and the adapter
 * cannot drift apart without this failing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedPost } from '../../lib/db/schema';
import { facebookAdapter as fb } from '../../lib/sites/facebook';
import { demo } from '../e2e/sites/facebook';
import { parseAll } from './facebook-support';

const DEMO = join(import.meta.dirname, '..', 'demo', 'facebook.com');

interface DemoPost {
  id: string;
  thread: unknown[];
}
interface DemoModules {
  data: { POSTS: DemoPost[]; GROUP_POSTS: DemoPost[]; generatedPost(n: number): DemoPost };
  render: {
    storyHtml(post: DemoPost, position: number, shape?: 'feed' | 'article'): string;
    createPostHtml(): string;
    groupHeadHtml(): string;
  };
}

let modules: DemoModules;
beforeAll(async () => {
  const load = (file: string) => import(pathToFileURL(join(DEMO, 'demo', file)).href);
  modules = { data: await load('data.js'), render: await load('render.js') };
});

/** The page the demo renders at a descriptor URL, with its stylesheet (decoys hidden by class). */
function page(url: string): Document {
  const { data, render } = modules;
  const style = /<style>[\s\S]*?<\/style>/.exec(readFileSync(join(DEMO, 'index.html'), 'utf8'))![0];
  const { pathname } = new URL(url);
  const byId = (id: string) => [...data.POSTS, ...data.GROUP_POSTS].find((p) => p.id === id)!;
  let view: string;
  if (pathname === '/') {
    view = `${render.createPostHtml()}<div role="feed">${data.POSTS.map((p, i) => render.storyHtml(p, i + 1)).join('')}</div>`;
  } else {
    const id = /\/posts\/([A-Za-z0-9]+)/.exec(pathname)![1]!;
    view = `${pathname.startsWith('/groups/') ? render.groupHeadHtml() : ''}${render.storyHtml(byId(id), 0, 'article')}`;
  }
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${style}</head><body><div role="main">${view}</div></body></html>`,
    'text/html',
  );
}

const withText = (posts: ParsedPost[], text: string) => posts.filter((p) => p.text.includes(text));

describe.each(demo.pages)('$url', ({ url, post, comment, commentParentId }) => {
  let posts: ParsedPost[] = [];
  beforeAll(() => void (posts = parseAll(page(url), new URL(url))));

  it('shows the descriptor’s post text in exactly one post, read as a post', () => {
    const found = withText(posts, post);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ isReply: false, parent: null, platform: 'facebook' });
    expect(found[0]?.shownTime ?? 'Sponsored').not.toMatch(/[Q7wdx]|\u200b/);
  });

  it('shows the descriptor’s comment text in exactly one comment, under its post', () => {
    const found = withText(posts, comment!);
    expect(found).toHaveLength(1);
    expect(found[0]?.postId).toMatch(/^comment:\d+$/);
    expect(found[0]?.parent?.postId).toBe(commentParentId);
    expect(found[0]?.isReply).toBe(true);
  });

  it('hides the decoy glyphs of every time from the reader', () => {
    for (const item of posts) {
      if (item.shownTime) expect(item.shownTime).toMatch(/^(\d+[hm]|Yesterday at 9:14 PM)$/);
    }
  });
});

describe('the demo home feed', () => {
  it('reads every seeded story and comment; the sponsored one is promoted', () => {
    const posts = parseAll(page('https://www.facebook.com/'), new URL('https://www.facebook.com/'));
    expect(posts.filter((p) => !p.isReply)).toHaveLength(5);
    expect(posts.filter((p) => p.isReply)).toHaveLength(5);
    expect(posts.filter((p) => p.isPromoted).map((p) => p.postId)).toEqual(['772233445566778']);
    expect(
      posts.find((p) => p.postId === 'pfbid02AcmeSpring7kLq9XvTnRz4Hc8Wm1YpDsE6uBf'),
    ).toMatchObject({
      author: { handle: 'acme', name: 'Acme', verified: true },
      metrics: { likes: 1200, replies: 34, reposts: 5 },
      shownTime: '3h',
    });
  });

  it('appends distinct posts the adapter reads (the benchmark’s feed)', () => {
    const { data, render } = modules;
    const doc = page(demo.bench.url);
    const feed = doc.querySelector('[role="feed"]')!;
    const batch = Array.from({ length: 50 }, (_, i) => data.generatedPost(i + 1));
    feed.insertAdjacentHTML('beforeend', batch.map((p, i) => render.storyHtml(p, 6 + i)).join(''));
    expect(doc.querySelectorAll(demo.bench.postSelector)).toHaveLength(55);
    const ids = fb.findPosts(feed).map((el) => fb.postIdOf(el));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(batch.map((p) => p.id)));
  });
});
