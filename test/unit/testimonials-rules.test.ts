import { describe, expect, it } from 'vitest';
import { TESTIMONIAL_LIMITS, type Testimonial } from '@/lib/db/schema';
import {
  applyTransition,
  consentChange,
  edit,
  isOwnWords,
  isPublishable,
  moderation,
  newTestimonial,
  quoteOfPost,
  TestimonialInputError,
  TestimonialStateError,
  type Transition,
} from '@/lib/testimonials/testimonial';
import { actor, parsedPost } from '../support/factories';

const HAPPY = '@AcmeSupport @help Thank you so much, the replacement arrived in a day! 🎉';
const links = { customerKey: 'x:dana_r', caseId: null };
const fresh = (text = HAPPY) => newTestimonial(parsedPost({ text }), links, 'page', actor());

const step = (t: Testimonial, transition: Transition | null, at = 1) => {
  expect(transition).not.toBeNull();
  return applyTransition(t, transition!, actor(Date.UTC(2026, 10, 22, 10, at)));
};

describe('a testimonial made of a post', () => {
  it('quotes the post without the mentions a reply starts with, and keeps the original', () => {
    const t = fresh();
    expect(t).toMatchObject({
      postKey: 'x:1850000000000000001',
      quote: 'Thank you so much, the replacement arrived in a day! 🎉',
      originalText: HAPPY,
      state: 'pending',
      consent: { state: 'not-asked', requestedAt: null, evidence: null },
      rating: null,
      tags: [],
      favourite: false,
      customerKey: 'x:dana_r',
      savedBy: 'me',
    });
    expect(t.history).toEqual([
      { at: actor().now, by: 'me', what: 'saved', from: null, to: 'page' },
    ]);
  });

  it('keeps mentions inside the text, and a post of mentions only as it is', () => {
    expect(quoteOfPost('Loved it, thanks @AcmeSupport!')).toBe('Loved it, thanks @AcmeSupport!');
    expect(quoteOfPost('  @AcmeSupport  ')).toBe('@AcmeSupport');
  });

  it('keeps hostile text verbatim (exports escape it) and cuts a very long post at a word', () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)> \u202Egnp.exe \u200B';
    expect(fresh(hostile).quote).toBe(hostile.trim());
    const long = 'great service '.repeat(1_000);
    const t = fresh(long);
    expect(t.quote.length).toBeLessThanOrEqual(TESTIMONIAL_LIMITS.quote);
    expect(t.quote.endsWith('…')).toBe(true);
    expect(t.quote).toMatch(/service…$|great…$/);
    expect(t.originalText).toBe(long);
  });

  // Found by the hostile-input test (issue 9): a long post of emoji was cut inside one.
  it('never cuts a long post inside an emoji', () => {
    // 4,999 units before the ellipsis would end in half an emoji: 4,998 do.
    expect(quoteOfPost('\ud83d\ude00'.repeat(5_000))).toBe(`${'\ud83d\ude00'.repeat(2_499)}\u2026`);
  });
});

describe('moderation', () => {
  it('goes between pending, approved and rejected; the same state is no change', () => {
    const t = fresh();
    expect(moderation(t, 'pending')).toBeNull();
    const approved = step(t, moderation(t, 'approved'));
    expect(approved).toMatchObject({ state: 'approved', version: t.version + 1 });
    expect(approved.history.at(-1)).toMatchObject({
      what: 'state',
      from: 'pending',
      to: 'approved',
    });
    const rejected = step(approved, moderation(approved, 'rejected'), 2);
    expect(step(rejected, moderation(rejected, 'pending'), 3).state).toBe('pending');
  });

  it('only approved with consent granted is publishable', () => {
    const t = fresh();
    const approved = step(t, moderation(t, 'approved'));
    expect(isPublishable(approved)).toBe(false);
    const granted = step(
      approved,
      consentChange(
        approved,
        { state: 'granted', evidence: { kind: 'note', text: 'Said yes by DM' } },
        actor(),
      ),
    );
    expect(isPublishable(granted)).toBe(true);
    const rejected = step(granted, moderation(granted, 'rejected'));
    expect(isPublishable(rejected)).toBe(false);
    expect(isPublishable({ ...granted, deleted: true })).toBe(false);
  });
});

describe('edits', () => {
  it('trimming to the author’s own words keeps an approval; new words send it back to pending', () => {
    const approved = step(fresh(), moderation(fresh(), 'approved'));
    const trimmed = step(
      approved,
      edit(approved, { quote: 'Thank you so much … arrived in a day!' }),
    );
    expect(trimmed).toMatchObject({
      state: 'approved',
      quote: 'Thank you so much … arrived in a day!',
    });
    expect(trimmed.history.at(-1)).toMatchObject({
      what: 'edited',
      from: null,
      to: 'quote trimmed',
    });
    const reworded = step(trimmed, edit(trimmed, { quote: 'Acme is the best company ever!' }));
    expect(reworded.state).toBe('pending');
    expect(reworded.history.slice(-2).map((h) => h.to)).toEqual(['quote reworded', 'pending']);
    // The quote's text is never in the history.
    expect(JSON.stringify(reworded.history)).not.toMatch(/best company|arrived/);
  });

  it('words the author never wrote need their consent again', () => {
    const evidence = { kind: 'note' as const, text: 'Said yes in DM' };
    const agreed = step(
      fresh(),
      consentChange(fresh(), { state: 'granted', evidence }, actor(Date.UTC(2026, 10, 23, 9, 1))),
    );
    const trimmed = step(agreed, edit(agreed, { quote: 'Thank you so much' }));
    expect(trimmed.consent.state).toBe('granted');
    const reworded = step(trimmed, edit(trimmed, { quote: 'Acme is the best company ever!' }));
    expect(reworded.consent).toMatchObject({ state: 'not-asked', evidence: null });
    expect(reworded.history.at(-1)).toMatchObject({ what: 'consent', to: 'not-asked' });
  });

  it('isOwnWords: pieces in order, spacing free, joined by an ellipsis', () => {
    expect(isOwnWords('arrived   in a day', HAPPY)).toBe(true);
    expect(isOwnWords('Thank you... in a day', HAPPY)).toBe(true);
    expect(isOwnWords('in a day … Thank you', HAPPY)).toBe(false);
    expect(isOwnWords('Thank you, Acme', HAPPY)).toBe(false);
  });

  it('normalises tags, and refuses an empty or too long quote, too many tags, a bad rating', () => {
    const t = fresh();
    const tagged = step(t, edit(t, { tags: [' Shipping ', 'shipping', '', 'Delight'] }));
    expect(tagged.tags).toEqual(['shipping', 'delight']);
    expect(tagged.history.at(-1)).toMatchObject({
      what: 'tags',
      from: '',
      to: 'shipping, delight',
    });
    expect(edit(tagged, { tags: ['shipping', 'delight'] })).toBeNull();
    expect(() => edit(t, { quote: '   ' })).toThrow('A testimonial needs a quote.');
    expect(() => edit(t, { quote: 'x'.repeat(5_001) })).toThrow(
      'The quote is 5,001 characters long; a quote takes at most 5,000.',
    );
    expect(() => edit(t, { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) })).toThrow(
      TestimonialInputError,
    );
    expect(() => edit(t, { rating: 6 })).toThrow('from 1 to 5');
    const rated = step(t, edit(t, { rating: 5, product: 'Acme Kettle', favourite: true }));
    expect(rated).toMatchObject({ rating: 5, product: 'Acme Kettle', favourite: true });
  });

  it('keeps the save entry and the newest changes when the history is full', () => {
    let t = fresh();
    for (let i = 0; i < TESTIMONIAL_LIMITS.history + 5; i += 1) {
      t = applyTransition(t, edit(t, { favourite: !t.favourite })!, actor());
    }
    expect(t.history).toHaveLength(TESTIMONIAL_LIMITS.history);
    expect(t.history[0]!.what).toBe('saved');
  });
});

describe('consent', () => {
  const at = (minute: number) => actor(Date.UTC(2026, 10, 23, 9, minute));

  it('not asked → requested (when, how) → granted (when, evidence)', () => {
    const t = fresh();
    const asked = step(t, consentChange(t, { state: 'requested', via: 'Reply on X' }, at(0)));
    expect(asked.consent).toEqual({
      state: 'requested',
      requestedAt: at(0).now,
      via: 'Reply on X',
      answeredAt: null,
      evidence: null,
    });
    const evidence = {
      kind: 'link' as const,
      url: 'https://x.com/dana_r/status/1850000000000000009',
    };
    const granted = step(asked, consentChange(asked, { state: 'granted', evidence }, at(5)));
    expect(granted.consent).toEqual({
      state: 'granted',
      requestedAt: at(0).now,
      via: 'Reply on X',
      answeredAt: at(5).now,
      evidence,
    });
    // The evidence's link is on the record, not in the history.
    expect(granted.history.at(-1)).toMatchObject({
      what: 'consent',
      from: 'requested',
      to: 'granted (link)',
    });
  });

  it('granting needs evidence; asking again once granted is refused; a reset clears all', () => {
    const t = fresh();
    expect(() => consentChange(t, { state: 'granted' }, at(0))).toThrow(/needs evidence/);
    const granted = step(
      t,
      consentChange(t, { state: 'granted', evidence: { kind: 'note', text: 'Offered it' } }, at(1)),
    );
    expect(granted.consent.requestedAt).toBeNull();
    expect(() => consentChange(granted, { state: 'requested' }, at(2))).toThrow(
      TestimonialStateError,
    );
    const declined = step(granted, consentChange(granted, { state: 'declined' }, at(3)));
    expect(declined.consent).toMatchObject({
      state: 'declined',
      answeredAt: at(3).now,
      evidence: null,
    });
    const reset = step(declined, consentChange(declined, { state: 'not-asked' }, at(4)));
    expect(reset.consent).toEqual({
      state: 'not-asked',
      requestedAt: null,
      via: null,
      answeredAt: null,
      evidence: null,
    });
    expect(() => consentChange(reset, { state: 'not-asked' }, at(5))).toThrow(
      TestimonialStateError,
    );
  });

  it('refuses evidence that is not a link or a note (schema)', () => {
    const t = fresh();
    const transition = consentChange(
      t,
      { state: 'granted', evidence: { kind: 'link', url: 'javascript:alert(1)' } },
      at(0),
    );
    expect(() => applyTransition(t, transition, at(0))).toThrow(TestimonialInputError);
  });
});
