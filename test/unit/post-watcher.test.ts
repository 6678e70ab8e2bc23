import { describe, expect, it } from 'vitest';
import { BUTTON_ATTR } from '@/lib/page/capture-button';
import { watchPosts } from '@/lib/page/post-watcher';
import type { SiteAdapter } from '@/lib/sites/types';

/** A minimal adapter over <article data-id="…"> markup, enough to drive the watcher. */
const adapter = {
  id: 'x',
  name: 'Test',
  match: () => true,
  findPosts: (root: ParentNode) => [...root.querySelectorAll('article')],
  closestPost: (node: Element) => node.closest('article'),
  postIdOf: (el: Element) => el.querySelector('a')?.getAttribute('href')?.slice(1) ?? null,
  parsePost: () => null,
  buttonSlot: () => null,
  profileOf: () => null,
  focusedPost: () => null,
  isPostPage: () => false,
  expectsPosts: () => true,
} satisfies SiteAdapter;

const article = (id: string) => {
  const el = document.createElement('article');
  el.innerHTML = `<a href="/${id}">post ${id}</a>`;
  return el;
};

/** Runs the watcher with a manual scheduler, so the test decides when a frame happens. */
function setup() {
  document.body.innerHTML = '<main></main>';
  const main = document.querySelector('main')!;
  const frames: (() => void)[] = [];
  const seen: string[] = [];
  const batches: string[][] = [];
  const watcher = watchPosts({
    adapter,
    root: main,
    onPost: (el, id) => {
      seen.push(id);
      const button = document.createElement('button');
      button.setAttribute(BUTTON_ATTR, '');
      el.append(button);
    },
    onBatch: (ids) => batches.push(ids),
    schedule: (flush) => frames.push(flush),
  });
  const nextFrame = async () => {
    await Promise.resolve(); // let MutationObserver callbacks run
    frames.splice(0).forEach((flush) => flush());
  };
  return { main, seen, batches, frames, nextFrame, watcher };
}

describe('watchPosts', () => {
  it('handles posts already on the page at once', () => {
    document.body.innerHTML = '<main></main>';
    const main = document.querySelector('main')!;
    main.append(article('1'), article('2'));
    const seen: string[] = [];
    watchPosts({
      adapter,
      root: main,
      onPost: (_el, id) => seen.push(id),
      schedule: () => {},
    });
    expect(seen).toEqual(['1', '2']);
  });

  it('batches posts added in one burst into one frame and one lookup', async () => {
    const { main, seen, batches, frames, nextFrame } = setup();
    for (let i = 0; i < 50; i++) main.append(article(String(i)));
    await Promise.resolve();
    expect(frames).toHaveLength(1);
    await nextFrame();
    expect(seen).toHaveLength(50);
    expect(batches).toHaveLength(1);
  });

  it('ignores its own buttons and posts it has handled', async () => {
    const { main, seen, frames, nextFrame } = setup();
    main.append(article('1'));
    await nextFrame();
    await nextFrame(); // the button added inside the post must not schedule work
    expect(frames).toHaveLength(0);
    expect(seen).toEqual(['1']);
  });

  it('reads rows the page added just before the frame, whose records were not yet delivered', async () => {
    const { main, seen, frames, nextFrame } = setup();
    main.append(article('1'));
    await Promise.resolve();
    main.append(article('2')); // no microtask since: its record is still queued
    frames.splice(0).forEach((flush) => flush());
    expect(seen).toEqual(['1', '2']);
    await nextFrame();
    expect(seen).toEqual(['1', '2']);
  });

  it('drops whatever its own handling changed in the page, without another pass', async () => {
    document.body.innerHTML = '<main></main>';
    const main = document.querySelector('main')!;
    const frames: (() => void)[] = [];
    const seen: string[] = [];
    watchPosts({
      adapter,
      root: main,
      // Not a post control: only the watcher's own bookkeeping keeps this from being news.
      onPost: (el, id) => (seen.push(id), el.append(document.createElement('span'))),
      schedule: (flush) => frames.push(flush),
    });
    main.append(article('1'));
    await Promise.resolve();
    frames.splice(0).forEach((flush) => flush());
    await Promise.resolve();
    expect(frames).toHaveLength(0);
    expect(seen).toEqual(['1']);
  });

  it('handles a recycled element again when it now holds another post', async () => {
    const { main, seen, nextFrame } = setup();
    const row = article('1');
    main.append(row);
    await nextFrame();
    row.querySelector('a')!.setAttribute('href', '/2'); // the site reused the row
    await nextFrame();
    expect(seen).toEqual(['1', '2']);
  });

  it('finds posts nested inside added containers, and stops when asked', async () => {
    const { main, seen, nextFrame, watcher } = setup();
    const cell = document.createElement('div');
    cell.append(article('7'));
    main.append(cell);
    await nextFrame();
    expect(seen).toEqual(['7']);
    watcher.stop();
    main.append(article('8'));
    await nextFrame();
    expect(seen).toEqual(['7']);
  });
});
