import { describe, expect, it } from 'vitest';
import { MAX_SCANNED_CHARS, foldText } from '@/lib/listening/fold';
import { compileWatchList, type WatchList } from '@/lib/listening/watch-list';
import { EMPTY_WATCH_LIST, WatchListSchema } from '@/lib/listening/watch-list-schema';

const list = (over: Partial<WatchList>): WatchList => ({ ...EMPTY_WATCH_LIST, ...over });
const terms = (l: Partial<WatchList>, text: string, author?: string) =>
  compileWatchList(list(l))(text, author).terms;

describe('foldText', () => {
  it('folds width, styled letters, case, ß, accents and invisible characters', () => {
    expect(foldText('ＡＣＭＥ')).toBe('acme');
    expect(foldText('𝐀𝐜𝐦𝐞')).toBe('acme');
    expect(foldText('STRASSE Straße')).toBe('strasse strasse');
    expect(foldText('Café CRÈME')).toBe('cafe creme');
    expect(foldText('ac\u200Bme\u200F \u202Eco\u00ADrp')).toBe('acme corp');
    expect(foldText('Acme’s  \n new')).toBe("acme's new");
  });

  it('keeps the marks that carry letters in other scripts', () => {
    expect(foldText('हिंदी')).toBe('हिंदी');
  });

  it('reads only the start of a huge text', () => {
    expect(foldText('a'.repeat(1_000_000)).length).toBe(MAX_SCANNED_CHARS);
  });
});

describe('compileWatchList', () => {
  it('matches a brand case- and accent-insensitively, as the list spells it', () => {
    expect(terms({ brands: ['Acme'] }, 'ACME did it again')).toEqual(['Acme']);
    expect(terms({ brands: ['Café Lumo'] }, 'coffee at cafe lumo')).toEqual(['Café Lumo']);
    expect(terms({ brands: ['cafe lumo'] }, 'coffee at CAFÉ LUMO')).toEqual(['cafe lumo']);
  });

  it('matches whole words only, hashtags, mentions and possessives included', () => {
    const brand = { brands: ['acme'] };
    for (const text of ['#acme rocks', 'hey @acme', "Acme's support", 'acme.', '(acme)', 'acme']) {
      expect(terms(brand, text), text).toEqual(['acme']);
    }
    for (const text of ['acmeville', 'the acmes', 'x_acme', '@acme_support', 'acmé2', 'nacme']) {
      expect(terms(brand, text), text).toEqual([]);
    }
  });

  it('matches phrases across any white space, and prefers the longer of two terms', () => {
    const l = { products: ['Acme Anvil', 'Acme'] };
    expect(terms(l, 'my acme\n  anvil broke')).toEqual(['Acme Anvil']);
    expect(terms(l, 'acme anvils are heavy')).toEqual(['Acme']);
    expect(terms(l, 'acme and an anvil')).toEqual(['Acme']);
  });

  it('finds handles as @mentions and as the author, with or without "@" in the list', () => {
    const l = { handles: ['@AcmeSupport', 'acme'] };
    expect(terms(l, 'thanks @acmesupport!')).toEqual(['@acmesupport']);
    expect(terms(l, 'acmesupport without the at')).toEqual([]);
    expect(terms(l, 'nothing here', 'ACME')).toEqual(['@acme']);
    expect(terms(l, 'nothing here', '@acme')).toEqual(['@acme']);
    expect(terms(l, '@acme said so', 'acme')).toEqual(['@acme']);
    expect(terms(l, 'nothing here', 'acme_fan')).toEqual([]);
  });

  it('lets an exclusion veto the post, and says which', () => {
    const matcher = compileWatchList(
      list({ brands: ['Acme'], exclusions: ['acme anvil museum', 'Road Runner'] }),
    );
    expect(matcher('Visiting the ACME Anvil Museum today')).toEqual({
      matched: false,
      terms: [],
      excludedBy: ['acme anvil museum'],
    });
    expect(matcher('My Acme anvil broke')).toEqual({
      matched: true,
      terms: ['Acme'],
      excludedBy: [],
    });
    expect(matcher('acme roadrunner cartoons').matched).toBe(true);
  });

  it('treats regex metacharacters in terms as plain text', () => {
    const l = { keywords: ['C++', 'a.b', '(beta)', 'x|y', '[sale]', 'what?', '$5', 'a\\b'] };
    expect(terms(l, 'learning C++ today')).toEqual(['C++']);
    expect(terms(l, 'aXb and x or y, sale, what')).toEqual([]);
    expect(terms(l, 'a.b (beta) x|y [sale] what? $5 a\\b')).toEqual([
      'a.b',
      '(beta)',
      'x|y',
      '[sale]',
      'what?',
      '$5',
      'a\\b',
    ]);
  });

  it('never matches with an empty list, or one whose terms fold to nothing', () => {
    const empty = compileWatchList(EMPTY_WATCH_LIST);
    expect(empty('acme anything', 'acme')).toEqual({ matched: false, terms: [], excludedBy: [] });
    expect(compileWatchList(list({ brands: ['   ', '\u200B'] }))('   ').matched).toBe(false);
    expect(compileWatchList(list({ brands: ['acme'] }))('').matched).toBe(false);
  });

  it('copes with odd Unicode: zero-width joins, RTL marks, emoji, scripts without spaces', () => {
    expect(terms({ brands: ['acme'] }, 'a\u200Dc\u200Cm\u200Be rocks')).toEqual(['acme']);
    expect(terms({ brands: ['אקמי'] }, '\u200Fאני אוהב את אקמי!\u200E')).toEqual(['אקמי']);
    expect(terms({ keywords: ['🍔'] }, 'best 🍔 in town')).toEqual(['🍔']);
    expect(terms({ brands: ['アクメ'] }, 'アクメが好きです')).toEqual(['アクメ']);
    expect(terms({ brands: ['acme'] }, '\uD800acme\uDFFF')).toEqual(['acme']);
  });

  it('reads only the first 10,000 characters of a huge post', () => {
    const matcher = compileWatchList(list({ brands: ['acme'] }));
    const filler = 'x '.repeat(500_000);
    expect(matcher(`acme ${filler}`).matched).toBe(true);
    expect(matcher(`${filler} acme`).matched).toBe(false);
    // A text that almost matches a long term at every position: no backtracking blow-up.
    const long = compileWatchList(list({ keywords: [`${'a'.repeat(99)}b`] }));
    expect(long('a'.repeat(1_000_000)).matched).toBe(false);
  });

  it('finds each of many terms with one pattern', () => {
    const many = Array.from({ length: 500 }, (_, i) => `brand${i}`);
    const matcher = compileWatchList(list({ brands: many }));
    expect(matcher('brand7 meets brand499 and brand5000').terms).toEqual(['brand7', 'brand499']);
  });
});

describe('WatchListSchema', () => {
  it('fills missing lists and trims terms', () => {
    expect(WatchListSchema.parse({ brands: ['  Acme '] })).toEqual({
      brands: ['Acme'],
      handles: [],
      products: [],
      keywords: [],
      exclusions: [],
    });
  });

  it('refuses empty or invisible terms, bad handles and oversized lists', () => {
    expect(WatchListSchema.safeParse({ brands: [''] }).success).toBe(false);
    expect(WatchListSchema.safeParse({ keywords: ['\u200B\u200B'] }).success).toBe(false);
    expect(WatchListSchema.safeParse({ handles: ['acme support'] }).success).toBe(false);
    expect(WatchListSchema.safeParse({ handles: ['@acme.support_1'] }).success).toBe(true);
    expect(WatchListSchema.safeParse({ brands: ['x'.repeat(101)] }).success).toBe(false);
    const tooMany = Array.from({ length: 501 }, (_, i) => `t${i}`);
    expect(WatchListSchema.safeParse({ keywords: tooMany }).success).toBe(false);
  });
});
