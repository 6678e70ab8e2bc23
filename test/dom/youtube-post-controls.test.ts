/**
 * Every item the YouTube adapter finds in the saved pages gets both of Casebook's controls,
 * side by side in the adapter's slot, and a control always leads back to its own item:
 * a top-level comment's controls never to a reply, a reply's never to its parent.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUTTON_ATTR } from '../../lib/page/capture-button';
import { placePostControls } from '../../lib/page/post-controls';
import { watchPosts } from '../../lib/page/post-watcher';
import { TESTIMONIAL_ATTR } from '../../lib/page/testimonial-button';
import { youtubeAdapter } from '../../lib/sites/youtube';
import { FIXTURES_DIR, loadPage } from './fixtures';

const FILES = readdirSync(join(FIXTURES_DIR, 'youtube')).filter((file) => file.endsWith('.html'));

describe.each(FILES)('%s', (file) => {
  const { doc } = loadPage('youtube', file);
  const items = youtubeAdapter.findPosts(doc).filter((el) => youtubeAdapter.postIdOf(el));
  const watcher = watchPosts({
    adapter: youtubeAdapter,
    root: doc.documentElement,
    onPost: (el, postId, recycled) => placePostControls(youtubeAdapter, el, postId, recycled),
    schedule: () => undefined,
  });

  it('gives every item one pair of controls in its slot, leading back to that item', () => {
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const id = youtubeAdapter.postIdOf(item);
      const captures = [...doc.querySelectorAll(`[${BUTTON_ATTR}]`)].filter(
        (el) => (el as HTMLElement).dataset.postId === id,
      );
      expect(captures, `item ${id}`).toHaveLength(1);
      const capture = captures[0]!;
      expect(capture.nextElementSibling?.hasAttribute(TESTIMONIAL_ATTR)).toBe(true);
      expect(capture.parentElement).toBe(youtubeAdapter.buttonSlot(item) ?? item);
      expect(youtubeAdapter.closestPost(capture)).toBe(item);
    }
    expect(doc.querySelectorAll(`[${BUTTON_ATTR}]`)).toHaveLength(items.length);
  });

  it('adds nothing more when the page is read again', () => {
    watcher.rescan();
    expect(doc.querySelectorAll(`[${TESTIMONIAL_ATTR}]`)).toHaveLength(items.length);
    watcher.stop();
  });
});
