/**
 * The YouTube adapter on markup it must not trust or has not seen: hostile text, broken
 * links and ids, garbage, and every saved page with each element of an item removed in
 * turn (a redesign half-done). It must never throw, and what it returns must pass the schema.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedPostSchema } from '../../lib/db/schema';
import { LIMITS } from '../../lib/sites/limits';
import { youtubeAdapter } from '../../lib/sites/youtube';
import { youtubeReplyBoxes } from '../../lib/sites/youtube-composer';
import { FIXTURES_DIR, loadPage } from './fixtures';
import { COMMENT_FIELDS } from './youtube-support';

const WATCH = new URL('https://www.youtube.com/watch?v=acmeX2Rev01');

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
    youtubeAdapter.closestPost(el);
    youtubeAdapter.postIdOf(el);
    youtubeAdapter.buttonSlot(el);
    youtubeReplyBoxes.opener(el);
    youtubeReplyBoxes.sendButton(el);
    youtubeReplyBoxes.answeredPostId(el, url);
    const post = youtubeAdapter.parsePost(el, url);
    if (post) {
      ParsedPostSchema.parse(post);
      parsed++;
    }
  }
  youtubeAdapter.findPosts(doc);
  youtubeAdapter.focusedPost(doc, url);
  youtubeReplyBoxes.find(doc, url, null);
  return parsed;
}

describe('hostile.html', () => {
  const { doc, url } = loadPage('youtube', 'hostile.html');

  it('keeps hostile text as plain text, drops a javascript: avatar and tracking', () => {
    const [first] = youtubeAdapter.findPosts(doc);
    expect(ParsedPostSchema.parse(youtubeAdapter.parsePost(first!, url))).toEqual({
      ...COMMENT_FIELDS,
      postId: 'comment:UgwHostileText00001AaABAg',
      permalink: 'https://www.youtube.com/watch?v=acmeX2Rev01&lc=UgwHostileText00001AaABAg',
      author: {
        handle: 'h4ck3r_test',
        name: '',
        profileUrl: 'https://www.youtube.com/@h4ck3r_test',
        avatarUrl: null,
        followers: null,
        verified: false,
      },
      // Markup written as text stays text; the invisible marks are the author's characters.
      text: '<script>alert("x")</script> Ac\u200bme <img src=x onerror=alert(1)> \u200frefund\u202ednuf\u202c now',
      truncated: false,
      shownTime: '3 minutes ago',
      // Counts too large to be exact are unknown, never rounded.
      metrics: { replies: 0, reposts: null, likes: null, bookmarks: null, views: null },
      // The page's watch element has no video block: no title to show.
      parent: {
        postId: 'video:acmeX2Rev01',
        permalink: 'https://www.youtube.com/watch?v=acmeX2Rev01',
        title: null,
      },
    });
  });

  it('refuses a javascript: author, a broken id, and a comment without its link', () => {
    const items = youtubeAdapter.findPosts(doc);
    expect(items).toHaveLength(5); // 3 comments, a video block, a comment without a link
    expect(items.map((el) => youtubeAdapter.postIdOf(el))).toEqual([
      'comment:UgwHostileText00001AaABAg',
      'comment:UgwNoChannelLink002AaABAg', // an id, but no channel: it is not read
      null, // lc=../../evil id
      null, // a watch page without a video-id
      null, // no time link
    ]);
    expect(items.slice(1).map((el) => youtubeAdapter.parsePost(el, url))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('parses only what it can name, on any URL', () => {
    expect(exercise(doc, url)).toBe(1);
    expect(exercise(doc, new URL('https://www.youtube.com/shorts/acmeShort01'))).toBe(1);
  });
});

describe('garbage and partial markup', () => {
  const timeLink =
    '<span id="published-time-text"><a href="/watch?v=acmeX2Rev01&lc=UgwPartial0000001AaABAg">1 day ago</a></span>';
  const author = '<a id="author-text" href="/@partial_pat"><span>@partial_pat</span></a>';

  it.each([
    ['an empty comment', '<ytd-comment-view-model></ytd-comment-view-model>'],
    ['an author only', `<ytd-comment-view-model>${author}</ytd-comment-view-model>`],
    ['a time link only', `<ytd-comment-renderer>${timeLink}</ytd-comment-renderer>`],
    ['a video block outside a watch page', '<ytd-watch-metadata><h1>t</h1></ytd-watch-metadata>'],
    [
      'a video block without a channel',
      '<ytd-watch-flexy video-id="acmeX2Rev01"><ytd-watch-metadata><div id="title"><h1>t</h1></div></ytd-watch-metadata></ytd-watch-flexy>',
    ],
    ['unclosed tags', '<ytd-comment-thread-renderer><ytd-comment-view-model><div id="header"'],
    [
      'a thread without a comment',
      `<ytd-comment-thread-renderer>${author}${timeLink}</ytd-comment-thread-renderer>`,
    ],
  ])('%s: no post, no throw', (_, body) => {
    const doc = docOf(body);
    expect(exercise(doc, WATCH)).toBe(0);
  });

  it('reads a comment with only an author and a time link; everything else unknown', () => {
    const doc = docOf(`<ytd-comment-view-model>${author}${timeLink}</ytd-comment-view-model>`);
    const post = youtubeAdapter.parsePost(youtubeAdapter.findPosts(doc)[0]!, WATCH);
    expect(ParsedPostSchema.parse(post)).toMatchObject({
      postId: 'comment:UgwPartial0000001AaABAg',
      author: { handle: 'partial_pat', name: '', avatarUrl: null, verified: false },
      text: '',
      truncated: false,
      shownTime: '1 day ago',
      metrics: { replies: null, likes: null },
      parent: { postId: 'video:acmeX2Rev01', title: null },
    });
  });

  it('takes the video from the page when a link does not name it', () => {
    const doc = docOf(
      `<ytd-comment-view-model>${author}<span id="published-time-text"><a href="/post/UgkxPost?lc=UgwPartial0000001AaABAg">now</a></span></ytd-comment-view-model>`,
    );
    const el = youtubeAdapter.findPosts(doc)[0]!;
    expect(youtubeAdapter.parsePost(el, WATCH)?.permalink).toBe(
      'https://www.youtube.com/watch?v=acmeX2Rev01&lc=UgwPartial0000001AaABAg',
    );
    // A community post's comment seen elsewhere: its id, but no video to link or name.
    const elsewhere = youtubeAdapter.parsePost(el, new URL('https://www.youtube.com/@acme/posts'));
    expect(elsewhere).toMatchObject({ permalink: null, parent: null });
  });

  it('clips a very long comment to the stored limit', () => {
    const long = 'x'.repeat(LIMITS.text + 50);
    const doc = docOf(
      `<ytd-comment-view-model>${author}${timeLink}<div id="content-text">${long}</div></ytd-comment-view-model>`,
    );
    const post = youtubeAdapter.parsePost(youtubeAdapter.findPosts(doc)[0]!, WATCH);
    expect(ParsedPostSchema.parse(post).text).toHaveLength(LIMITS.text);
  });

  it('takes the outer item should a redesign nest one in another', () => {
    const doc = docOf(
      `<ytd-comment-renderer>${author}${timeLink}<ytd-comment-view-model>${author}</ytd-comment-view-model></ytd-comment-renderer>`,
    );
    const [outer, ...rest] = youtubeAdapter.findPosts(doc);
    expect(rest).toEqual([]);
    expect(outer?.localName).toBe('ytd-comment-renderer');
    expect(youtubeAdapter.closestPost(doc.querySelector('ytd-comment-view-model')!)).toBe(outer);
  });
});

describe('every saved page, each element of an item removed in turn', () => {
  const files = readdirSync(join(FIXTURES_DIR, 'youtube')).filter((file) => file.endsWith('.html'));

  /** Parses every item (checking each against the schema) and runs the other reads. */
  const readAll = (doc: Document, url: URL) => {
    let parsed = 0;
    for (const el of youtubeAdapter.findPosts(doc)) {
      const post = youtubeAdapter.parsePost(el, url);
      if (post) {
        ParsedPostSchema.parse(post);
        parsed++;
      }
      youtubeAdapter.buttonSlot(el);
      youtubeReplyBoxes.opener(el);
    }
    youtubeAdapter.focusedPost(doc, url);
    youtubeReplyBoxes.find(doc, url, null);
    return parsed;
  };

  it.each(files)('%s: never throws, every parse passes the schema', (file) => {
    const { doc, url } = loadPage('youtube', file);
    const intact = readAll(doc, url);
    // Every element of the first two items (the video and a comment on most pages), taken
    // out and put back in turn.
    const victims = youtubeAdapter
      .findPosts(doc)
      .slice(0, 2)
      .flatMap((item) => [...item.querySelectorAll('*')]);
    let parsed = 0;
    for (const victim of victims) {
      const [parent, next] = [victim.parentNode!, victim.nextSibling];
      victim.remove();
      parsed += readAll(doc, url);
      parent.insertBefore(victim, next);
    }
    expect(victims.length).toBeGreaterThan(5);
    // Most removals cost at most one item: the checks above ran on real parses.
    expect(parsed).toBeGreaterThanOrEqual(victims.length * (intact - 1));
    expect(readAll(doc, url)).toBe(intact);
  });
});
