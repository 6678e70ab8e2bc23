/** LinkedIn URLs and URNs (lib/sites/linkedin-urls.ts), as tables of examples. */
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../lib/sites/hosts';
import { linkedinAdapter as adapter } from '../../lib/sites/linkedin';
import {
  commentRefOf,
  handleOfHref,
  postPageRef,
  profileUrlOf,
  updateRefOf,
} from '../../lib/sites/linkedin-urls';

const u = (href: string) => new URL(href);

describe('match', () => {
  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/feed/update/urn:li:activity:7391000000000000101/',
    'https://www.linkedin.com/in/dana/',
    'https://www.linkedin.com/messaging/',
  ])('takes %s', (href) => expect(adapter.match(u(href))).toBe(true));

  it.each([
    'http://www.linkedin.com/feed/', // not https
    'https://linkedin.com/feed/', // the content script runs on www only
    'https://de.linkedin.com/feed/',
    'https://www.linkedin.com:8443/feed/',
    'https://www.linkedin.com.evil.example/feed/',
    'https://x.com/home',
  ])('refuses %s', (href) => expect(adapter.match(u(href))).toBe(false));

  it('agrees with the match patterns of lib/sites/hosts.ts', () => {
    expect(SITE_MATCHES.linkedin).toEqual(['https://www.linkedin.com/*']);
  });
});

describe('URNs', () => {
  it.each([
    ['urn:li:activity:7391000000000000101', { kind: 'activity', id: '7391000000000000101' }],
    ['/feed/update/urn%3Ali%3AugcPost%3A123/', { kind: 'ugcPost', id: '123' }],
    [
      'https://www.linkedin.com/feed/update/urn:li:share:9/?utm_source=x',
      { kind: 'share', id: '9' },
    ],
    ['urn:li:comment:(activity:1,2)', null], // a comment, not an update
    ['urn:li:activity:', null],
    ['urn:li:activityX:1', null],
    [null, null],
  ])('updateRefOf(%s)', (text, ref) => expect(updateRefOf(text)).toEqual(ref));

  it.each([
    ['urn:li:comment:(activity:7,8)', { update: { kind: 'activity', id: '7' }, id: '8' }],
    ['urn:li:comment:(urn:li:activity:7,8)', { update: { kind: 'activity', id: '7' }, id: '8' }],
    [
      'replaceableComment_urn:li:comment:(ugcPost:5,6)',
      { update: { kind: 'ugcPost', id: '5' }, id: '6' },
    ],
    ['urn%3Ali%3Acomment%3A(activity%3A7%2C8)', { update: { kind: 'activity', id: '7' }, id: '8' }],
    ['urn:li:comment:(activity:7)', null],
    ['urn:li:activity:7', null],
  ])('commentRefOf(%s)', (text, ref) => expect(commentRefOf(text)).toEqual(ref));
});

describe('post pages', () => {
  it.each([
    ['https://www.linkedin.com/feed/update/urn:li:activity:42/', { kind: 'activity', id: '42' }],
    [
      'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A42',
      { kind: 'activity', id: '42' },
    ],
    ['https://www.linkedin.com/feed/update/urn:li:ugcPost:43/', { kind: 'ugcPost', id: '43' }],
    [
      'https://www.linkedin.com/posts/dana-whitfield_acme-router-activity-7391000000000000101-AbCd/',
      { kind: 'activity', id: '7391000000000000101' },
    ],
    ['https://www.linkedin.com/feed/', null],
    ['https://www.linkedin.com/in/dana/', null],
    ['https://example.com/feed/update/urn:li:activity:42/', null],
  ])('postPageRef(%s)', (href, ref) => expect(postPageRef(u(href))).toEqual(ref));

  it('knows post pages, and the id a post page answers', () => {
    const page = u('https://www.linkedin.com/feed/update/urn:li:ugcPost:43/');
    expect(adapter.isPostPage(page)).toBe(true);
    expect(adapter.replyBoxes?.postPageId(page)).toBe('ugcPost:43');
    expect(adapter.isPostPage(u('https://www.linkedin.com/feed/'))).toBe(false);
    expect(adapter.replyBoxes?.postPageId(u('https://www.linkedin.com/feed/'))).toBeNull();
  });
});

describe('handles', () => {
  it.each([
    [
      'https://www.linkedin.com/in/dana-whitfield-4b2a1?miniProfileUrn=urn%3Ali%3Afs',
      'dana-whitfield-4b2a1',
    ],
    ['/in/Marcus-Lee-77/', 'marcus-lee-77'],
    ['/in/%C3%A9lodie-martin/recent-activity/', 'élodie-martin'],
    ['https://www.linkedin.com/company/acme/posts', 'company/acme'],
    ['/company/acme-support/', 'company/acme-support'],
    ['https://www.linkedin.com/feed/', null],
    ['/in/', null],
    ['https://evil.example/in/dana/', null],
    ['javascript:alert(1)', null],
    [`/in/${'a'.repeat(95)}/`, null],
  ])('handleOfHref(%s)', (href, handle) => expect(handleOfHref(href)).toBe(handle));

  it('makes canonical profile URLs for people and pages', () => {
    expect(profileUrlOf('élodie-martin')).toBe('https://www.linkedin.com/in/%C3%A9lodie-martin/');
    expect(profileUrlOf('company/acme')).toBe('https://www.linkedin.com/company/acme/');
  });
});

describe('pages that show posts', () => {
  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/feed/update/urn:li:activity:42/',
    'https://www.linkedin.com/feed/hashtag/acme/',
    'https://www.linkedin.com/posts/dana_acme-activity-42-AbCd',
    'https://www.linkedin.com/in/dana/recent-activity/all/',
    'https://www.linkedin.com/company/acme/posts/',
    'https://www.linkedin.com/search/results/content/?keywords=acme',
    'https://www.linkedin.com/groups/12345/',
  ])('expects posts on %s', (href) => expect(adapter.expectsPosts(u(href))).toBe(true));

  it.each([
    'https://www.linkedin.com/messaging/',
    'https://www.linkedin.com/mypreferences/d/categories/account',
    'https://www.linkedin.com/login',
    'https://www.linkedin.com/jobs/',
    'https://www.linkedin.com/in/dana/',
    'https://x.com/home',
  ])('expects none on %s', (href) => expect(adapter.expectsPosts(u(href))).toBe(false));
});
