/**
 * The X adapter on markup X has not shown us: garbage, partial posts, variants of the
 * quote box and the article, and every fixture damaged at random (seeded). It must never
 * throw, and what it returns must still pass the schema.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedPostSchema } from '../../lib/db/schema';
import { LIMITS } from '../../lib/sites/limits';
import { xAdapter } from '../../lib/sites/x';
import { FIXTURES_DIR, loadPage } from './fixtures';
import { damage, seededRandom } from './damage';

const HOME = new URL('https://x.com/home');
const STATUS = new URL('https://x.com/a/status/1');

function docOf(body: string): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html><body>${body}</body></html>`,
    'text/html',
  );
}

/** Every entry point of the adapter on every element of the document; parses must be valid. */
function exercise(doc: Document, url: URL): number {
  let parsed = 0;
  for (const el of [doc.documentElement, ...doc.querySelectorAll('*')]) {
    xAdapter.closestPost(el);
    xAdapter.postIdOf(el);
    xAdapter.buttonSlot(el);
    const post = xAdapter.parsePost(el, url);
    if (post) {
      ParsedPostSchema.parse(post);
      parsed++;
    }
  }
  xAdapter.findPosts(doc);
  xAdapter.focusedPost(doc, url);
  xAdapter.profileOf(url, doc);
  return parsed;
}

const userName = (handle: string) =>
  `<div data-testid="User-Name"><div><a href="/${handle}">Name</a></div><div><a href="/${handle}" tabindex="-1">@${handle}</a></div></div>`;
const timeLink = (handle: string, id: string) =>
  `<a href="/${handle}/status/${id}"><time datetime="2026-01-02T03:04:05.000Z">Jan 2</time></a>`;

describe('garbage and partial markup', () => {
  it.each([
    ['empty article', '<article data-testid="tweet"></article>'],
    ['author only', `<article data-testid="tweet">${userName('a')}</article>`],
    [
      'no status link',
      `<article data-testid="tweet">${userName('a')}<time datetime="x">?</time></article>`,
    ],
    [
      'broken link',
      `<article data-testid="tweet">${userName('a')}<a href="/a/status/"><time></time></a></article>`,
    ],
    [
      'foreign link',
      `<article data-testid="tweet">${userName('a')}<a href="https://evil.test/a/status/1"><time></time></a></article>`,
    ],
    ['a role=article without author', `<article role="article">${timeLink('a', '1')}</article>`],
    ['unclosed tags', '<article data-testid="tweet"><div data-testid="User-Name"><a href="/a">'],
    ['a div that is no post', `<div>${userName('a')}${timeLink('a', '1')}</div>`],
  ])('%s: no post, no throw', (_, body) => {
    const doc = docOf(body);
    expect(exercise(doc, HOME)).toBe(0);
    expect(exercise(doc, STATUS)).toBe(0);
  });

  it('reads a post with only a handle and a status link, everything else unknown', () => {
    const doc = docOf(
      `<article data-testid="tweet">${userName('a')}${timeLink('a', '7')}</article>`,
    );
    const post = xAdapter.parsePost(xAdapter.findPosts(doc)[0]!, HOME);
    expect(ParsedPostSchema.parse(post)).toMatchObject({
      postId: '7',
      author: { handle: 'a', name: 'Name', avatarUrl: null, verified: false },
      text: '',
      language: null,
      postedAt: Date.parse('2026-01-02T03:04:05.000Z'),
      metrics: { replies: null, reposts: null, likes: null, bookmarks: null, views: null },
    });
  });

  it('finds the handle in the avatar testid, then in the status link, when User-Name is gone', () => {
    const avatar =
      '<div data-testid="Tweet-User-Avatar"><div data-testid="UserAvatar-Container-from_avatar"></div></div>';
    const withAvatar = docOf(
      `<article data-testid="tweet">${avatar}${timeLink('from_link', '1')}</article>`,
    );
    expect(xAdapter.parsePost(xAdapter.findPosts(withAvatar)[0]!, HOME)?.author.handle).toBe(
      'from_avatar',
    );
    const bare = docOf(`<article data-testid="tweet">${timeLink('from_link', '1')}</article>`);
    expect(xAdapter.parsePost(xAdapter.findPosts(bare)[0]!, HOME)?.author.handle).toBe('from_link');
  });

  it('keeps a display name that looks like a handle', () => {
    const doc = docOf(
      `<article data-testid="tweet"><div data-testid="User-Name"><div><a href="/real"><span>@dana</span></a></div>` +
        `<div><a href="/real" tabindex="-1">@real</a></div></div>${timeLink('real', '4')}</article>`,
    );
    expect(xAdapter.parsePost(xAdapter.findPosts(doc)[0]!, HOME)?.author).toMatchObject({
      handle: 'real',
      name: '@dana',
    });
  });

  it('refuses hostile or odd values instead of storing them', () => {
    const doc = docOf(
      `<article data-testid="tweet"><div data-testid="Tweet-User-Avatar"><img src="javascript:alert(1)"></div>` +
        `${userName('a')}<a href="/a/status/1"><time datetime="not a date">?</time></a>` +
        `<div data-testid="tweetText" lang="qme">${'x'.repeat(LIMITS.text + 50)}</div>` +
        `<div role="group" aria-label="99999999999999999999 replies"></div></article>`,
    );
    const post = ParsedPostSchema.parse(xAdapter.parsePost(xAdapter.findPosts(doc)[0]!, HOME));
    expect(post.author.avatarUrl).toBeNull();
    expect(post.postedAt).toBeNull();
    expect(post.language).toBeNull(); // "qme": media only, X's code for no language
    expect(post.text).toHaveLength(LIMITS.text);
    expect(post.metrics.replies).toBeNull();
  });

  it('returns empty answers on an empty page and odd URLs', () => {
    const doc = docOf('');
    expect(xAdapter.findPosts(doc)).toEqual([]);
    expect(xAdapter.focusedPost(doc, STATUS)).toBeNull();
    expect(xAdapter.profileOf(new URL('https://x.com/a'), doc)).toEqual({ handle: 'a', name: '' });
    expect(xAdapter.profileOf(new URL('https://example.com/a'), doc)).toBeNull();
    expect(xAdapter.profileOf(new URL('http://x.com/a'), doc)).toBeNull();
  });
});

describe('markup variants', () => {
  it('keeps a quote apart when its box lost role="link" (aria-labelledby wrapper fallback)', () => {
    const doc = docOf(
      `<article data-testid="tweet" aria-labelledby="i1">${userName('outer')}${timeLink('outer', '1')}` +
        `<div data-testid="tweetText">outer text</div>` +
        `<div aria-labelledby="q1"><div>${userName('inner')}<time datetime="2026-01-01T00:00:00.000Z">x</time>` +
        `<div data-testid="tweetText">inner text</div></div></div></article>`,
    );
    const post = xAdapter.parsePost(xAdapter.findPosts(doc)[0]!, HOME);
    expect(post).toMatchObject({ author: { handle: 'outer' }, text: 'outer text' });
    expect(post?.quoted).toMatchObject({
      author: { handle: 'inner' },
      text: 'inner text',
      postId: null,
    });
  });

  it('finds posts by the article role when the testid is gone, outermost only', () => {
    const doc = docOf(
      `<div data-testid="cellInnerDiv"><article role="article">${userName('a')}${timeLink('a', '5')}` +
        `<div role="link" tabindex="0"><article role="article">${userName('b')}${timeLink('b', '6')}</article></div>` +
        `</article></div>`,
    );
    const posts = xAdapter.findPosts(doc);
    expect(posts.map((p) => xAdapter.postIdOf(p))).toEqual(['5']);
    expect(xAdapter.findPosts(posts[0]!)).toEqual(posts); // the root itself counts
    expect(xAdapter.parsePost(posts[0]!, HOME)?.quoted?.postId).toBe('6');
  });

  it('reads an article preview (title, no body) as cut', () => {
    const doc = docOf(
      `<article data-testid="tweet">${userName('a')}${timeLink('a', '9')}` +
        `<div data-testid="twitter-article-title">The title</div>` +
        `<div data-testid="tweetText" lang="en">A teaser</div></article>`,
    );
    expect(xAdapter.parsePost(xAdapter.findPosts(doc)[0]!, HOME)).toMatchObject({
      isArticle: true,
      title: 'The title',
      text: 'The title\n\nA teaser',
      truncated: true,
    });
  });

  it('leaves views unknown on posts older than view counts, counts zero otherwise', () => {
    const doc = docOf(
      `<article data-testid="tweet">${userName('a')}${timeLink('a', '3')}` +
        `<div role="group" aria-label="2 replies, 7 likes"><button data-testid="reply" aria-label="2 Replies. Reply"></button></div></article>`,
    );
    expect(xAdapter.parsePost(xAdapter.findPosts(doc)[0]!, HOME)?.metrics).toEqual({
      replies: 2,
      reposts: 0,
      likes: 7,
      bookmarks: 0,
      views: null,
    });
  });
});

describe('every fixture, damaged at random', () => {
  const files = readdirSync(join(FIXTURES_DIR, 'x')).filter((file) => file.endsWith('.html'));

  it.each(files)('%s: never throws, every parse passes the schema', (file) => {
    let parsed = 0;
    const page = loadPage('x', file, file.startsWith('x-tweet-') ? HOME.href : undefined);
    for (let seed = 1; seed <= 16; seed++) {
      const doc = page.doc.cloneNode(true) as Document;
      const url = page.url;
      damage(doc, seededRandom(seed));
      // Half the runs as a status page: the conversation rules (isReply, focus) run too.
      parsed += exercise(doc, seed % 2 ? url : STATUS);
    }
    // Damage leaves most posts readable: the check above ran on real parses.
    expect(parsed).toBeGreaterThan(0);
  });
});
