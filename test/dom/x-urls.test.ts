/** URL matchers of the X adapter as tables of example URLs (style.md: matchers are pure). */
import { describe, expect, it } from 'vitest';
import { adapterFor, ADAPTERS, xAdapter } from '../../lib/sites';
import { profileHandleOf, statusOf, xPathOf } from '../../lib/sites/x-urls';

describe('match', () => {
  it.each([
    ['https://x.com/home', true],
    ['https://x.com/', true],
    ['https://twitter.com/acme/status/1', true],
    ['https://mobile.x.com/search?q=acme', true],
    ['https://X.COM/home', true], // URL lowercases the host
    ['http://x.com/home', false], // the content script runs on https only
    ['http://twitter.com/home', false],
    ['https://x.com:8443/home', false],
    ['https://notx.com/home', false],
    ['https://x.com.evil.test/home', false],
    ['https://evil.test/x.com/home', false],
    ['https://www.x.com.evil.test/', false],
    ['https://sub.x.com/home', false],
    ['https://mobile.twitter.com.evil.test/', false],
    ['https://t.co/abc', false],
    ['ftp://x.com/', false],
    ['https://user@evil.test/?x.com', false],
  ])('%s -> %s', (href, expected) => {
    expect(xAdapter.match(new URL(href))).toBe(expected);
  });
});

describe('adapterFor', () => {
  it('picks the X adapter for X pages and none elsewhere', () => {
    expect(adapterFor(new URL('https://x.com/acme'))).toBe(xAdapter);
    expect(adapterFor(new URL('https://example.com/'))).toBeNull();
    expect(ADAPTERS).toContain(xAdapter);
  });
});

describe('statusOf', () => {
  it.each([
    ['/acme/status/123', { handle: 'acme', id: '123' }],
    ['/acme/status/123/photo/1', { handle: 'acme', id: '123' }],
    ['/acme/status/123/analytics', { handle: 'acme', id: '123' }],
    ['/acme/status/123?s=20', { handle: 'acme', id: '123' }],
    ['https://x.com/Acme_1/status/9', { handle: 'Acme_1', id: '9' }],
    ['https://twitter.com/acme/statuses/77', { handle: 'acme', id: '77' }],
    ['/i/web/status/55', { handle: 'i', id: '55' }],
    ['/acme/status/12a', null],
    ['/acme/status/', null],
    ['/acme', null],
    ['/acme/statusx/1', null],
    ['https://evil.test/acme/status/1', null],
    ['//evil.test/acme/status/1', null],
    ['/a-b/status/1', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%s', (href, expected) => {
    expect(statusOf(href)).toEqual(expected);
  });
});

describe('profileHandleOf', () => {
  it.each([
    ['/acme', 'acme'],
    ['/acme/', 'acme'],
    ['/Acme_Support/with_replies', 'Acme_Support'],
    ['/acme/media', 'acme'],
    ['/acme/likes', 'acme'],
    ['/acme/verified_followers', 'acme'],
    ['https://x.com/acme', 'acme'],
    ['/acme?lang=de', 'acme'],
    ['/acme/status/1', null],
    ['/acme/with_replies/x', null],
    ['/acme/unknown_tab', null],
    ['/home', null],
    ['/HOME', null],
    ['/explore', null],
    ['/search', null],
    ['/notifications', null],
    ['/messages', null],
    ['/i/bookmarks', null],
    ['/settings/account', null],
    ['/compose/post', null],
    ['/hashtag/help', null],
    ['/a_name_much_longer_than_twenty', null],
    ['/', null],
    ['https://evil.test/acme', null],
  ])('%s', (href, expected) => {
    expect(profileHandleOf(href)).toBe(expected);
  });
});

describe('xPathOf', () => {
  it('reads relative and X-absolute hrefs and nothing else', () => {
    expect(xPathOf('/a/b?c#d')).toBe('/a/b');
    expect(xPathOf('https://www.x.com/a')).toBe('/a');
    expect(xPathOf('https://t.co/a')).toBeNull();
    expect(xPathOf('javascript:alert(1)')).toBeNull();
    expect(xPathOf(undefined)).toBeNull();
  });
});

describe('xAdapter.isPostPage', () => {
  it.each([
    ['https://x.com/dana/status/1850000000000000001', true],
    ['https://twitter.com/dana/status/1850000000000000001/photo/1', true],
    ['https://x.com/dana', false],
    ['https://x.com/home', false],
    ['https://example.com/dana/status/1', false],
  ])('%s → %s', (href, expected) => {
    expect(xAdapter.isPostPage(new URL(href))).toBe(expected);
  });
});
