/**
 * The Instagram adapter on markup it has not seen: removed nodes, odd values, detached
 * items. Every answer is a value or null, never a throw (a throw would stop the content
 * script for the whole page).
 */
import { describe, expect, it } from 'vitest';
import { ParsedPostSchema } from '../../lib/db/schema';
import { instagramAdapter as ig } from '../../lib/sites/instagram';
import { LIMITS } from '../../lib/sites/limits';
import { loadPage } from './fixtures';

const FEED = new URL('https://www.instagram.com/');
const docOf = (body: string) =>
  new DOMParser().parseFromString(`<main>${body}</main>`, 'text/html');
const header = (user: string, code: string, time = '2026-11-20T09:15:00.000Z') =>
  `<div><a href="/${user}/"><img alt="" src="https://cdn.example/${user}.jpg"></a>` +
  `<a href="/${user}/">${user}</a><a href="/p/${code}/"><time datetime="${time}">2h</time></a></div>`;

/** Runs every method on every item and checks each answer is null or well formed. */
function exercise(doc: Document, url: URL): void {
  for (const el of ig.findPosts(doc)) {
    const post = ig.parsePost(el, url);
    if (post) ParsedPostSchema.parse(post);
    ig.postIdOf(el);
    const slot = ig.buttonSlot(el);
    if (slot) expect(el.contains(slot)).toBe(true);
    ig.closestPost(el);
  }
  ig.focusedPost(doc, url);
  ig.profileOf(url, doc);
  for (const box of ig.replyBoxes!.find(doc, url, 'comment:17900000000000001')) {
    ig.replyBoxes!.sendButton(box.editor);
    ig.replyBoxes!.answeredPostId(box.editor, url);
  }
}

describe('removed nodes', () => {
  it.each(['post-page.html', 'feed.html', 'localized-de.html'])(
    '%s: with any one element removed, nothing throws and every parse is valid',
    (file) => {
      const { doc: original, url } = loadPage('instagram', file);
      const count = original.querySelectorAll('main *').length;
      for (let i = 0; i < count; i++) {
        const doc = original.cloneNode(true) as Document;
        doc.querySelectorAll('main *')[i]?.remove();
        expect(() => exercise(doc, url), `element ${i} removed`).not.toThrow();
      }
    },
    // A page per element (about 150): seconds on a loaded two-core machine; a hang detector.
    30_000,
  );

  it('gives no post without its permalink or its author', () => {
    const noLink = docOf(
      `<article><div><a href="/a/">a</a></div><span dir="auto">text</span></article>`,
    );
    expect(ig.findPosts(noLink)).toEqual([]);
    expect(ig.parsePost(noLink.querySelector('article')!, FEED)).toBeNull();
    const noAuthor = docOf(
      `<article><a href="/p/C9nobody1/"><time datetime="x">1h</time></a></article>`,
    );
    const [post] = ig.findPosts(noAuthor);
    expect(ig.postIdOf(post!)).toBe('C9nobody1');
    expect(ig.parsePost(post!, FEED)).toBeNull();
  });

  it('refuses elements that are not items (the article around a post and its comments)', () => {
    const { doc, url } = loadPage('instagram', 'post-page.html');
    expect(ig.parsePost(doc.querySelector('article')!, url)).toBeNull();
    expect(ig.parsePost(doc.querySelector('form')!, url)).toBeNull();
    expect(
      ig.closestPost(doc.querySelector('h2 a[href="/acme.support/"]')!.closest('main')!),
    ).toBeNull();
  });
});

describe('odd values', () => {
  it('clips a long caption, refuses a bad time and keeps the shown one, reads a valid lang only', () => {
    const doc = docOf(
      `<article>${header('a', 'C9long0001', 'not a date')}` +
        `<div lang="pt-BR"><span dir="auto">${'x'.repeat(LIMITS.text + 10)}</span></div></article>` +
        `<article>${header('b', 'C9lang0002')}<div lang="not a tag!"><span dir="auto">Olá</span></div></article>`,
    );
    const [first, second] = ig
      .findPosts(doc)
      .map((el) => ParsedPostSchema.parse(ig.parsePost(el, FEED)));
    expect(first?.text).toHaveLength(LIMITS.text);
    expect(first?.postedAt).toBeNull();
    expect(first?.shownTime).toBe('2h');
    expect(first?.language).toBe('pt-BR');
    expect(second?.language).toBeNull();
    expect(second?.postedAt).toBe(Date.parse('2026-11-20T09:15:00.000Z'));
  });

  it("finds a comment's badge beside its name when it has no picture link (feed comments)", () => {
    const comment = (user: string, badge: string) =>
      `<div><div><span><a href="/${user}/">${user}</a></span>${badge} <span dir="auto">Hi</span></div>` +
      `<div><a href="/p/C9badge001/c/${user.length}/"><time datetime="2026-11-20T09:15:00.000Z">1m</time></a></div></div>`;
    const doc = docOf(
      `<article>${header('a', 'C9badge001')}<div>${comment('brand', '<svg aria-label="Verified"></svg>')}` +
        `${comment('person', '')}</div><form><textarea></textarea></form></article>`,
    );
    const [, brand, person] = ig.findPosts(doc).map((el) => ig.parsePost(el, FEED));
    expect(brand?.author).toMatchObject({ handle: 'brand', verified: true });
    expect(person?.author).toMatchObject({ handle: 'person', verified: false });
  });

  it('reads a detached comment with its post from its own link (no caption: no title)', () => {
    const { doc, url } = loadPage('instagram', 'post-page.html');
    const comment = ig.findPosts(doc)[1]!;
    comment.remove();
    expect(ig.parsePost(comment, url)).toMatchObject({
      postId: 'comment:17900000000000001',
      isReply: true,
      parent: {
        postId: 'C9acme0001',
        permalink: 'https://www.instagram.com/p/C9acme0001/',
        title: null,
      },
    });
  });

  it('finds the items inside a part of the page, and only those', () => {
    const { doc } = loadPage('instagram', 'post-page.html');
    const items = ig.findPosts(doc);
    expect(ig.findPosts(items[3]!)).toEqual([items[3]]);
    expect(ig.findPosts(doc.querySelector('ul._a9z6')!)).toEqual(items.slice(1));
    expect(ig.findPosts(doc.querySelector('form')!)).toEqual([]);
    expect(ig.findPosts(doc.querySelector('main')!)).toEqual(items);
  });

  it('answers empty on an empty page and odd URLs', () => {
    const doc = docOf('');
    expect(ig.findPosts(doc)).toEqual([]);
    expect(ig.focusedPost(doc, new URL('https://www.instagram.com/p/C9acme0001/'))).toBeNull();
    expect(ig.profileOf(new URL('https://www.instagram.com/acme/'), doc)).toEqual({
      handle: 'acme',
      name: '',
    });
    expect(ig.profileOf(new URL('https://example.com/acme/'), doc)).toBeNull();
    expect(ig.replyBoxes!.find(doc, FEED, null)).toEqual([]);
  });
});
