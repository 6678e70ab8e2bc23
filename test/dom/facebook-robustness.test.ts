/**
 * The Facebook adapter on markup Facebook has not shown us: garbage, stories missing their
 * parts, removed nodes, and every fixture damaged at random (seeded). It must never throw;
 * what it cannot read is null, and what it returns still passes the schema.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedPostSchema } from '../../lib/db/schema';
import { facebookAdapter as fb } from '../../lib/sites/facebook';
import { labelsOf } from '../../lib/sites/facebook-metrics';
import { visibleText } from '../../lib/sites/facebook-text';
import { FIXTURES_DIR, loadPage } from './fixtures';
import { damage, seededRandom } from './damage';

const FEED = new URL('https://www.facebook.com/');
const POST_PAGE = new URL('https://www.facebook.com/acme/posts/1122334455667788');

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
    fb.closestPost(el);
    fb.postIdOf(el);
    fb.buttonSlot(el);
    if (el instanceof HTMLElement) {
      fb.replyBoxes?.opener(el);
      fb.replyBoxes?.sendButton(el);
      fb.replyBoxes?.answeredPostId(el, url);
    }
    const post = fb.parsePost(el, url);
    if (post) {
      ParsedPostSchema.parse(post);
      parsed++;
    }
  }
  fb.findPosts(doc);
  fb.focusedPost(doc, url);
  fb.profileOf(url, doc);
  fb.replyBoxes?.find(doc, url, null);
  return parsed;
}

const feedStory = (inner: string) => `<div role="feed"><div aria-posinset="1">${inner}</div></div>`;
const name =
  '<div data-ad-rendering-role="profile_name"><h4><a href="/acme" role="link">Acme</a></h4></div>';
const time = '<a href="/acme/posts/1122334455667788" role="link">3h</a>';

describe('garbage and partial markup', () => {
  it.each([
    ['empty story', feedStory('')],
    ['author only', feedStory(name)],
    ['time only', feedStory(time)],
    ['broken time link', feedStory(`${name}<a href="/acme/posts/">3h</a>`)],
    ['hash link', feedStory(`${name}<a href="#">3h</a>`)],
    ['empty article', '<div role="article"></div>'],
    [
      'comment without links',
      '<div role="article" aria-label="Comment by Jane"><div dir="auto">Hi</div></div>',
    ],
    [
      'comment with a bad id',
      '<div role="article"><a href="/jane?comment_id=Y29tbWVudA%3D%3D">Jane</a></div>',
    ],
    [
      'comment without author',
      '<div role="article"><a href="/acme/posts/1?comment_id=2">2h</a></div>',
    ],
    [
      'nested feeds',
      '<div role="feed"><div role="feed"><div aria-posinset="1"><div role="article"></div></div></div></div>',
    ],
    [
      'editor alone',
      '<div contenteditable="true" role="textbox" data-lexical-editor="true"></div>',
    ],
  ])('%s: no post, no throw', (_, body) => {
    const doc = docOf(body);
    expect(exercise(doc, FEED)).toBe(0);
    expect(exercise(doc, POST_PAGE)).toBe(0);
  });

  it('reads a story with only an author and a time: everything else unknown', () => {
    const doc = docOf(feedStory(`${name}${time}`));
    const [post] = fb.findPosts(doc);
    expect(fb.parsePost(post!, FEED)).toMatchObject({
      postId: '1122334455667788',
      author: { handle: 'acme', name: 'Acme', avatarUrl: null, verified: false },
      text: '',
      truncated: false,
      shownTime: '3h',
      metrics: { replies: null, reposts: null, likes: null, bookmarks: null, views: null },
      isPromoted: false,
    });
  });

  it('refuses an avatar that is not https, and a name made of whitespace', () => {
    const doc = docOf(
      feedStory(
        `<a href="/acme"><img src="javascript:alert(1)"></a><div data-ad-rendering-role="profile_name"><h4><a href="/acme" role="link"> </a><a href="/acme.real" role="link">Acme Real</a></h4></div>${time}`,
      ),
    );
    const post = fb.parsePost(fb.findPosts(doc)[0]!, FEED);
    expect(post?.author).toMatchObject({ handle: 'acme.real', name: 'Acme Real', avatarUrl: null });
  });

  it('keeps the capture slot in a story that shows only its name heading yet (found by test/dom/fuzz)', () => {
    // The story's post element is then the heading; the block around it holds the footer.
    const doc = docOf(
      feedStory(
        '<h4><a href="/acme" role="link">Acme</a></h4><div><div data-ad-rendering-role="like_button" role="button">Like</div></div>',
      ),
    );
    const [post] = fb.findPosts(doc);
    expect(post?.localName).toBe('h4');
    expect(fb.buttonSlot(post!)).toBeNull(); // null: the buttons go in the post itself
  });

  it('refuses a comment time that is not one: its link holds a long text (found by test/dom/fuzz)', () => {
    const comment = (time: string) =>
      docOf(
        `<div role="article"><a href="/jane" role="link">Jane</a>` +
          `<a href="/acme/posts/1122334455667788?comment_id=2" role="link">${time}</a></div>`,
      );
    const read = (doc: Document) => fb.parsePost(fb.findPosts(doc)[0]!, POST_PAGE);
    expect(read(comment('2h'))).toMatchObject({ postId: 'comment:2', shownTime: '2h' });
    const long = ParsedPostSchema.parse(read(comment('words '.repeat(30))));
    expect(long).toMatchObject({ postId: 'comment:2', shownTime: null });
  });

  // Found by the hostile-input test (test/e2e/hostile.test.ts, issue 9): the text walks
  // recursed once per element, and text thousands of elements deep overflowed the stack.
  it('reads times and labels nested far deeper than a call stack goes', () => {
    // Detached: happy-dom itself walks a connected subtree recursively as it grows.
    const root = document.createElement('div');
    root.innerHTML = '2 <b></b> h';
    let inner = root.querySelector('b')!;
    for (let depth = 0; depth < 20_000; depth++) {
      inner = inner.appendChild(document.createElement('span'));
    }
    inner.append('deep');
    expect(visibleText(root)).toBe('2 deep h');
    expect(labelsOf(root)).toBe('2 · deep · h');
  });

  it('returns empty answers on an empty page', () => {
    const doc = docOf('');
    expect(fb.findPosts(doc)).toEqual([]);
    expect(fb.focusedPost(doc, POST_PAGE)).toBeNull();
    expect(fb.profileOf(new URL('https://www.facebook.com/acme'), doc)).toEqual({
      handle: 'acme',
      name: '',
      followers: null,
    });
    expect(fb.replyBoxes?.find(doc, POST_PAGE, '1')).toEqual([]);
  });
});

describe('nodes removed from the saved pages', () => {
  it('a comment whose time link is gone keeps its id from its author links, or is no item', () => {
    const { doc, url } = loadPage('facebook', 'feed.html');
    const jane = fb.findPosts(doc).find((el) => fb.postIdOf(el) === 'comment:551234567890123')!;
    jane.querySelector('ul')!.remove();
    expect(fb.parsePost(jane, url)).toMatchObject({
      postId: 'comment:551234567890123',
      shownTime: null,
      // Its post still comes from its story.
      parent: { postId: 'pfbid02Acme7kLq9XvTnRz4Hc8Wm1YpDsE6uBfGjN3oKa5rU2iQx' },
    });
    for (const link of jane.querySelectorAll('a')) link.removeAttribute('href');
    expect(fb.postIdOf(jane)).toBeNull();
    expect(fb.parsePost(jane, url)).toBeNull();
  });

  it('a story whose footer is gone is read whole; without its time it has no id', () => {
    const { doc, url } = loadPage('facebook', 'feed.html');
    const unit = doc.querySelector('[aria-posinset="2"]')!;
    // The footer: the block around the Like, Comment, Share row.
    unit
      .querySelector('[data-ad-rendering-role="like_button"]')!
      .parentElement!.parentElement!.remove();
    const post = fb.findPosts(unit)[0]!;
    expect(post).toBe(unit);
    expect(fb.parsePost(post, url)).toMatchObject({
      postId: 'pfbid0Priya4TgH8mK2nWq7Lx1Ze5Rc9Vb3Ns6Yd',
      metrics: { replies: null, likes: null },
    });
    unit.querySelector('a[href*="story.php"]')!.remove();
    expect(fb.postIdOf(post)).toBeNull();
    expect(fb.parsePost(post, url)).toBeNull();
  });

  it('an element removed from the page reads as nothing, without a throw', () => {
    const { doc, url } = loadPage('facebook', 'group-post-de.html');
    const items = fb.findPosts(doc);
    doc.querySelector('[role="main"]')!.remove();
    for (const el of items) {
      expect(() => fb.parsePost(el, url)).not.toThrow();
      expect(() => fb.buttonSlot(el)).not.toThrow();
    }
    expect(fb.findPosts(doc)).toEqual([]);
    expect(fb.focusedPost(doc, url)).toBeNull();
  });
});

describe('every fixture, damaged at random', () => {
  const files = readdirSync(join(FIXTURES_DIR, 'facebook')).filter((f) => f.endsWith('.html'));

  it.each(files)('%s: never throws, every parse passes the schema', (file) => {
    let parsed = 0;
    const page = loadPage('facebook', file);
    for (let seed = 1; seed <= 12; seed++) {
      const doc = page.doc.cloneNode(true) as Document;
      damage(doc, seededRandom(seed));
      // Half the runs as another post's page: the page rules (parent, focus) run too.
      parsed += exercise(doc, seed % 2 ? page.url : POST_PAGE);
    }
    // Damage leaves most items readable: the check above ran on real parses.
    expect(parsed).toBeGreaterThan(0);
  });
});
