/**
 * Every post the X adapter finds in the saved pages gets both of Casebook's controls,
 * "Capture as case" and "Save as testimonial", side by side in the adapter's slot; a
 * quoted post inside a post gets none of its own.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUTTON_ATTR } from '../../lib/page/capture-button';
import { placePostControls } from '../../lib/page/post-controls';
import { watchPosts } from '../../lib/page/post-watcher';
import { TESTIMONIAL_ATTR } from '../../lib/page/testimonial-button';
import { xAdapter } from '../../lib/sites/x';
import { FIXTURES_DIR, loadPage } from './fixtures';

const FILES = readdirSync(join(FIXTURES_DIR, 'x')).filter((file) => file.endsWith('.html'));
const own = (post: Element, attr: string) =>
  [...post.querySelectorAll(`[${attr}]`)].filter((el) => xAdapter.closestPost(el) === post);

describe.each(FILES)('%s', (file) => {
  const { doc } = loadPage(
    'x',
    file,
    file.startsWith('x-tweet-') ? 'https://x.com/home' : undefined,
  );
  const posts = xAdapter.findPosts(doc);
  const watcher = watchPosts({
    adapter: xAdapter,
    root: doc.documentElement,
    onPost: (el, postId, recycled) => placePostControls(xAdapter, el, postId, recycled),
    schedule: () => undefined,
  });

  it('has posts', () => {
    expect(posts.length).toBeGreaterThan(0);
  });

  it('gives every post one capture and one testimonial button, side by side in its slot', () => {
    for (const post of posts) {
      const id = xAdapter.postIdOf(post);
      const [capture, ...moreCaptures] = own(post, BUTTON_ATTR);
      const [heart, ...moreHearts] = own(post, TESTIMONIAL_ATTR);
      expect(moreCaptures, `post ${id}`).toHaveLength(0);
      expect(moreHearts, `post ${id}`).toHaveLength(0);
      expect(capture?.nextElementSibling, `post ${id}`).toBe(heart);
      expect(heart?.getAttribute('aria-label')).toBe('Save as testimonial');
      expect((heart as HTMLElement).dataset.postId).toBe(id);
      expect((capture as HTMLElement).dataset.postId).toBe(id);
      const slot = xAdapter.buttonSlot(post);
      if (slot) expect(heart?.parentElement).toBe(slot);
    }
    // Nothing anywhere else: a quoted post has no buttons of its own.
    expect(doc.querySelectorAll(`[${TESTIMONIAL_ATTR}]`)).toHaveLength(posts.length);
    expect(doc.querySelectorAll(`[${BUTTON_ATTR}]`)).toHaveLength(posts.length);
  });

  it('adds nothing more when the page is read again', () => {
    watcher.rescan();
    expect(doc.querySelectorAll(`[${TESTIMONIAL_ATTR}]`)).toHaveLength(posts.length);
    watcher.stop();
  });

  it('reuses the buttons of a recycled row for the post it shows now', () => {
    const post = posts[0]!;
    const before = own(post, TESTIMONIAL_ATTR)[0];
    const placed = placePostControls(xAdapter, post, 'another-post', true);
    expect(placed.reused).toBe(true);
    expect(placed.testimonial).toBe(before);
    expect(placed.testimonial.dataset.postId).toBe('another-post');
    expect(own(post, TESTIMONIAL_ATTR)).toHaveLength(1);
  });
});
