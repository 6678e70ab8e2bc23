/**
 * The small shared rules of replies: when a case takes one, whether it was answered
 * already, how {agent} and the other placeholders are filled, what blocks an insert, and
 * which links may be rendered.
 */
import { describe, expect, it } from 'vitest';
import { channelLabel, PLATFORM_LABELS } from '@/components/format';
import { safeHref } from '@/components/safe-href';
import { replyOutcomeText } from '@/lib/cases/group-answer';
import { replyRefusal, replySince } from '@/lib/cases/reply-rules';
import { PLATFORM_LABELS as LIB_LABELS, PLATFORMS } from '@/lib/db/constants';
import { separated } from '@/lib/page/insert-text';
import { agentSignature, NO_VALUES, problemsIn, replyContextOf } from '@/lib/replies/context';
import { exampleCase, SAMPLE_CASE } from '@/lib/replies/example';
import { fillReply } from '@/lib/replies/fill';
import { freshDatabase } from '../support/factories';

describe('when a case takes a reply', () => {
  it('only while it is in work: new, open, waiting', () => {
    expect(replyRefusal('new')).toBeNull();
    expect(replyRefusal('open')).toBeNull();
    expect(replyRefusal('waiting')).toBeNull();
    expect(replyRefusal('resolved')).toBe(
      'This case is resolved: reopen it before recording a reply.',
    );
    expect(replyRefusal('closed')).toMatch(/^This case is closed: reopen it/);
  });

  it('finds the newest reply recorded since a time, whatever came after it', () => {
    const history = [
      { at: 10, type: 'created', to: 'new' },
      { at: 20, type: 'reply', to: 'marked as replied' },
      { at: 30, type: 'reply', to: 'replied on X' },
      { at: 31, type: 'status', to: 'open' },
    ];
    expect(replySince(history, 25)?.to).toBe('replied on X');
    expect(replySince(history, 15)?.to).toBe('replied on X');
    expect(replySince(history, 30)?.to).toBe('replied on X'); // at the same moment counts
    expect(replySince(history, 31)).toBeNull();
    expect(replySince([], 0)).toBeNull();
  });

  it('says how a group outcome went for the reply', () => {
    expect(replyOutcomeText({ replied: true, already: null })).toBe('reply recorded');
    expect(replyOutcomeText({ replied: false, already: null })).toBe('nothing recorded');
    expect(replyOutcomeText({ replied: false, already: 'replied on X' })).toBe(
      'already replied on X',
    );
    expect(replyOutcomeText({ replied: false, already: 'marked as replied' })).toBe(
      'already answered (marked as replied)',
    );
  });
});

describe('filling {agent}', () => {
  const record = {
    customer: { name: 'Dana R', handle: 'dana_r' },
    ref: 'C-3F9A2B',
    permalink: 'https://x.com/dana_r/status/1',
  } as Parameters<typeof replyContextOf>[0];

  it('signs with the agent’s display name; "me" (no name set) is no name', () => {
    expect(agentSignature('Ana Lopez')).toBe('Ana Lopez');
    expect(agentSignature('  Ana  ')).toBe('Ana');
    expect(agentSignature('me')).toBeNull();
    expect(agentSignature('Me ')).toBeNull();
    expect(agentSignature('')).toBeNull();
    expect(agentSignature(null)).toBeNull();
  });

  it('fills every placeholder the same way wherever a reply is filled', () => {
    expect(replyContextOf(record, 'Ana')).toEqual({
      name: 'Dana R',
      handle: 'dana_r',
      caseRef: 'C-3F9A2B',
      link: 'https://x.com/dana_r/status/1',
      agent: 'Ana',
    });
    const unsigned = fillReply('Thanks {name}! — {agent}', replyContextOf(record, 'me'));
    expect(unsigned).toEqual({ text: 'Thanks Dana R! — {agent}', missing: ['agent'], unknown: [] });
  });

  it('the dashboard’s preview flags {agent} as well, with or without cases', async () => {
    const db = freshDatabase();
    const example = await exampleCase(db, 'me');
    expect(example.label).toBe(SAMPLE_CASE.label);
    expect(example.context.agent).toBeNull();
    expect((await exampleCase(db, 'Ana')).context.agent).toBe('Ana');
  });

  it('says the agent’s name is theirs to give, not missing from the case', () => {
    expect(problemsIn('Best, {agent}')).toEqual([
      'Casebook does not know your name for {agent}: replace it by hand.',
    ]);
    expect(problemsIn('About {link} {nmae}')).toEqual([
      "Nothing to fill {link} (the link to the customer's post) with for this case: replace it by hand.",
      '{nmae} is not a placeholder. Use {name}, {handle}, {case}, {link}, {agent}.',
    ]);
    expect(problemsIn('All filled in.')).toEqual([]);
    expect(fillReply('{case}', NO_VALUES).missing).toEqual(['case']);
  });
});

describe('inserting next to text already in the box', () => {
  it('separates the reply from it with a space, only when needed', () => {
    expect(separated('', 'Hi')).toBe('Hi');
    expect(separated('   ', 'Hi')).toBe('Hi');
    expect(separated('@dana_r', 'Hi')).toBe(' Hi');
    expect(separated('@dana_r ', 'Hi')).toBe('Hi');
    expect(separated('Thanks!\n', 'Hi')).toBe('Hi');
    expect(separated('Thanks!', ' Hi')).toBe(' Hi');
  });
});

describe('links rendered from records', () => {
  it('only http(s) addresses become an href', () => {
    expect(safeHref('https://x.com/dana/status/1')).toBe('https://x.com/dana/status/1');
    expect(safeHref('http://example.com/a')).toBe('http://example.com/a');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref(null)).toBeNull();
    expect(safeHref('')).toBeNull();
  });
});

describe('site names', () => {
  it('one table, in lib (for the background) and the pages, for every platform', () => {
    expect(PLATFORM_LABELS).toBe(LIB_LABELS);
    for (const platform of PLATFORMS) expect(LIB_LABELS[platform]).toMatch(/\S/);
    expect(channelLabel('any')).toBe('Any channel');
    expect(channelLabel('x')).toBe('X');
    expect(channelLabel('linkedin')).toBe('LinkedIn');
  });
});
