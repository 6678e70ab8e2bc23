import { beforeEach, describe, expect, it } from 'vitest';
import { classifyError } from '@/lib/background';
import { capturePost } from '@/lib/cases/capture';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Testimonial, TestimonialErasure } from '@/lib/db/schema';
import type { createRouter, RouterOptions, Sender } from '@/lib/messages/router';
import { quietHub, testRoute } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const options: RouterOptions = {
  extensionId: EXT_ID,
  extensionOrigin: ORIGIN,
  // X pages and a CRM page: both run our content scripts.
  isSupportedPage: (url) => ['x.com', 'acme.my.salesforce.com'].includes(url.hostname),
  classify: classifyError,
};
const onX: Sender = { id: EXT_ID, url: 'https://x.com/home', tab: { id: 7 }, frameId: 0 };
const onCrm: Sender = {
  id: EXT_ID,
  url: 'https://acme.my.salesforce.com/lightning/r/Contact/003/view',
  tab: { id: 8 },
  frameId: 0,
};
const dashboard: Sender = { id: EXT_ID, url: `${ORIGIN}dashboard.html` };
const otherExtension: Sender = { id: 'someoneelse', url: 'chrome-extension://someoneelse/x.html' };

const NOW = Date.UTC(2026, 10, 22, 12);
let db: CasebookDatabase;
let route: ReturnType<typeof createRouter>;
let hub: ReturnType<typeof quietHub>;

beforeEach(() => {
  db = freshDatabase();
  hub = quietHub();
  route = testRoute(db, options, { hub, now: () => NOW });
});

const send = (type: string, payload: unknown, sender: Sender = dashboard) =>
  route({ type, payload }, sender);
const happy = parsedPost({ text: '@AcmeSupport Best support team ever, thank you!' });

async function saved(): Promise<Testimonial> {
  const answer = await send('testimonial.save', { post: happy }, onX);
  expect(answer).toMatchObject({ ok: true, data: { already: false } });
  const { id } = (answer as { data: { id: string } }).data;
  return (await db.testimonials.get(id))!;
}

describe('saving from the page', () => {
  it('saves a post the X page shows, once, and pushes to the sidebars', async () => {
    const testimonial = await saved();
    expect(testimonial).toMatchObject({
      quote: 'Best support team ever, thank you!',
      state: 'pending',
    });
    expect(hub.pushes).toBe(1);
    const again = await send('testimonial.save', { post: happy }, onX);
    // The page learns that it is saved, and nothing of what was stored.
    expect(again).toEqual({ ok: true, data: { already: true, id: testimonial.id } });
    const answer = await send(
      'testimonials.savedOf',
      { platform: 'x', postIds: [happy.postId, '5'] },
      onX,
    );
    expect(answer).toEqual({ ok: true, data: { [happy.postId]: testimonial.id } });
    const elsewhere = await send(
      'testimonials.savedOf',
      { platform: 'reddit', postIds: ['1'] },
      onX,
    );
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a post of another platform, from a page no site adapter handles, or from our pages', async () => {
    const cases: [Sender, unknown][] = [
      [onX, { post: { ...happy, platform: 'reddit' } }],
      [onCrm, { post: happy }],
      [dashboard, { post: happy }],
      [{ ...onX, tab: undefined }, { post: happy }],
    ];
    for (const [sender, payload] of cases) {
      const answer = await send('testimonial.save', payload, sender);
      expect(answer).toMatchObject({ ok: false });
    }
    expect(
      await send('testimonial.save', { post: { ...happy, platform: 'reddit' } }, onX),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'This page is on X; it cannot save a reddit post.' },
    });
    expect(await db.testimonials.count()).toBe(0);
    expect(hub.pushes).toBe(0);
  });

  it('refuses forged posts: links elsewhere, script URLs, oversized text', async () => {
    const forged = [
      { ...happy, permalink: 'https://evil.example/x.com/status/1' },
      { ...happy, author: { ...happy.author, profileUrl: 'https://evil.example/dana' } },
      { ...happy, permalink: 'javascript:alert(1)' },
      { ...happy, text: 'x'.repeat(100_001) },
      { ...happy, postId: '' },
    ];
    for (const post of forged) {
      const answer = await send('testimonial.save', { post }, onX);
      expect(answer).toMatchObject({ ok: false });
      expect(['forbidden', 'invalid-payload']).toContain(
        (answer as { error: { code: string } }).error.code,
      );
    }
    expect(await db.testimonials.count()).toBe(0);
  });
});

describe('changes from Casebook’s pages', () => {
  it('a content script or another extension cannot change or erase testimonials', async () => {
    const t = await saved();
    const attempts: [string, unknown][] = [
      ['testimonial.moderate', { testimonialId: t.id, state: 'approved' }],
      ['testimonial.edit', { testimonialId: t.id, quote: 'Pwned' }],
      [
        'testimonial.consent',
        { testimonialId: t.id, state: 'granted', evidence: { kind: 'note', text: 'x' } },
      ],
      ['testimonials.erase', { testimonialId: t.id }],
      ['testimonial.saveFromCase', { caseId: 'c' }],
    ];
    for (const sender of [onX, otherExtension]) {
      for (const [type, payload] of attempts) {
        expect(await send(type, payload, sender)).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    expect(await db.testimonials.get(t.id)).toEqual(t);
  });

  it('moderates, edits and records consent; errors carry clear codes', async () => {
    const t = await saved();
    expect(
      await send('testimonial.moderate', { testimonialId: t.id, state: 'approved' }),
    ).toMatchObject({
      ok: true,
      data: { state: 'approved' },
    });
    expect(
      await send('testimonial.edit', {
        testimonialId: t.id,
        tags: ['Support'],
        favourite: true,
        rating: 5,
      }),
    ).toMatchObject({
      ok: true,
      data: { tags: ['support'], favourite: true, rating: 5, state: 'approved' },
    });
    expect(
      await send('testimonial.consent', { testimonialId: t.id, state: 'granted' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', message: expect.stringMatching(/needs evidence/) },
    });
    expect(
      await send('testimonial.consent', {
        testimonialId: t.id,
        state: 'granted',
        evidence: { kind: 'link', url: 'https://x.com/dana_r/status/99' },
      }),
    ).toMatchObject({ ok: true, data: { consent: { state: 'granted', answeredAt: NOW } } });
    expect(
      await send('testimonial.consent', { testimonialId: t.id, state: 'requested' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await send('testimonial.edit', { testimonialId: t.id, quote: 'q'.repeat(5_001) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(
      await send('testimonial.moderate', { testimonialId: 'nope', state: 'approved' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('saves from a case and erases on request', async () => {
    const captured = await capturePost(
      db,
      parsedPost({ postId: '1850000000000000042' }),
      actor(NOW),
    );
    const fromCase = await send('testimonial.saveFromCase', { caseId: captured.caseId });
    expect(fromCase).toMatchObject({
      ok: true,
      data: { already: false, testimonial: { caseId: captured.caseId } },
    });
    await saved();
    const answer = await send('testimonials.erase', {
      customerId: (await db.customers.toArray())[0]!.id,
      reason: 'Asked by email',
    });
    expect(answer).toMatchObject({ ok: true });
    const erasure = (answer as { data: TestimonialErasure }).data;
    expect(erasure.testimonialIds).toHaveLength(2);
    expect(await db.testimonials.count()).toBe(0);
    expect(await send('testimonials.erase', { customerId: 'gone' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
