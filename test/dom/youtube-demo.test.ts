/**
 * The demo YouTube site (test/demo/youtube.com, served on www.youtube.com for the e2e tests
 * and the benchmark) read through the adapter, and its descriptor (test/e2e/sites/
 * youtube.ts) checked against what the adapter reads: the demo's markup and the adapter
 * cannot drift apart without this failing. The demo's own modules render the pages here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ParsedPostSchema, type ParsedPost } from '../../lib/db/schema';
import { youtubeAdapter } from '../../lib/sites/youtube';
import { youtubeReplyBoxes } from '../../lib/sites/youtube-composer';
import { demo } from '../e2e/sites/youtube';

interface DemoModules {
  VIDEOS: Record<string, { id: string }>;
  generatedComment(n: number): unknown;
  watchHtml(video: unknown): string;
  threadHtml(comment: unknown, videoId: string, older: boolean): string;
  replyDialogHtml(prefill: string): string;
}

let site: DemoModules;
beforeAll(async () => {
  // Plain JS modules of the demo, loaded as the page loads them (no types of their own).
  const base = '../demo/youtube.com/demo';
  const [data, render] = await Promise.all([
    import(/* @vite-ignore */ `${base}/data.js`),
    import(/* @vite-ignore */ `${base}/render.js`),
  ]);
  site = { ...data, ...render } as DemoModules;
});

/** A watch page of the demo in the test's document, its items parsed. */
function showWatchPage(pageUrl: string): { url: URL; posts: ParsedPost[] } {
  const url = new URL(pageUrl);
  const video = site.VIDEOS[url.searchParams.get('v') ?? ''];
  expect(video, pageUrl).toBeDefined();
  document.body.innerHTML = site.watchHtml(video);
  const posts = youtubeAdapter.findPosts(document).map((el) => {
    const post = youtubeAdapter.parsePost(el, url);
    expect(post, `item ${youtubeAdapter.postIdOf(el)}`).not.toBeNull();
    expect(youtubeAdapter.postIdOf(el)).toBe(post?.postId);
    return ParsedPostSchema.parse(post);
  });
  return { url, posts };
}

describe.each(demo.pages)('demo page $url', (page) => {
  it('has the video and its comments as items, each read in full', () => {
    const { posts } = showWatchPage(page.url);
    const ids = posts.map((post) => post.postId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(page.commentParentId);
    expect(posts.filter((post) => post.isReply).length).toBeGreaterThanOrEqual(4);
    for (const post of posts.slice(1)) {
      expect(post.parent?.postId).toBe(page.commentParentId);
      expect(post.parent?.title).toBe(posts[0]?.title);
      expect(post.author.handle).not.toBe('');
      expect(post.text).not.toBe('');
      expect(post.shownTime).toMatch(/ago$/);
    }
  });

  it('shows the descriptor’s post text in the video only, its comment text in one comment', () => {
    const { posts } = showWatchPage(page.url);
    const withPost = posts.filter((post) => post.text.includes(page.post));
    expect(withPost.map((post) => post.postId)).toEqual([page.commentParentId]);
    const withComment = posts.filter((post) => post.text.includes(page.comment!));
    expect(withComment).toHaveLength(1);
    expect(withComment[0]).toMatchObject({
      isReply: true,
      parent: { postId: page.commentParentId },
    });
  });
});

describe('the demo’s markup generations and boxes', () => {
  it('serves the newer markup on the first page, the older one (sponsored) on the second', () => {
    showWatchPage(demo.pages[0]!.url);
    expect(document.querySelectorAll('ytd-comment-view-model').length).toBeGreaterThan(4);
    expect(document.querySelector('ytd-comment-renderer')).toBeNull();
    const { posts } = showWatchPage(demo.pages[1]!.url);
    expect(document.querySelector('ytd-comment-view-model')).toBeNull();
    expect(posts[0]).toMatchObject({ isPromoted: true, author: { verified: true } });
  });

  it('appends benchmark comments that are distinct items matching the bench selector', () => {
    const videoId = 'acmeX2Rev01';
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) =>
      site.threadHtml(site.generatedComment(i + 1), videoId, false),
    ).join('');
    const items = youtubeAdapter.findPosts(document);
    expect(items).toHaveLength(50);
    expect(items.every((el) => el.matches(demo.bench.postSelector))).toBe(true);
    const ids = items.map((el) => youtubeAdapter.postIdOf(el));
    expect(new Set(ids).size).toBe(50);
    const texts = items.map((el) => youtubeAdapter.parsePost(el, new URL(demo.bench.url))?.text);
    expect(new Set(texts).size).toBe(50);
  });

  it('opens a reply dialog the adapter sees as answering its comment', () => {
    const { url } = showWatchPage(demo.pages[0]!.url);
    const comment = youtubeAdapter
      .findPosts(document)
      .find((el) => youtubeAdapter.parsePost(el, url)?.text.includes(demo.pages[0]!.comment!))!;
    comment.querySelector('#reply-dialog')!.innerHTML = site.replyDialogHtml('');
    const id = youtubeAdapter.postIdOf(comment);
    const editor = comment.querySelector<HTMLElement>('#contenteditable-root')!;
    expect(youtubeReplyBoxes.find(document, url, id)).toEqual([{ editor, answers: 'this' }]);
    expect(youtubeReplyBoxes.sendButton(editor)?.getAttribute('aria-label')).toBe('Reply');
    expect(youtubeReplyBoxes.opener(comment)?.getAttribute('aria-label')).toBe('Reply');
  });
});
