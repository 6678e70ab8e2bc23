/**
 * URLs on YouTube (lib/sites/youtube-urls.ts) as tables of examples, and the adapter's
 * match() against the content script's match patterns (lib/sites/hosts.ts).
 */
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../lib/sites/hosts';
import { youtubeAdapter } from '../../lib/sites/youtube';
import {
  channelOf,
  commentRefOf,
  commentUrl,
  highlightedCommentOf,
  videoIdOf,
  watchUrl,
} from '../../lib/sites/youtube-urls';

describe('videoIdOf', () => {
  it.each([
    ['https://www.youtube.com/watch?v=acmeX2Rev01', 'acmeX2Rev01'],
    ['https://www.youtube.com/watch?v=acme-X2_v01&t=42s&pp=abc', 'acme-X2_v01'],
    ['https://www.youtube.com/shorts/acmeShort01', 'acmeShort01'],
    ['https://www.youtube.com/shorts/acmeShort01/', 'acmeShort01'],
    ['https://www.youtube.com/live/acmeLive001?si=x', 'acmeLive001'],
    ['https://www.youtube.com/watch?v=tooShort', null],
    ['https://www.youtube.com/watch?v=acmeX2Rev01x', null],
    ['https://www.youtube.com/watch', null],
    ['https://www.youtube.com/embed/acmeX2Rev01', null],
    ['https://www.youtube.com/shorts/acmeShort01/extra', null],
  ])('%s -> %s', (href, id) => {
    expect(videoIdOf(new URL(href))).toBe(id);
  });
});

describe('commentRefOf (the link under a comment’s time)', () => {
  it.each([
    [
      '/watch?v=acmeX2Rev01&lc=UgzPinDanaX2update1AaABAg',
      'acmeX2Rev01',
      'UgzPinDanaX2update1AaABAg',
    ],
    [
      'https://www.youtube.com/watch?v=acmeX2Rev01&lc=Ugw2MarkWifiDrops02AaABAg.9zAcmeReplyPriya0001x',
      'acmeX2Rev01',
      'Ugw2MarkWifiDrops02AaABAg.9zAcmeReplyPriya0001x',
    ],
    ['/shorts/acmeShort01?lc=UgxShortsRita00001AaABAg', 'acmeShort01', 'UgxShortsRita00001AaABAg'],
    // A community post's comment: no video, the id still counts.
    ['/post/UgkxAcmePost?lc=UgxPostComment0001AaABAg', null, 'UgxPostComment0001AaABAg'],
  ])('%s', (href, videoId, commentId) => {
    expect(commentRefOf(href)).toEqual({ videoId, commentId });
  });

  it.each([
    null,
    '',
    '/watch?v=acmeX2Rev01',
    '/watch?v=acmeX2Rev01&lc=',
    '/watch?v=acmeX2Rev01&lc=..%2Fevil',
    '/watch?v=acmeX2Rev01&lc=a.b.c.d',
    'https://evil.test/watch?v=acmeX2Rev01&lc=UgzPinDanaX2update1AaABAg',
    'javascript:alert(1)//?lc=UgzPinDanaX2update1AaABAg',
  ])('refuses %s', (href) => {
    expect(commentRefOf(href)).toBeNull();
  });

  // Plain relative watch links are read without a URL parser (every comment has one):
  // the answer must be what the parser gives, for odd queries as well as plain ones.
  it.each([
    '/watch?v=acmeX2Rev01&lc=UgzPinDanaX2update1AaABAg',
    '/watch?lc=UgzPinDanaX2update1AaABAg&v=acmeX2Rev01&t=42s',
    '/watch?lc=UgzPinDanaX2update1AaABAg&lc=UgwSecondOne000001AaABAg',
    '/watch?v=acmeX2Rev01&v=acmeOther01&lc=UgzPinDanaX2update1AaABAg',
    '/watch?v=short&lc=UgzPinDanaX2update1AaABAg',
    '/watch?v&lc=UgzPinDanaX2update1AaABAg',
    '/watch?&&lc=UgzPinDanaX2update1AaABAg&',
    '/watch?=x&lc=UgzPinDanaX2update1AaABAg',
    '/watch?lc=Ugz=PinDanaX2update1AaABAg',
    '/watch?lc=UgzPinDanaX2update1AaABAg.',
    '/watch?v=acmeX2Rev01&lc=UgzPin%44anaX2update1AaABAg',
    '/watch?v=acmeX2Rev01&lc=UgzPin+DanaX2update1AaABAg',
    '/watch?v=acmeX2Rev01&lc=UgzPinDanaX2update1AaABAg#x',
    '/watch?v=acmeX2Rev01&l%63=UgzPinDanaX2update1AaABAg',
    '/watch/?v=acmeX2Rev01&lc=UgzPinDanaX2update1AaABAg',
  ])('reads %s as a URL parser does', (href) => {
    const url = new URL(href, 'https://www.youtube.com');
    const lc = url.searchParams.get('lc') ?? '';
    const parsed = /^[A-Za-z0-9_-]{8,64}(?:\.[A-Za-z0-9_-]{8,64})?$/.test(lc)
      ? { videoId: videoIdOf(url), commentId: lc }
      : null;
    expect(commentRefOf(href)).toEqual(parsed);
  });

  it('reads the highlighted comment of a page, and builds canonical links', () => {
    const url = new URL('https://www.youtube.com/watch?v=acmeX2Rev01&lc=UgzPinDanaX2update1AaABAg');
    expect(highlightedCommentOf(url)).toBe('UgzPinDanaX2update1AaABAg');
    expect(highlightedCommentOf(new URL('https://www.youtube.com/watch?v=acmeX2Rev01'))).toBeNull();
    expect(watchUrl('acmeX2Rev01')).toBe('https://www.youtube.com/watch?v=acmeX2Rev01');
    expect(commentUrl('acmeX2Rev01', 'Ugw.9z')).toBe(
      'https://www.youtube.com/watch?v=acmeX2Rev01&lc=Ugw.9z',
    );
  });
});

describe('channelOf (the handle of a channel link)', () => {
  it.each([
    ['/@AcmeSupport', 'AcmeSupport', 'https://www.youtube.com/@AcmeSupport'],
    ['/@jo.wang-88/videos', 'jo.wang-88', 'https://www.youtube.com/@jo.wang-88'],
    [
      'https://www.youtube.com/@AcmeSupport?si=x',
      'AcmeSupport',
      'https://www.youtube.com/@AcmeSupport',
    ],
    ['/@%C3%84rger_Max', 'Ärger_Max', 'https://www.youtube.com/@%C3%84rger_Max'],
    [
      '/channel/UCsamRivera0000000000001',
      'UCsamRivera0000000000001',
      'https://www.youtube.com/channel/UCsamRivera0000000000001',
    ],
  ])('%s', (href, handle, profileUrl) => {
    expect(channelOf(href)).toEqual({ handle, profileUrl });
  });

  it.each([
    null,
    '/@',
    '/@ab',
    '/@has%20space',
    '/@bad%E0%A4',
    '/channel/UCshort',
    '/c/AcmeLegacy',
    '/user/acme',
    '/watch?v=acmeX2Rev01',
    'javascript:alert(1)',
    'https://evil.test/@AcmeSupport',
  ])('refuses %s', (href) => {
    expect(channelOf(href)).toBeNull();
  });
});

describe('match()', () => {
  it('agrees with the content script’s match patterns (lib/sites/hosts.ts)', () => {
    for (const pattern of SITE_MATCHES.youtube) {
      const host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
      expect(host, pattern).toBeDefined();
      expect(youtubeAdapter.match(new URL(`https://${host}/watch?v=acmeX2Rev01`))).toBe(true);
      expect(youtubeAdapter.match(new URL(`http://${host}/watch?v=acmeX2Rev01`))).toBe(false);
    }
    expect(SITE_MATCHES.youtube).toHaveLength(2);
  });
});
