import { describe, expect, it } from 'vitest';
import {
  createSimilarIndex,
  documentOf,
  findSimilar,
  rankSimilar,
  SIMILAR_THRESHOLD,
  termsOf,
  type SimilarSource,
} from '@/lib/cases/similar';

let next = 0;
const post = (text: string, extra: Partial<SimilarSource> = {}): SimilarSource => ({
  id: `c${++next}`,
  title: text.replace(/\s+/g, ' ').slice(0, 80),
  text,
  tags: [],
  ...extra,
});

// A desk's open cases: three problems told in different words, and unrelated posts.
const outage = [
  post('No signal at all in Austin since this morning. Is this an outage? @AcmeMobile #AcmeDown'),
  post('No signal at all in Dallas since this morning. Is this an outage? @AcmeMobile #AcmeDown'),
];
const billing = [
  post(
    'Charged twice for my March bill 😡 $84.99 x2 and the app says "no issues found". I want a refund, not a chatbot. @AcmeMobile',
  ),
  post('I was charged twice this month, refund please @AcmeSupport'),
];
const login = [
  post("Can't log in to the app since the update, login error every time @AcmeSupport"),
  post('Login error after the latest app update, cannot sign in @AcmeSupport'),
  post('The app keeps crashing on login since yesterday’s update'),
];
const unrelated = [
  post('Honestly the Austin Acme store staff were great today ❤️ @AcmeMobile'),
  post('@AcmeSupport my order #4411 never arrived. Tracking says "out for delivery" since Monday'),
  post('Three days without working voicemail on @AcmeMobile. Support says it is "escalated"'),
  post('Quick question @AcmeSupport: does the Unlimited plan include roaming in Canada?'),
  post('Huge thanks to @AcmeSupport for sorting my Acme Pixel replacement so fast 🎉'),
  post('My Acme Pixel has been “in repair” for 14 days. Ticket #A-4412. Any news?'),
];
const desk = [...outage, ...billing, ...login, ...unrelated];
const ids = (matches: { id: string }[]) => matches.map((m) => m.id);

describe('similar open cases', () => {
  it('finds the posts about the same problem, told in other words', () => {
    expect(ids(findSimilar(outage[0]!, desk))).toEqual([outage[1]!.id]);
    expect(ids(findSimilar(billing[1]!, desk))).toEqual([billing[0]!.id]);
    expect(ids(findSimilar(login[0]!, desk)).sort()).toEqual([login[1]!.id, login[2]!.id].sort());
  });

  it('finds a short post contained in a long one, both ways', () => {
    // The long post has many words of its own; the short one is all about its problem.
    expect(ids(findSimilar(billing[0]!, desk))).toEqual([billing[1]!.id]);
  });

  it('does not group unrelated posts, even when they share a place or the brand', () => {
    for (const target of unrelated) expect(findSimilar(target, desk)).toEqual([]);
    // "Austin" and "Acme" in common is not the same problem.
    expect(ids(findSimilar(unrelated[0]!, desk))).not.toContain(outage[0]!.id);
  });

  it('says why: the words they share, without filler words, handles or links', () => {
    const [match] = findSimilar(outage[0]!, desk);
    expect(match!.shared).toEqual(['signal', 'morning', 'outage', 'acmedown']);
    expect(match!.score).toBeGreaterThanOrEqual(SIMILAR_THRESHOLD);
    expect(match!.score).toBeLessThanOrEqual(1);
    expect(termsOf('@AcmeSupport Hi, please help! https://t.co/x1 Still no refund')).toEqual([
      'refund',
    ]);
  });

  it('offers nothing below the threshold, and orders what it offers by score', () => {
    expect(findSimilar(billing[1]!, desk, { threshold: 0.99 })).toEqual([]);
    // Some pairs share two words but not the problem: without a threshold they show.
    const weak = desk.flatMap((target) =>
      findSimilar(target, desk, { threshold: 0 }).filter((m) => m.score < SIMILAR_THRESHOLD),
    );
    expect(weak.length).toBeGreaterThan(0);
    for (const target of desk) {
      const offered = findSimilar(target, desk);
      const scores = offered.map((m) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(offered.every((m) => !weak.some((w) => w === m))).toBe(true);
    }
  });

  it('still groups in an incident, when most open cases say the same', () => {
    // BM25 gives words that nearly every case has almost no weight; the overlap of words
    // keeps them together.
    const cities = ['Austin', 'Dallas', 'Phoenix', 'Denver', 'Boston', 'Miami', 'Seattle'];
    const incident = Array.from({ length: 300 }, (_, i) =>
      post(`No signal at all in ${cities[i % 7]} since this morning. Is this an outage? #${i}`),
    );
    const all = [...incident, ...unrelated];
    const found = findSimilar(incident[0]!, all);
    expect(found).toHaveLength(10);
    expect(found.every((m) => incident.some((c) => c.id === m.id))).toBe(true);
    expect(findSimilar(unrelated[0]!, all)).toEqual([]);
  });

  it('needs two shared words: one rare word in common is not a group', () => {
    const a = post('Zorblax firmware bricked my router');
    const b = post('Does zorblax ship to Norway?');
    expect(findSimilar(a, [a, b])).toEqual([]);
  });

  it('needs two words in common even for a one-word post', () => {
    const short = post('Login??? @AcmeSupport');
    expect(termsOf(short.text)).toEqual(['login']);
    expect(findSimilar(short, [post('login broken'), ...unrelated], { threshold: 0 })).toEqual([]);
  });

  it('shares only the same words: a typo-near word ranks, but is not shared', () => {
    const target = post('login order refund failing');
    // "logic" is one letter from "login", "older" from "order": fuzzy matches.
    const near = post('logic older refund failing');
    const [match] = findSimilar(target, [near, ...unrelated], { threshold: 0 });
    expect(match!.shared).toEqual(['refund', 'failing']);
    // Two of four words in common: no overlap group (that needs three), BM25 decides.
    expect(match!.score).toBeLessThan(1);
  });

  it('matches word forms and typos (prefix and fuzzy matching)', () => {
    const target = post('My refund for the double charge never came');
    const other = post('Still waiting on a refnd after being charged double');
    const found = findSimilar(target, [other, ...unrelated]);
    expect(ids(found)).toEqual([other.id]);
    // Shown as shared: only the word both wrote the same way.
    expect(found[0]!.shared).toEqual(['double']);
  });

  it('counts tags and an own title, and not a title that only repeats the text', () => {
    expect(documentOf(outage[0]!).title).toBe('');
    const article = post('Long story about my phone.', { title: 'Screen flicker after update' });
    expect(documentOf(article).title).toBe('Screen flicker after update');
    const tagged = post('It happened again this week.', { tags: ['screen-flicker', 'x2'] });
    const other = post('Screen flicker on my X2 since Monday', { tags: ['screen-flicker'] });
    expect(ids(findSimilar(tagged, [other, ...unrelated]))).toEqual([other.id]);
  });

  it('leaves out excluded cases and stops at the limit', () => {
    const same = Array.from({ length: 15 }, (_, i) =>
      post(`Voicemail greeting broken after the update, number ${i + 100}`),
    );
    const found = findSimilar(same[0]!, same);
    expect(found).toHaveLength(10);
    const without = findSimilar(same[0]!, same, { exclude: new Set([same[1]!.id]), limit: 3 });
    expect(without).toHaveLength(3);
    expect(ids(without)).not.toContain(same[1]!.id);
  });

  it('compares non-Latin posts word by word (Japanese, Chinese, Russian)', () => {
    const ja = [post('ログインできません。アプリが落ちる'), post('アプリにログインできない')];
    const zh = [post('应用崩溃了，无法登录'), post('登录失败，应用一直崩溃')];
    const ru = [
      post('Не могу войти в приложение, ошибка входа'),
      post('Ошибка входа в приложение'),
    ];
    const all = [...ja, ...zh, ...ru, ...unrelated];
    expect(ids(findSimilar(ja[0]!, all))).toEqual([ja[1]!.id]);
    expect(ids(findSimilar(zh[0]!, all))).toEqual([zh[1]!.id]);
    expect(ids(findSimilar(ru[0]!, all))).toEqual([ru[1]!.id]);
    expect(termsOf('ログインできません')).toContain('ログイン');
  });

  it('copes with huge and hostile text', () => {
    const huge = post(`${'outage signal '.repeat(50_000)} end`);
    const hostile = post(
      '__proto__ constructor prototype hasOwnProperty <img src=x onerror=alert(1)> ' +
        'Z̷̢̛a̶l̸g̵o̴ \u202Eevil\u202C \u0000 '.repeat(200),
    );
    const emoji = post('😡😡😡 🎉 ❤️ 📦 ...!!! ???');
    const all = [huge, hostile, emoji, ...desk];
    expect(termsOf(huge.text).length).toBeLessThan(10);
    expect(ids(findSimilar(outage[0]!, all))).toContain(huge.id);
    expect(findSimilar(hostile, all).every((m) => m.shared.length <= 6)).toBe(true);
    expect(findSimilar(emoji, all)).toEqual([]);
    expect(termsOf('__proto__ constructor')).toEqual(['__proto__', 'constructor']);
    expect(findSimilar(post(''), all)).toEqual([]);
  });

  it('ranks against a kept index without changing it', () => {
    const index = createSimilarIndex();
    for (const source of desk) index.add(documentOf(source));
    const outsider = post('No signal since this morning in Denver, outage? #AcmeDown');
    expect(ids(rankSimilar(index, outsider)).sort()).toEqual(ids(outage).sort());
    expect(index.documentCount).toBe(desk.length);
    expect(index.has(outsider.id)).toBe(false);
    // A case in the index is not offered to itself.
    expect(ids(rankSimilar(index, outage[0]!))).toEqual([outage[1]!.id]);
  });
});
