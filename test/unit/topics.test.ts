import { describe, expect, it } from 'vitest';
import { hotTopicLabel, hotTopics, topicsOf } from '@/lib/cases/topics';

describe('topicsOf', () => {
  it('keeps hashtags, meaningful words and adjacent pairs; drops handles, links, numbers, filler', () => {
    const topics = topicsOf(
      '@AcmeSupport Login error again since the update!! https://t.co/x 4411 please help #AcmeDown',
    );
    expect(topics).toEqual(
      expect.arrayContaining(['#acmedown', 'login error', 'login', 'error', 'update']),
    );
    for (const gone of [
      'acmesupport',
      'https',
      '4411',
      'please',
      'help',
      'again',
      'since',
      'the',
    ]) {
      expect(topics).not.toContain(gone);
    }
  });

  it('drops filler words of other languages too', () => {
    expect(topicsOf('Seit gestern Abend kein Netz in Berlin-Mitte')).toEqual(
      expect.arrayContaining(['netz', 'berlin-mitte']),
    );
    expect(topicsOf('Seit gestern Abend kein Netz')).not.toContain('kein');
  });

  it('pairs only words that stand side by side in one phrase', () => {
    expect(topicsOf('Refund to my card')).not.toContain('refund card');
    expect(topicsOf('iPhone, payment failed')).not.toContain('iphone payment');
    expect(topicsOf('iPhone, payment failed')).toContain('payment failed');
  });

  it('leaves out absurdly long words', () => {
    expect(topicsOf(`login ${'x'.repeat(80)} error`)).toEqual(['login', 'error']);
  });

  it('is bounded and never throws on odd input', () => {
    expect(topicsOf('')).toEqual([]);
    expect(topicsOf('😀 ‮ ​ ###')).toEqual([]);
    expect(
      topicsOf('word '.repeat(10_000) + Array.from({ length: 100 }, (_, i) => `w${i}x`).join(' '))
        .length,
    ).toBeLessThanOrEqual(20);
  });
});

describe('hotTopics', () => {
  const count = (entries: Record<string, number>) =>
    Object.entries(entries).map(([topic, n]) => ({ topic, count: n }));

  it('finds what rises today against the days before, most risen first', () => {
    const hot = hotTopics(count({ 'login error': 8, login: 8, error: 9, roaming: 3, billing: 4 }), [
      count({ 'login error': 2, login: 2, error: 3, billing: 4 }),
    ]);
    expect(hot.map((t) => t.topic)).toEqual(['login error', 'roaming']);
    expect(hotTopicLabel(hot[0]!)).toBe('login error ×8, +6 vs yesterday');
  });

  it('compares with the mean of several days and ignores small numbers', () => {
    const hot = hotTopics(count({ outage: 5, wifi: 2 }), [
      count({ outage: 2 }),
      count({ outage: 4 }),
    ]);
    expect(hot).toEqual([{ topic: 'outage', today: 5, baseline: 3, rise: 2 }]);
    expect(hotTopics(count({ wifi: 2 }), [])).toEqual([]);
  });
});
