import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureButtonIn, post, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

// Two happy posts of the demo timeline (test/demo/x.com/demo/data.js).
const ESIM_POST = 'Dana moved my eSIM to the new phone';
const CASE_POST = 'arrived a day early';

const heartIn = (page: Page, text: string) =>
  post(page, text).locator('[data-casebook-testimonial]');

/** X's "Lights out" colours on the demo page (it has only the light theme). */
const LIGHTS_OUT =
  ':root{--text:#e7e9ea;--muted:#71767b;--line:#2f3336;--hover:rgba(231,233,234,.1);' +
  '--card:#16181c}body{background:#000!important}';

/** How many testimonials the extension's database holds (read in an extension page). */
const storedTestimonials = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('casebook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('testimonials').objectStore('testimonials').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );

describe('saving testimonials on x.com (production build, real Chromium)', () => {
  const ext = useExtension();

  it('gives every post a "Save as testimonial" button beside "Capture as case"', async () => {
    const page = await ext.open('https://x.com/home');
    const articles = await page.locator('article[data-testid="tweet"]').count();
    expect(articles).toBeGreaterThan(5);
    const pairs = await page.$$eval('article[data-testid="tweet"]', (els) =>
      els.map((el) => {
        const hearts = el.querySelectorAll('[data-casebook-testimonial]');
        const capture = el.querySelector('[data-casebook-capture]');
        return hearts.length === 1 && capture?.nextElementSibling === hearts[0];
      }),
    );
    expect(pairs.every(Boolean)).toBe(true);
    expect(await page.getByRole('button', { name: 'Save as testimonial' }).count()).toBe(articles);
    await page.close();
  });

  it('saves a happy post from the page; it stays saved after a reload, never twice', async () => {
    const page = await ext.open('https://x.com/home');
    const heart = heartIn(page, ESIM_POST);
    expect(await heart.getAttribute('title')).toBe('Save as testimonial (Casebook)');
    await heart.click();
    await expect.poll(() => heart.getAttribute('aria-label')).toBe('Saved as testimonial');
    expect(await heart.textContent()).toBe('\u2665 Saved');
    // Saving does not capture: the post is not a case.
    expect(await captureButtonIn(page, ESIM_POST).getAttribute('aria-label')).toBe(
      'Capture as case',
    );

    // The controls, light and dark: they must sit beside X's own buttons, not on them.
    const controls = post(page, ESIM_POST);
    await controls.scrollIntoViewIfNeeded();
    await controls.screenshot({ path: `${SCREENSHOTS}/e2e-testimonial-controls.png` });
    await page.addStyleTag({ content: LIGHTS_OUT });
    await controls.screenshot({ path: `${SCREENSHOTS}/e2e-testimonial-controls-dark.png` });
    const overlaps = await page.$$eval(
      '[data-casebook-testimonial]',
      (hearts) =>
        hearts.filter((heartEl) => {
          const ours = heartEl.getBoundingClientRect();
          const row = heartEl.closest('article')!;
          return [...row.querySelectorAll('button, a, [role="button"]')].some((other) => {
            if (other === heartEl || other.hasAttribute('data-casebook-capture')) return false;
            if (other.contains(heartEl)) return false;
            const r = other.getBoundingClientRect();
            return (
              r.width > 0 &&
              ours.left < r.right &&
              r.left < ours.right &&
              ours.top < r.bottom &&
              r.top < ours.bottom
            );
          });
        }).length,
    );
    expect(overlaps).toBe(0);

    await page.reload();
    await page.waitForSelector('[data-casebook-testimonial]');
    const again = heartIn(page, ESIM_POST);
    await expect.poll(() => again.getAttribute('aria-label')).toBe('Saved as testimonial');
    expect(await heartIn(page, CASE_POST).getAttribute('aria-label')).toBe('Save as testimonial');
    await again.click();
    await page.waitForTimeout(300);
    expect(await again.getAttribute('aria-label')).toBe('Saved as testimonial');

    const dashboard = await ext.dashboard();
    expect(await storedTestimonials(dashboard)).toBe(1);
    await Promise.all([page.close(), dashboard.close()]);
  });

  it('the sidebar shows the saved testimonial on the case and in the customer panel', async () => {
    const page = await ext.open('https://x.com/home');
    await captureButtonIn(page, ESIM_POST).click();
    const sidebar = await sidebarOf(page);
    const saved = sidebar.getByTestId('case-testimonial');
    await expect
      .poll(() => saved.textContent())
      .toContain('Testimonial: pending · consent not asked');
    expect(
      await sidebar.getByRole('link', { name: 'Open in the library' }).getAttribute('href'),
    ).toMatch(/^chrome-extension:\/\/[a-p]{32}\/dashboard\.html#view=testimonials$/);
    const listed = sidebar.getByRole('list', { name: 'Testimonials' });
    await expect.poll(() => listed.textContent()).toContain(ESIM_POST);
    expect(await listed.textContent()).toContain('pending, consent not asked');
    await sidebar.locator('.customer-facts').scrollIntoViewIfNeeded();
    await page
      .locator('iframe[data-casebook-sidebar]')
      .screenshot({ path: `${SCREENSHOTS}/e2e-testimonial-saved-sidebar.png` });
    // Strongly positive, but saved: no suggestion.
    expect(await sidebar.getByText('This reads like a testimonial').count()).toBe(0);
    await page.close();
  });

  it('suggests saving a strongly positive captured post; saving it from the sidebar', async () => {
    const page = await ext.open('https://x.com/home');
    await captureButtonIn(page, CASE_POST).click();
    const sidebar = await sidebarOf(page);
    const suggestion = sidebar.getByRole('complementary', {
      name: 'This reads like a testimonial',
    });
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toContain('The post reads strongly positive.');
    await suggestion.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-testimonial-suggestion-page.png` });
    const frame = page.locator('iframe[data-casebook-sidebar]');
    await frame.screenshot({ path: `${SCREENSHOTS}/e2e-testimonial-suggestion.png` });
    // Dark: X's "Lights out" and Casebook's dark theme (chosen in the dashboard).
    const dashboard = await ext.dashboard();
    await dashboard.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect
      .poll(() => sidebar.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(15, 20, 25)');
    await page.bringToFront();
    await frame.screenshot({ path: `${SCREENSHOTS}/e2e-testimonial-suggestion-dark.png` });
    await dashboard.getByRole('combobox', { name: 'Theme' }).selectOption('system');

    await suggestion.getByRole('button', { name: 'Save as testimonial' }).click();
    await expect
      .poll(() => sidebar.getByTestId('case-testimonial').textContent())
      .toContain('Testimonial: pending · consent not asked');
    expect(await suggestion.count()).toBe(0);
    expect(await storedTestimonials(dashboard)).toBe(2);

    // A fresh load of the timeline shows it saved on the page too.
    const fresh = await ext.open('https://x.com/home');
    await expect
      .poll(() => heartIn(fresh, CASE_POST).getAttribute('aria-label'))
      .toBe('Saved as testimonial');
    await Promise.all([page.close(), dashboard.close(), fresh.close()]);
  });
});
