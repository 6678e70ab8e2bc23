/**
 * Facebook's URLs as tables (lib/sites/facebook-urls.ts): which pages the adapter takes,
 * which links name a post, a comment or a profile, and the canonical permalinks built from
 * them without tracking parameters.
 */
import { describe, expect, it } from 'vitest';
import { facebookAdapter as fb } from '../../lib/sites/facebook';
import { commentRefOf, postRefOf, profileRefOf } from '../../lib/sites/facebook-urls';
import { SITE_MATCHES } from '../../lib/sites/hosts';

const FB = 'https://www.facebook.com';

/** Whether a URL falls under a WebExtension match pattern (https only, host and path glob). */
function matchesPattern(pattern: string, url: URL): boolean {
  const [, scheme, host, path] = /^(\w+):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const glob = (text: string) =>
    new RegExp(`^${text.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
  return (
    url.protocol === `${scheme}:` &&
    glob(host!).test(url.hostname) &&
    glob(path!).test(url.pathname + url.search)
  );
}

describe('match', () => {
  it.each([
    [`${FB}/`, true],
    [`${FB}/groups/acme/posts/1/`, true],
    ['https://web.facebook.com/acme', true],
    ['https://m.facebook.com/story.php?story_fbid=1&id=2', true],
    ['http://www.facebook.com/', false],
    ['https://facebook.com/', false],
    ['https://l.facebook.com/l.php?u=x', false],
    ['https://www.facebook.com.evil.example/', false],
    ['https://x.com/home', false],
    ['https://www.instagram.com/acme/', false],
  ])('%s → %s, as SITE_MATCHES says', (href, expected) => {
    const url = new URL(href);
    expect(fb.match(url)).toBe(expected);
    expect(SITE_MATCHES.facebook.some((pattern) => matchesPattern(pattern, url))).toBe(expected);
  });
});

it('takes the default port only, as the X adapter does (a match pattern allows any port)', () => {
  expect(fb.match(new URL('https://www.facebook.com:8443/'))).toBe(false);
});

describe('postRefOf', () => {
  it.each([
    [
      '/acme/posts/pfbid02Abc123defGHI456?__cft__[0]=AZ&__tn__=%2CO',
      'pfbid02Abc123defGHI456',
      `${FB}/acme/posts/pfbid02Abc123defGHI456`,
    ],
    [`${FB}/acme/posts/1122334455/`, '1122334455', `${FB}/acme/posts/1122334455`],
    [
      'https://m.facebook.com/groups/acmeowners/posts/77/?notif_id=1',
      '77',
      `${FB}/groups/acmeowners/posts/77/`,
    ],
    ['/groups/123456/permalink/88/', '88', `${FB}/groups/123456/posts/88/`],
    [
      '/groups/acmeowners/?multi_permalinks=99&ref=share',
      '99',
      `${FB}/groups/acmeowners/posts/99/`,
    ],
    [
      '/story.php?story_fbid=pfbid0Xyz12345678&id=100012345&__tn__=R',
      'pfbid0Xyz12345678',
      `${FB}/permalink.php?story_fbid=pfbid0Xyz12345678&id=100012345`,
    ],
    ['/permalink.php?id=5&story_fbid=6', '6', `${FB}/permalink.php?story_fbid=6&id=5`],
    ['/photo/?fbid=101&set=pcb.100', '101', `${FB}/photo/?fbid=101`],
    ['/photo.php?fbid=101', '101', `${FB}/photo/?fbid=101`],
    ['/acme/photos/a.555/101/?type=3', '101', `${FB}/photo/?fbid=101`],
    ['/acme/videos/772233/', '772233', `${FB}/watch/?v=772233`],
    ['/acme/videos/spring-launch/772233/', '772233', `${FB}/watch/?v=772233`],
    ['/watch/?v=772233&ref=sharing', '772233', `${FB}/watch/?v=772233`],
    ['/reel/998877/?s=ifu', '998877', `${FB}/reel/998877`],
  ])('%s → %s', (href, id, permalink) => {
    expect(postRefOf(href)).toEqual({ id, permalink });
  });

  it.each([
    ['#'],
    [''],
    ['/acme'],
    ['/acme/posts/'],
    ['/acme/posts/notanid'],
    ['/groups/acmeowners/'],
    ['/story.php?story_fbid=1'],
    ['/photo/?fbid=abc'],
    ['/watch/'],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fposts%2F1'],
    ['https://example.com/acme/posts/1'],
    ['javascript:alert(1)'],
  ])('%s names no post', (href) => {
    expect(postRefOf(href)).toBeNull();
  });

  // Plain hrefs are read without a URL parser (a fast path): whatever a parser would rewrite
  // must still be read as the parser reads it.
  it.each([
    ['/groups/../acme/posts/123', `${FB}/acme/posts/123`],
    ['/acme/./posts/123', `${FB}/acme/posts/123`],
    ['/acme/po%73ts/123', null],
    ['HTTPS://WWW.FACEBOOK.COM/acme/posts/123', `${FB}/acme/posts/123`],
    ['https://web.facebook.com/acme/posts/123?x=1', `${FB}/acme/posts/123`],
    ['//www.facebook.com/acme/posts/123', `${FB}/acme/posts/123`],
    ['https://www.facebook.com.evil.example/acme/posts/123', null],
    ['https://www.facebook.com@evil.example/acme/posts/123', null],
  ])('%s is read as a URL parser reads it', (href, permalink) => {
    expect(postRefOf(href)?.permalink ?? null).toBe(permalink);
  });
});

describe('commentRefOf', () => {
  it('reads the numeric ids of a time link, and the post it names', () => {
    expect(commentRefOf('/acme/posts/12?comment_id=34&__cft__[0]=AZ')).toEqual({
      id: '34',
      repliesTo: null,
      post: { id: '12', permalink: `${FB}/acme/posts/12` },
    });
    expect(commentRefOf('/acme/posts/12?comment_id=34&reply_comment_id=56')).toEqual({
      id: '56',
      repliesTo: '34',
      post: { id: '12', permalink: `${FB}/acme/posts/12` },
    });
  });

  it('decodes the base64 "comment:<post>_<comment>" of author links', () => {
    const encoded = encodeURIComponent(btoa('comment:1098765432100_551234567890123'));
    expect(commentRefOf(`/jane.doe.5?comment_id=${encoded}`)).toEqual({
      id: '551234567890123',
      repliesTo: null,
      post: null,
    });
  });

  it.each([
    ['/acme/posts/12'],
    ['/acme/posts/12?comment_id='],
    ['/acme/posts/12?comment_id=abc'],
    [`/jane?comment_id=${btoa('not a comment')}`],
    ['/jane?comment_id=%%%'],
  ])('%s names no comment', (href) => {
    expect(commentRefOf(href)).toBeNull();
  });
});

describe('profileRefOf', () => {
  it.each([
    ['/acme?__tn__=%3C', 'acme', `${FB}/acme`],
    [`${FB}/jane.doe.5/`, 'jane.doe.5', `${FB}/jane.doe.5`],
    [
      '/profile.php?id=100087654321098&comment_id=x',
      '100087654321098',
      `${FB}/profile.php?id=100087654321098`,
    ],
    ['/people/Jane-Doe/100012345/', '100012345', `${FB}/profile.php?id=100012345`],
    [
      '/groups/acmeowners/user/100012398765432/',
      '100012398765432',
      `${FB}/profile.php?id=100012398765432`,
    ],
    ['/100012345', '100012345', `${FB}/profile.php?id=100012345`],
  ])('%s → %s', (href, handle, profileUrl) => {
    expect(profileRefOf(href)).toEqual({ handle, profileUrl });
  });

  it.each([
    ['/'],
    ['/watch'],
    ['/groups/acmeowners/'],
    ['/acme/posts/12'],
    ['/acme/about'],
    ['/profile.php'],
    ['/profile.php?id=jane'],
    ['/home.php'],
    ['/hashtag/acme'],
    ['https://example.com/acme'],
  ])('%s is no profile link', (href) => {
    expect(profileRefOf(href)).toBeNull();
  });

  it('takes a profile tab when reading a profile page', () => {
    expect(profileRefOf(new URL(`${FB}/acme/about`), true)?.handle).toBe('acme');
    expect(profileRefOf(new URL(`${FB}/acme/about/more`), true)).toBeNull();
  });
});

describe('page kinds', () => {
  it.each([
    [`${FB}/`, true, false],
    [`${FB}/home.php`, true, false],
    [`${FB}/?sk=h_chr`, true, false],
    [`${FB}/groups/acmeowners/`, true, false],
    [`${FB}/groups/acmeowners/posts/77/`, true, true],
    [`${FB}/acme`, true, false],
    [`${FB}/acme/posts/pfbid02Abc123defGHI456`, true, true],
    [`${FB}/watch/?v=1`, true, true],
    [`${FB}/watch/`, true, false],
    [`${FB}/reel/998877`, true, true],
    [`${FB}/search/posts/?q=acme`, true, false],
    [`${FB}/messages/t/123`, false, false],
    [`${FB}/settings`, false, false],
    [`${FB}/login/`, false, false],
    [`${FB}/notifications`, false, false],
    [`${FB}/marketplace/`, false, false],
    [`${FB}/groups/`, false, false],
    ['https://x.com/home', false, false],
  ])('%s: expects posts %s, post page %s', (href, expects, postPage) => {
    const url = new URL(href);
    expect(fb.expectsPosts(url)).toBe(expects);
    expect(fb.isPostPage(url)).toBe(postPage);
    expect(fb.replyBoxes?.postPageId(url) !== null).toBe(postPage);
  });
});
