/// <reference types="node" />
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureButtonIn, SCREENSHOTS, useExtension } from './fixture';

/**
 * The marketers' library in real Chromium with the production build: happy posts captured
 * on the demo X page are saved as testimonials (the extension's own request), approved
 * with consent in the Testimonials view, exported as a wall of love, and the downloaded
 * file is opened in the browser: no script runs and the quotes read as text.
 */

const DOWNLOADS = '.tmp/downloads';
const HAPPY = [
  'Dana moved my eSIM to the new phone in 10 minutes',
  'The new Acme Pixel case arrived a day early',
  'Charged twice for my March bill', // not happy: stays pending, with a hostile quote
];
const HOSTILE =
  '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';

type Reply = { ok: boolean; data?: { testimonial?: { id: string } }; error?: { message: string } };
const send = (page: Page, type: string, payload: unknown) =>
  page.evaluate(
    ([t, p]) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  ) as Promise<Reply>;

/** Each captured post's text and its case id, read from the extension's IndexedDB. */
const capturedPosts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ caseId: string; text: string }[]>((resolve, reject) => {
        const open = indexedDB.open('casebook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['posts', 'cases']);
          const posts = tx.objectStore('posts').getAll();
          const cases = tx.objectStore('cases').getAll();
          tx.oncomplete = () =>
            resolve(
              (posts.result as { key: string; text: string }[]).map((p) => ({
                text: p.text,
                caseId: (cases.result as { id: string; postKeys: string[] }[]).find((c) =>
                  c.postKeys.includes(p.key),
                )!.id,
              })),
            );
        };
      }),
  );

async function saveDownload(download: Download): Promise<string> {
  mkdirSync(DOWNLOADS, { recursive: true });
  const path = `${process.cwd()}/${DOWNLOADS}/${download.suggestedFilename()}`;
  await download.saveAs(path);
  return path;
}

describe('testimonials: library and wall of love (real Chromium)', () => {
  const ext = useExtension();

  it('saves happy posts, approves with consent, exports a wall that is inert and reads right', async () => {
    // Capture three posts on the demo X page; save them as testimonials from their cases.
    const x = await ext.open('https://x.com/home');
    for (const text of HAPPY) {
      const button = captureButtonIn(x, text);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-label')).toMatch(/^Captured as case/);
    }
    const dashboard = await ext.dashboard();
    const posts = await capturedPosts(dashboard);
    const ids: string[] = [];
    for (const text of HAPPY) {
      const post = posts.find((p) => p.text.includes(text))!;
      const saved = await send(dashboard, 'testimonial.saveFromCase', { caseId: post.caseId });
      expect(saved.ok, saved.error?.message).toBe(true);
      ids.push(saved.data!.testimonial!.id);
    }
    const [, nina, kim] = ids as [string, string, string];
    // The second one through requests: approved, consent granted with a note, 5 stars.
    for (const [type, payload] of [
      ['testimonial.edit', { testimonialId: nina, rating: 5, tags: ['delivery'] }],
      ['testimonial.moderate', { testimonialId: nina, state: 'approved' }],
      [
        'testimonial.consent',
        { testimonialId: nina, state: 'requested', via: 'Reply on the post' },
      ],
      [
        'testimonial.consent',
        {
          testimonialId: nina,
          state: 'granted',
          evidence: { kind: 'note', text: 'Said yes in DM' },
        },
      ],
      ['testimonial.edit', { testimonialId: kim, quote: HOSTILE }],
    ] as const) {
      const reply = await send(dashboard, type, payload);
      expect(reply.ok, `${type}: ${reply.error?.message}`).toBe(true);
    }

    // The first one through the view, as a marketer does it.
    await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#view=testimonials');
    const card = dashboard.getByRole('article').filter({ hasText: HAPPY[0] });
    await card.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => card.getByRole('button', { name: 'Approve' }).getAttribute('aria-pressed'))
      .toBe('true');
    await card.getByRole('button', { name: 'Granted…' }).click();
    await card.getByLabel('Link to the reply').fill(`https://x.com/sam_rivera/status/1`);
    await card.getByRole('button', { name: 'Mark granted' }).click();
    await card.getByText('Consent granted').waitFor();
    await card.getByRole('button', { name: /^Favourite/ }).click();
    await expect
      .poll(() => card.getByRole('button', { name: /^Favourite/ }).getAttribute('aria-pressed'))
      .toBe('true');
    // The hostile quote shows as text in the library.
    const hostile = dashboard.getByRole('article').filter({ hasText: 'onerror' });
    expect(await hostile.locator('.t-quote').textContent()).toBe(HOSTILE);
    expect(await dashboard.title()).not.toBe('pwned');

    await dashboard.setViewportSize({ width: 1280, height: 1000 });
    await dashboard.screenshot({
      path: `${SCREENSHOTS}/e2e-testimonials-library-light.png`,
      fullPage: true,
    });
    await dashboard.getByLabel('Theme').selectOption('dark');
    await dashboard.screenshot({
      path: `${SCREENSHOTS}/e2e-testimonials-library-dark.png`,
      fullPage: true,
    });
    await dashboard.getByLabel('Theme').selectOption('light');

    // Export the wall: a preview first (sandboxed), then the download.
    await dashboard.getByRole('button', { name: 'Export…' }).click();
    const preview = dashboard.getByTitle('Preview of the wall of love');
    expect(await preview.getAttribute('sandbox')).toBe('');
    await expect.poll(async () => (await preview.getAttribute('srcdoc')) ?? '').toContain('eSIM');
    // The preview shows the wall's cards (its own document, in the sandboxed frame).
    const previewCards = dashboard.frameLocator('iframe[title="Preview of the wall of love"]');
    await expect.poll(() => previewCards.locator('.card').count()).toBe(2);
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-testimonials-export.png` });
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Download 2 testimonials' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^casebook-wall-of-love-\d{4}-\d{2}-\d{2}\.html$/);
    const wallPath = await saveDownload(download);

    // The file, opened in the browser: no script ran, the quotes read as text.
    const wall = await ext.browser.context.newPage();
    const errors: string[] = [];
    wall.on('pageerror', (error) => errors.push(error.message));
    await wall.setViewportSize({ width: 1200, height: 800 });
    await wall.goto(pathToFileURL(wallPath).href);
    expect(await wall.locator('script').count()).toBe(0);
    const quotes = await wall.locator('.quote').allTextContents();
    expect(quotes).toHaveLength(2);
    expect(quotes.some((q) => q.includes('Dana moved my eSIM'))).toBe(true);
    expect(quotes.some((q) => q.includes('arrived a day early'))).toBe(true);
    expect(await wall.locator('.scope').textContent()).toMatch(
      /^Approved and consented testimonials, exported \d{1,2} \w{3} \d{4}$/,
    );
    expect(await wall.locator('.warning').count()).toBe(0);
    expect(await wall.getByRole('img', { name: 'Rated 5 out of 5' }).count()).toBe(1);
    await wall.screenshot({ path: `${SCREENSHOTS}/e2e-wall-of-love-light.png`, fullPage: true });
    await wall.emulateMedia({ colorScheme: 'dark' });
    await wall.screenshot({ path: `${SCREENSHOTS}/e2e-wall-of-love-dark.png`, fullPage: true });

    // With the box ticked, the hostile pending one comes too: still inert, and it says so.
    await dashboard.getByLabel('Include testimonials without approval or consent').check();
    const [all] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Download 3 testimonials' }).click(),
    ]);
    await wall.goto(pathToFileURL(await saveDownload(all)).href);
    expect(await wall.locator('.warning').textContent()).toMatch(/Not for publishing/);
    expect(await wall.locator('script, img').count()).toBe(0);
    expect(await wall.locator('.quote').allTextContents()).toContain(HOSTILE);
    expect(await wall.title()).toBe('What our customers say');
    expect(errors).toEqual([]);
    await wall.screenshot({ path: `${SCREENSHOTS}/e2e-wall-of-love-all-dark.png` });
    await wall.close();
    await dashboard.close();
    await x.close();
  });
});
