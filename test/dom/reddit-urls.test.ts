/**
 * Reddit URLs (lib/sites/reddit-urls.ts) and the adapter's URL answers, as tables of
 * example URLs: which pages are Reddit's, post pages, profiles, feeds.
 */
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../lib/sites/hosts';
import { redditAdapter } from '../../lib/sites/reddit';
import {
  canonicalPermalink,
  commentFullnameOf,
  postFullnameOf,
  userOf,
} from '../../lib/sites/reddit-urls';

/** A URL matches a pattern of SITE_MATCHES ("https://www.reddit.com/*"). */
const matchesPattern = (url: URL) =>
  SITE_MATCHES.reddit.some((pattern) => {
    const [scheme, rest] = pattern.split('://') as [string, string];
    const host = rest.slice(0, rest.indexOf('/'));
    return url.protocol === `${scheme}:` && url.host === host;
  });

describe('match', () => {
  it.each([
    'https://www.reddit.com/',
    'https://www.reddit.com/r/acme/comments/1h7k2xq/order/',
    'https://old.reddit.com/r/acme/',
    'https://www.reddit.com/user/jordan_lee/',
  ])('handles %s, as hosts.ts does', (href) => {
    const url = new URL(href);
    expect(redditAdapter.match(url)).toBe(true);
    expect(matchesPattern(url)).toBe(true);
  });

  it.each([
    'http://www.reddit.com/r/acme/',
    'https://www.reddit.com:8443/r/acme/',
    'https://reddit.com/r/acme/', // Reddit redirects it to www; the script does not run there
    'https://new.reddit.com/r/acme/',
    'https://sh.reddit.com/r/acme/',
    'https://www.reddit.com.evil.example/r/acme/',
    'https://x.com/home',
  ])('leaves %s alone, as hosts.ts does', (href) => {
    const url = new URL(href);
    expect(redditAdapter.match(url)).toBe(false);
    expect(matchesPattern(url)).toBe(false);
  });
});

describe('paths', () => {
  it.each([
    ['/r/acme/comments/1h7k2xq/order_4411_never_arrived/', 't3_1h7k2xq', null],
    ['/r/acme/comments/1h7k2xq/order_4411_never_arrived/m0abc12/', 't3_1h7k2xq', 't1_m0abc12'],
    ['/r/acme/comments/1h7k2xq/comment/m0abc12/', 't3_1h7k2xq', 't1_m0abc12'],
    ['/r/acme/comments/1h7k2xq', 't3_1h7k2xq', null],
    ['/comments/1H7K2XQ/', 't3_1h7k2xq', null],
    ['/user/AcmeMobile/comments/ad7acme1/switch/', 't3_ad7acme1', null],
    ['/r/acme/', null, null],
    ['/r/acme/comments/', null, null],
    ['/r/acme/wiki/comments/1h7k2xq/', null, null],
  ])('%s names post %s and comment %s', (path, post, comment) => {
    expect(postFullnameOf(path)).toBe(post);
    expect(commentFullnameOf(path)).toBe(comment);
  });

  it.each([
    ['/user/jordan_lee/', 'jordan_lee'],
    ['/u/jordan_lee', 'jordan_lee'],
    ['/user/Acme-Support/comments/', 'Acme-Support'],
    ['/user/', null],
    ['/r/acme/', null],
    ['/user/bad%20name/', null],
  ])('%s is the profile of %s', (path, user) => {
    expect(userOf(path)).toBe(user);
  });

  it.each([
    ['/r/acme/comments/1/x/?utm_source=share#c', 'https://www.reddit.com/r/acme/comments/1/x/'],
    ['https://old.reddit.com/r/acme/comments/1/x/', 'https://www.reddit.com/r/acme/comments/1/x/'],
    ['https://reddit.com/r/acme/', 'https://www.reddit.com/r/acme/'],
    ['https://evil.example/r/acme/', null],
    ['//evil.example/r/acme/', null],
    ['javascript:alert(1)', null],
    ['r/acme/relative', null],
    ['', null],
    [null, null],
  ])('the canonical link of %s is %s', (href, canonical) => {
    expect(canonicalPermalink(href)).toBe(canonical);
  });
});

describe('pages', () => {
  it.each([
    ['https://www.reddit.com/', true, false],
    ['https://www.reddit.com/new/', true, false],
    ['https://www.reddit.com/r/acme/', true, false],
    ['https://www.reddit.com/r/acme/top/?t=week', true, false],
    ['https://www.reddit.com/r/popular/', true, false],
    ['https://www.reddit.com/r/acme/comments/1h7k2xq/order/', true, true],
    ['https://old.reddit.com/r/acme/comments/1h7k2xq/order/m0abc12/', true, true],
    ['https://www.reddit.com/user/jordan_lee/', true, false],
    ['https://www.reddit.com/user/jordan_lee/comments/', true, false],
    ['https://www.reddit.com/settings/', false, false],
    ['https://www.reddit.com/message/inbox/', false, false],
    ['https://www.reddit.com/chat/', false, false],
    ['https://www.reddit.com/login/', false, false],
    ['https://www.reddit.com/r/acme/submit', false, false],
    ['https://www.reddit.com/user/jordan_lee/saved/', false, false],
    ['https://example.com/r/acme/', false, false],
  ])('%s: posts expected %s, post page %s', (href, expects, postPage) => {
    const url = new URL(href);
    expect(redditAdapter.expectsPosts(url)).toBe(expects);
    expect(redditAdapter.isPostPage(url)).toBe(postPage);
  });

  it('reads a profile from its URL: the username is its name; no follower count', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(
      redditAdapter.profileOf(new URL('https://www.reddit.com/user/jordan_lee/'), doc),
    ).toEqual({ handle: 'jordan_lee', name: 'jordan_lee', followers: null });
    expect(redditAdapter.profileOf(new URL('https://old.reddit.com/u/maria_k'), doc)?.handle).toBe(
      'maria_k',
    );
    expect(redditAdapter.profileOf(new URL('https://www.reddit.com/r/acme/'), doc)).toBeNull();
    expect(redditAdapter.profileOf(new URL('https://example.com/user/x/'), doc)).toBeNull();
  });
});
