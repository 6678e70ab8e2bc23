/**
 * Counts as YouTube writes them (lib/sites/youtube-read.ts): only exact numbers are kept,
 * in any language; abbreviated ones ("1.2K", "1,2 Tsd.", "1.2万") are unknown, never guessed.
 */
import { describe, expect, it } from 'vitest';
import { countWithUnit, plainCount } from '../../lib/sites/youtube-read';

describe('plainCount (a shown like count)', () => {
  it.each([
    ['490', 490],
    [' 37 ', 37],
    ['1,234', 1234],
    ['1.234', 1234],
    ['12\u00a0345', 12345],
    ['1.2K', null],
    ['2,4 Tsd.', null],
    ['1.2万', null],
    ['', null],
    ['99999999999999999999', null],
  ])('%j -> %s', (text, count) => {
    expect(plainCount(text)).toBe(count);
  });
});

describe('countWithUnit (subscribers, views, comments)', () => {
  it.each([
    ['847 subscribers', 847],
    ['1 subscriber', 1],
    ['48,213 views', 48213],
    ['12.345 Aufrufe', 12345],
    ['1,482 Comments', 1482],
    ['12 345 abonnés', 12345],
    ['1.2K subscribers', null],
    ['1.2M subscribers', null],
    ['8,41 Tsd. Abonnenten', null],
    ['12 Mio. Abonnenten', null],
    ['1,2 M d’abonnés', null],
    ['12 万位订阅者', null],
    ['3 千 views', null],
    ['1,234 watching now', null],
    ['No views', null],
    [null, null],
  ])('%j -> %s', (text, count) => {
    expect(countWithUnit(text)).toBe(count);
  });
});
