/** lib/sites/read.ts, the readers every adapter shares: selector lists, lang tags, URLs. */
import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../lib/sites/limits';
import { any, languageTag, webUrl, type Alternatives } from '../../lib/sites/read';
import * as FB from '../../lib/sites/facebook-selectors';
import * as IG from '../../lib/sites/instagram-selectors';
import * as LI from '../../lib/sites/linkedin-selectors';
import * as R from '../../lib/sites/reddit-selectors';
import * as T from '../../lib/sites/trustpilot-selectors';
import * as X from '../../lib/sites/x-selectors';
import * as Y from '../../lib/sites/youtube-selectors';

describe('any', () => {
  it.each<[Alternatives, string]>([
    [['a'], 'a'],
    [
      ['article[data-testid="tweet"]', 'article[role="article"]'],
      'article[data-testid="tweet"], article[role="article"]',
    ],
    [['shreddit-post', 'shreddit-ad-post', '.thing'], 'shreddit-post, shreddit-ad-post, .thing'],
    [[], ''],
  ])('%j -> %j', (alternatives, selector) => {
    expect(any(alternatives)).toBe(selector);
  });

  it('joins each list once and gives the same string again', () => {
    const join = vi.fn(Array.prototype.join);
    const alternatives: Alternatives = Object.assign(['a[href]', 'button'], { join });
    const joined = any(alternatives);
    expect(joined).toBe('a[href], button');
    expect(any(alternatives)).toBe(joined);
    expect(any(alternatives)).toBe(joined);
    expect(join).toHaveBeenCalledTimes(1);
    // A new list with the same alternatives is a list of its own: joined on its first use.
    expect(any([...alternatives])).toBe(joined);
  });

  it.each([FB, IG, LI, R, T, X, Y])('is the one every site re-exports (%#)', (site) => {
    expect(site.any).toBe(any);
  });

  it("joins a site's own lists", () => {
    expect(X.any(X.POST)).toBe(X.POST.join(', '));
  });
});

describe('languageTag', () => {
  it.each<[string | null | undefined, string | null]>([
    ['en', 'en'],
    ['de-DE', 'de-DE'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['sr-Latn', 'sr-Latn'],
    ['es-419', 'es-419'],
    ['und', 'und'], // a valid shape; X drops its own "no language" codes after
    ['  fr-CA \n', 'fr-CA'], // trimmed first
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
    ['e', null], // too short a primary subtag
    ['toolongprimary', null], // subtags are at most 8 characters
    ['123', null],
    ['en_US', null],
    ['en-', null],
    ['-en', null],
    ['en US', null],
    ['en-US-toolongsubtag', null],
    ['<script>', null],
  ])('%j -> %j', (value, tag) => {
    expect(languageTag(value)).toBe(tag);
  });

  it('keeps a valid tag up to the limit, and refuses a longer one', () => {
    // "ab-a-a-…" (or "abc-a-…" for an odd length): a valid shape of any length.
    const tagOf = (length: number) =>
      (length % 2 ? 'abc' : 'ab') + '-a'.repeat((length - (length % 2 ? 3 : 2)) / 2);
    const atLimit = tagOf(LIMITS.language);
    expect(atLimit).toHaveLength(LIMITS.language);
    expect(languageTag(atLimit)).toBe(atLimit);
    const tooLong = tagOf(LIMITS.language + 1);
    expect(tooLong).toHaveLength(LIMITS.language + 1);
    expect(languageTag(tooLong)).toBeNull();
  });
});

describe('webUrl', () => {
  const long = (origin: string, length: number) =>
    `${origin}/${'a'.repeat(length - origin.length - 1)}`;

  it.each<[string | null | undefined, string | null, string | null]>([
    // value, http(s), https only
    ['https://pbs.twimg.com/a.jpg', 'https://pbs.twimg.com/a.jpg', 'https://pbs.twimg.com/a.jpg'],
    ['HTTPS://EXAMPLE.COM/A.PNG', 'HTTPS://EXAMPLE.COM/A.PNG', 'HTTPS://EXAMPLE.COM/A.PNG'],
    ['http://example.com/a.png', 'http://example.com/a.png', null],
    ['https://example.com/a b.png', null, null], // whitespace: not a URL we keep
    ['https://example.com/a.png\n', null, null],
    [' https://example.com/a.png', null, null],
    ['https://example.com/\ta.png', null, null],
    ['javascript:alert(1)', null, null],
    ['JavaScript:alert(1)//https://x', null, null],
    ['data:image/png;base64,iVBORw0KGgo=', null, null],
    ['blob:https://example.com/1', null, null],
    ['//example.com/a.png', null, null],
    ['/a.png', null, null],
    ['ftp://example.com/a.png', null, null],
    ['https://', null, null],
    ['', null, null],
    [null, null, null],
    [undefined, null, null],
  ])('%j -> %j (https only: %j)', (value, url, httpsUrl) => {
    expect(webUrl(value)).toBe(url);
    expect(webUrl(value, {})).toBe(url);
    expect(webUrl(value, { httpsOnly: false })).toBe(url);
    expect(webUrl(value, { httpsOnly: true })).toBe(httpsUrl);
  });

  it('keeps a URL up to the limit, and refuses a longer one', () => {
    const atLimit = long('https://example.com', LIMITS.url);
    expect(atLimit).toHaveLength(LIMITS.url);
    expect(webUrl(atLimit)).toBe(atLimit);
    expect(webUrl(atLimit, { httpsOnly: true })).toBe(atLimit);
    const tooLong = long('https://example.com', LIMITS.url + 1);
    expect(webUrl(tooLong)).toBeNull();
    expect(webUrl(tooLong, { httpsOnly: true })).toBeNull();
    expect(webUrl(long('http://example.com', LIMITS.url + 1))).toBeNull();
  });
});
