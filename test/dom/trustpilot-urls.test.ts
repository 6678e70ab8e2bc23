/** URL matchers and readers of the Trustpilot adapter as tables of example URLs. */
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/sites';
import { trustpilotAdapter as tp } from '../../lib/sites/trustpilot';
import { starsInText } from '../../lib/sites/trustpilot-read';
import { companyOf, reviewIdOf, userIdOf } from '../../lib/sites/trustpilot-urls';

describe('match (as lib/sites/hosts.ts: www and every subdomain, https only)', () => {
  it.each([
    ['https://www.trustpilot.com/review/acme.example', true],
    ['https://de.trustpilot.com/review/acme.example', true],
    ['https://trustpilot.com/', true],
    ['http://www.trustpilot.com/', false],
    ['https://www.trustpilot.com:444/', false],
    ['https://trustpilot.com.evil.test/', false],
    ['https://evilTrustpilot.com/', false],
    ['https://evil.test/www.trustpilot.com/', false],
  ])('%s -> %s', (href, expected) => {
    expect(tp.match(new URL(href))).toBe(expected);
  });

  it('is the adapter for its pages', () => {
    expect(adapterFor(new URL('https://uk.trustpilot.com/review/acme.example'))).toBe(tp);
  });
});

describe('paths', () => {
  it.each([
    ['/reviews/6752a1b2c3d4e5f60718293a', '6752a1b2c3d4e5f60718293a'],
    [
      'https://de.trustpilot.com/reviews/6752a1b2c3d4e5f60718293a?utm=1',
      '6752a1b2c3d4e5f60718293a',
    ],
    ['/reviews/6752a1b2c3d4e5f60718293a/report', null],
    ['/reviews/short', null],
    ['/review/acme.example', null],
    ['https://evil.test/reviews/6752a1b2c3d4e5f60718293a', null],
  ])('reviewIdOf(%s) -> %s', (href, expected) => {
    expect(reviewIdOf(href)).toBe(expected);
  });

  it.each([
    ['/users/64f0c0ffee1234567890abcd', '64f0c0ffee1234567890abcd'],
    ['/users/connect?redirect=%2F', null],
  ])('userIdOf(%s) -> %s', (href, expected) => {
    expect(userIdOf(href)).toBe(expected);
  });

  it.each([
    ['/review/acme.example', 'acme.example'],
    ['/review/www.Acme.example?page=2', 'www.acme.example'],
    ['/review/acme', null],
    ['/reviews/6752a1b2c3d4e5f60718293a', null],
  ])('companyOf(%s) -> %s', (href, expected) => {
    expect(companyOf(href)).toBe(expected);
  });
});

describe('page kinds', () => {
  it.each([
    ['https://www.trustpilot.com/review/acme.example', false, true],
    ['https://www.trustpilot.com/reviews/6752a1b2c3d4e5f60718293a', true, true],
    ['https://www.trustpilot.com/users/64f0c0ffee1234567890abcd', false, false],
    ['https://www.trustpilot.com/categories', false, false],
    ['https://business.trustpilot.com/', false, false],
  ])('%s: review page %s, expects reviews %s', (href, postPage, expects) => {
    expect(tp.isPostPage(new URL(href))).toBe(postPage);
    expect(tp.expectsPosts(new URL(href))).toBe(expects);
  });

  it("reads a reviewer's page by its id and heading", () => {
    const doc = new DOMParser().parseFromString(
      '<main><h1> Jane  Cooper </h1></main>',
      'text/html',
    );
    expect(
      tp.profileOf(new URL('https://www.trustpilot.com/users/64f0c0ffee1234567890abcd'), doc),
    ).toEqual({
      handle: '64f0c0ffee1234567890abcd',
      name: 'Jane Cooper',
      followers: null,
    });
  });
});

describe('starsInText (localised alt texts)', () => {
  it.each([
    ['Rated 4 out of 5 stars', 4],
    ['Rated 5 out of 5 stars', 5],
    ['Bewertet mit 2 von 5 Sternen', 2],
    ['5つ星のうち3', 3],
    ['Noté 1 sur 5 étoiles', 1],
    ['4', 4],
    ['Rated 7 out of 9', null],
    ['TrustScore', null],
    ['1 2 3', null],
  ])('%s -> %s', (alt, expected) => {
    expect(starsInText(alt)).toBe(expected);
  });
});
