import { describe, expect, it } from 'vitest';
import { fillReply, type ReplyContext } from '@/lib/replies/fill';

const context: ReplyContext = {
  name: 'Dana R',
  handle: 'dana_r',
  caseRef: 'C-3F9A2B',
  link: 'https://x.com/dana_r/status/1',
  agent: 'Sam',
};

describe('saved reply placeholders', () => {
  it('fills every placeholder, case-insensitively, as often as it appears', () => {
    const filled = fillReply('{handle} Hi {Name}, re {case} ({link}). {handle} — {agent}', context);
    expect(filled.text).toBe(
      '@dana_r Hi Dana R, re C-3F9A2B (https://x.com/dana_r/status/1). @dana_r — Sam',
    );
    expect(filled.missing).toEqual([]);
    expect(filled.unknown).toEqual([]);
  });

  it('keeps and reports what it cannot fill, and typos', () => {
    const filled = fillReply('Hi {name}, see {link} {nmae}', { ...context, link: null, name: ' ' });
    expect(filled.text).toBe('Hi {name}, see {link} {nmae}');
    expect(filled.missing).toEqual(['name', 'link']);
    expect(filled.unknown).toEqual(['{nmae}']);
  });

  it('does not double the @ of a handle, and leaves hostile text as plain text', () => {
    const filled = fillReply('{handle}: {name}', {
      ...context,
      handle: '@dana_r',
      name: '<img src=x onerror=alert(1)>',
    });
    expect(filled.text).toBe('@dana_r: <img src=x onerror=alert(1)>');
  });
});
