/** URL matchers of the Instagram adapter as tables of example URLs (style.md: matchers are pure). */
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/sites';
import { SITE_MATCHES } from '../../lib/sites/hosts';
import { instagramAdapter as ig } from '../../lib/sites/instagram';
import {
  commentPermalink,
  commentRefOf,
  postRefOf,
  profileHandleOf,
} from '../../lib/sites/instagram-urls';

describe('match', () => {
  it.each([
    ['https://www.instagram.com/', true],
    ['https://www.instagram.com/p/C9acme0001/', true],
    ['https://WWW.INSTAGRAM.COM/acme/', true],
    ['https://instagram.com/', false], // not in SITE_MATCHES (Instagram redirects it to www)
    ['http://www.instagram.com/', false],
    ['https://www.instagram.com:8443/', false],
    ['https://m.instagram.com/', false],
    ['https://www.instagram.com.evil.test/', false],
    ['https://evil.test/www.instagram.com/', false],
    ['https://l.instagram.com/?u=x', false],
  ])('%s -> %s', (href, expected) => {
    expect(ig.match(new URL(href))).toBe(expected);
  });

  it('agrees with the match patterns of lib/sites/hosts.ts', () => {
    expect(SITE_MATCHES.instagram).toEqual(['https://www.instagram.com/*']);
    expect(adapterFor(new URL('https://www.instagram.com/reel/C9reel0002/'))).toBe(ig);
  });
});

describe('postRefOf', () => {
  it.each([
    ['/p/C9acme0001/', { kind: 'p', code: 'C9acme0001' }],
    ['/p/C9acme0001', { kind: 'p', code: 'C9acme0001' }],
    ['/reel/C9reel0002/?igsh=abc', { kind: 'reel', code: 'C9reel0002' }],
    ['/tv/B_old-Tv_1/', { kind: 'tv', code: 'B_old-Tv_1' }],
    ['https://www.instagram.com/p/C9acme0001/#x', { kind: 'p', code: 'C9acme0001' }],
    ['https://instagram.com/p/C9acme0001/', { kind: 'p', code: 'C9acme0001' }],
    ['/acme.support/p/C9acme0001/', { kind: 'p', code: 'C9acme0001' }],
    ['/p/C9acme0001/liked_by/', null],
    ['/p/C9acme0001/comments/', null],
    ['/p/C9acme0001/c/1790/', null],
    ['/p/', null],
    ['/explore/tags/p/', null],
    ['https://evil.test/p/C9acme0001/', null],
    ['http://www.instagram.com/p/C9acme0001/', null],
    [null, null],
  ])('%s -> %o', (href, expected) => {
    expect(postRefOf(href)).toEqual(expected);
  });
});

describe('commentRefOf and commentPermalink', () => {
  const post = { kind: 'p', code: 'C9acme0001' };
  it.each([
    ['/p/C9acme0001/c/17900000000000001/', { post, id: '17900000000000001', parentId: null }],
    ['/p/C9acme0001/c/179/r/180/', { post, id: '180', parentId: '179' }],
    [
      '/reel/C9reel0002/c/5/',
      { post: { kind: 'reel', code: 'C9reel0002' }, id: '5', parentId: null },
    ],
    ['/explore/tags/c/', null],
    ['/p/C9acme0001/c/abc/', null],
    ['/p/C9acme0001/', null],
  ])('%s -> %o', (href, expected) => {
    expect(commentRefOf(href)).toEqual(expected);
  });

  it('builds canonical links on www without the author prefix or tracking', () => {
    const reply = commentRefOf('https://instagram.com/acme/p/C9acme0001/c/179/r/180/?igsh=1')!;
    expect(commentPermalink(reply)).toBe('https://www.instagram.com/p/C9acme0001/c/179/r/180/');
  });
});

describe('profileHandleOf', () => {
  it.each([
    ['/acme.support/', 'acme.support'],
    ['/lee_at_home', 'lee_at_home'],
    ['https://www.instagram.com/Acme/', 'Acme'],
    ['/explore/', null],
    ['/direct/inbox/', null],
    ['/accounts/edit/', null],
    ['/reels/', null],
    ['/acme/tagged/', null],
    ['/has space/', null],
    ['/' + 'a'.repeat(31) + '/', null],
    ['https://evil.test/acme/', null],
  ])('%s -> %s', (href, expected) => {
    expect(profileHandleOf(href)).toBe(expected);
  });
});

describe('page kinds', () => {
  it.each([
    ['https://www.instagram.com/', false, true],
    ['https://www.instagram.com/p/C9acme0001/', true, true],
    ['https://www.instagram.com/reel/C9reel0002/', true, true],
    ['https://www.instagram.com/acme.support/p/C9acme0001/', true, true],
    ['https://www.instagram.com/acme.support/', false, false],
    ['https://www.instagram.com/explore/', false, false],
    ['https://www.instagram.com/direct/inbox/', false, false],
    ['https://www.instagram.com/accounts/login/', false, false],
    ['https://example.com/p/C9acme0001/', false, false],
  ])('%s: post page %s, expects posts %s', (href, postPage, expects) => {
    const url = new URL(href);
    expect(ig.isPostPage(url)).toBe(postPage);
    expect(ig.expectsPosts(url)).toBe(expects);
    expect(ig.replyBoxes?.postPageId(url)).toBe(postPage ? url.pathname.split('/').at(-2) : null);
  });
});
