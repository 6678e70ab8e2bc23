/**
 * The Reddit adapter on markup Reddit has not shown us: garbage, partial items, and every
 * fixture damaged at random (seeded). It must never throw, and what it returns must still
 * pass the schema.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedPostSchema } from '../../lib/db/schema';
import { LIMITS } from '../../lib/sites/limits';
import { redditAdapter } from '../../lib/sites/reddit';
import { FIXTURES_DIR, loadPage } from './fixtures';
import { seededRandom } from './damage';

const FEED = new URL('https://www.reddit.com/r/acme/');
const POST_PAGE = new URL('https://www.reddit.com/r/acme/comments/abc/x/');

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
    redditAdapter.closestPost(el);
    redditAdapter.postIdOf(el);
    redditAdapter.buttonSlot(el);
    if (el instanceof HTMLElement) {
      redditAdapter.replyBoxes?.opener(el);
      redditAdapter.replyBoxes?.sendButton(el);
      redditAdapter.replyBoxes?.answeredPostId(el, url);
    }
    const post = redditAdapter.parsePost(el, url);
    if (post) {
      ParsedPostSchema.parse(post);
      parsed++;
    }
  }
  redditAdapter.findPosts(doc);
  redditAdapter.focusedPost(doc, url);
  redditAdapter.profileOf(url, doc);
  redditAdapter.replyBoxes?.find(doc, url, null);
  return parsed;
}

describe('garbage and partial markup', () => {
  it.each([
    ['empty post', '<shreddit-post></shreddit-post>'],
    ['post without author', '<shreddit-post id="t3_abc" post-title="T"></shreddit-post>'],
    ['post with a comment id', '<shreddit-post id="t1_abc" author="a"></shreddit-post>'],
    ['post with a bad id', '<shreddit-post id="t3_a b" author="a"></shreddit-post>'],
    ['post with an odd author', '<shreddit-post id="t3_abc" author="a b/c"></shreddit-post>'],
    ['comment with a post id', '<shreddit-comment thingid="t3_abc" author="a"></shreddit-comment>'],
    [
      'comment without thingid',
      '<shreddit-comment author="a"><div slot="comment">x</div></shreddit-comment>',
    ],
    ['old thing without entry', '<div class="thing" data-fullname="t1_abc" data-author="a"></div>'],
    [
      'old thing of another kind',
      '<div class="thing" data-fullname="t5_abc"><div class="entry"></div></div>',
    ],
    [
      'old thing without author',
      '<div class="thing" data-fullname="t1_abc"><div class="entry"></div></div>',
    ],
    ['unclosed tags', '<shreddit-comment thingid="t1_abc"><div slot="comment"><p>'],
    ['a div that looks like a post', '<div id="t3_abc" author="a" post-title="T"></div>'],
  ])('%s: no item, no throw', (_, body) => {
    const doc = docOf(body);
    expect(exercise(doc, FEED)).toBe(0);
    expect(exercise(doc, POST_PAGE)).toBe(0);
  });

  it('reads a post with only an id and an author, everything else unknown', () => {
    const doc = docOf('<shreddit-post id="t3_abc" author="a_b"></shreddit-post>');
    expect(
      ParsedPostSchema.parse(redditAdapter.parsePost(redditAdapter.findPosts(doc)[0]!, FEED)),
    ).toMatchObject({
      postId: 't3_abc',
      permalink: 'https://www.reddit.com/comments/abc/',
      author: { handle: 'a_b', avatarUrl: null },
      text: '',
      title: null,
      postedAt: null,
      shownTime: null,
      metrics: { replies: null, reposts: null, likes: null, bookmarks: null, views: null },
    });
  });

  it('gives a comment without a permalink or postid no parent, and one from its permalink', () => {
    const bare = docOf('<shreddit-comment thingid="t1_xyz" author="a"></shreddit-comment>');
    expect(redditAdapter.parsePost(redditAdapter.findPosts(bare)[0]!, FEED)).toMatchObject({
      postId: 't1_xyz',
      permalink: null,
      parent: null,
      isReply: true,
    });
    const linked = docOf(
      '<shreddit-comment thingid="t1_xyz" author="a" permalink="/r/acme/comments/abc/x/xyz/"></shreddit-comment>',
    );
    expect(redditAdapter.parsePost(redditAdapter.findPosts(linked)[0]!, FEED)?.parent).toEqual({
      postId: 't3_abc',
      permalink: 'https://www.reddit.com/comments/abc/',
      title: null,
    });
    const declared = docOf(
      '<shreddit-comment thingid="t1_xyz" author="a" postid="t3_def"></shreddit-comment>',
    );
    expect(redditAdapter.parsePost(redditAdapter.findPosts(declared)[0]!, FEED)).toMatchObject({
      permalink: 'https://www.reddit.com/comments/def/comment/xyz/',
      parent: { postId: 't3_def', permalink: 'https://www.reddit.com/comments/def/', title: null },
    });
  });

  it('clips what is too long, and refuses what is not a count or a time', () => {
    const long = 'x'.repeat(LIMITS.text + 50);
    const doc = docOf(
      `<shreddit-post id="t3_abc" author="a" post-title="${'t'.repeat(LIMITS.title + 5)}" score="99999999999999999999" ` +
        `comment-count="many" created-timestamp="yesterday"><div slot="text-body" lang="not a language!"><p>${long}</p></div></shreddit-post>`,
    );
    const post = ParsedPostSchema.parse(
      redditAdapter.parsePost(redditAdapter.findPosts(doc)[0]!, FEED),
    );
    expect(post.title).toHaveLength(LIMITS.title);
    expect(post.text).toHaveLength(LIMITS.text);
    expect(post.metrics.likes).toBeNull();
    expect(post.metrics.replies).toBeNull();
    expect(post.postedAt).toBeNull();
    expect(post.language).toBeNull();
  });

  it("takes a comment's time from its shown <time> when the created attribute is gone", () => {
    const doc = docOf(
      '<shreddit-comment thingid="t1_xyz" author="a"><div slot="commentMeta"><faceplate-timeago ts="x">' +
        '<time datetime="2026-11-20T10:00:00.000Z">2d ago</time></faceplate-timeago></div></shreddit-comment>',
    );
    expect(redditAdapter.parsePost(redditAdapter.findPosts(doc)[0]!, FEED)).toMatchObject({
      postedAt: Date.parse('2026-11-20T10:00:00.000Z'),
      shownTime: null,
    });
  });

  it('reads a comment whose text slot was renamed, by its rich-text id', () => {
    const doc = docOf(
      '<shreddit-comment thingid="t1_xyz" author="a"><div id="t1_xyz-comment-rtjson-content"><p>found</p></div></shreddit-comment>',
    );
    expect(redditAdapter.parsePost(redditAdapter.findPosts(doc)[0]!, FEED)?.text).toBe('found');
  });

  // The regex dom-text.ts had (found there by test/dom/fuzz): /\s+$/ was quadratic on a
  // long run of spaces inside a code block; the test's timeout is the hang detector.
  it('keeps a code block with a long run of spaces inside, trimming only its ends', () => {
    const run = ' \n\t'.repeat(30_000); // 90,000 characters: within the text limit
    const doc = docOf(
      `<shreddit-comment thingid="t1_xyz" author="a"><div id="t1_xyz-comment-rtjson-content">` +
        `<pre>\na${run}b \n</pre></div></shreddit-comment>`,
    );
    expect(redditAdapter.parsePost(redditAdapter.findPosts(doc)[0]!, FEED)?.text).toBe(`a${run}b`);
  });

  it('returns empty answers on an empty page', () => {
    const doc = docOf('');
    expect(redditAdapter.findPosts(doc)).toEqual([]);
    expect(redditAdapter.focusedPost(doc, POST_PAGE)).toBeNull();
    expect(redditAdapter.replyBoxes?.find(doc, POST_PAGE, null)).toEqual([]);
  });
});

describe('every fixture, damaged', () => {
  const files = readdirSync(join(FIXTURES_DIR, 'reddit')).filter((file) => file.endsWith('.html'));

  it.each(files)('%s: removing nodes and attributes at random never throws', (file) => {
    const next = seededRandom(file.length * 7919);
    for (let round = 0; round < 20; round++) {
      const { doc, url } = loadPage('reddit', file);
      const all = Array.from(doc.body.querySelectorAll('*'));
      for (const el of all) {
        const roll = next();
        if (roll < 0.08) el.remove();
        else if (roll < 0.2 && el.attributes.length > 0) {
          const attr = el.attributes[Math.floor(next() * el.attributes.length)];
          if (attr) el.removeAttribute(attr.name);
        }
      }
      expect(() => exercise(doc, url)).not.toThrow();
    }
  });

  it.each(files)('%s: every item still parses when all its text is gone', (file) => {
    const { doc, url } = loadPage('reddit', file);
    for (const slot of doc.querySelectorAll('[slot="text-body"], [slot="comment"], .md'))
      slot.remove();
    const items = redditAdapter.findPosts(doc);
    expect(items.length).toBeGreaterThan(0);
    for (const el of items) {
      const post = redditAdapter.parsePost(el, url);
      // The deleted-account and other items keep their id and author: the text is just empty.
      expect(post?.postId).toBe(redditAdapter.postIdOf(el));
      ParsedPostSchema.parse(post);
    }
  });
});
