/**
 * Listening's cheap reading of X posts (lib/sites/x-listen.ts) agrees with the full parse
 * on every saved page: the same words (for posts, not X Articles, whose text is title and
 * body), the same author, and a quote's words never taken for the post's own.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listenOf } from '../../lib/sites/x-listen';
import { xAdapter } from '../../lib/sites/x';
import { FIXTURES_DIR, loadPage } from './fixtures';

const FILES = readdirSync(join(FIXTURES_DIR, 'x')).filter((file) => file.endsWith('.html'));

describe.each(FILES)('%s', (file) => {
  const { doc, url } = loadPage(
    'x',
    file,
    file.startsWith('x-tweet-') ? 'https://x.com/home' : undefined,
  );

  it('reads each post as the full parse does', () => {
    const posts = xAdapter.findPosts(doc);
    expect(posts.length).toBeGreaterThan(0);
    for (const el of posts) {
      const parsed = xAdapter.parsePost(el, url)!;
      const read = listenOf(el)!;
      const details = read.details();
      expect(details.author?.handle).toBe(parsed.author.handle);
      expect(details.author?.name).toBe(parsed.author.name);
      if (read.handle) expect(read.handle.toLowerCase()).toBe(parsed.author.handle.toLowerCase());
      if (parsed.isArticle) continue;
      expect(details.text).toBe(parsed.text);
      // The quick words are the same text box, without emoji images (and with the "…" X
      // shows after a long link's visible part).
      expect(read.text.replace(/\s+|\u2026/g, '')).toBe(
        parsed.text.replace(/\p{Extended_Pictographic}|\uFE0F|\s+/gu, ''),
      );
      if (parsed.quoted)
        expect(parsed.quoted.text && read.text.includes(parsed.quoted.text)).toBeFalsy();
    }
  });
});

describe('what is not a post', () => {
  it('reads nothing of an element that is not a post', () => {
    const { doc } = loadPage('x', 'home-timeline.html');
    expect(listenOf(doc.body)).toBeNull();
  });
});
