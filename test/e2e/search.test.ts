import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { slaRulesOf, withDerivedFields } from '@/lib/cases/derive';
import { searchTermsOf } from '@/lib/cases/search-terms';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { generateCases } from '../support/case-generator';
import { captureButtonIn, closeSidebar, SCREENSHOTS, sidebarOf, useExtension } from './fixture';

const DESK = 3_000;
const NOW = Date.now();

/** A busy desk written straight into the extension's IndexedDB, before the dashboard opens. */
const seedDesk = (page: Page, records: unknown[]) =>
  page.evaluate(
    (cases) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('casebook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('cases', 'readwrite');
          for (const record of cases) tx.objectStore('cases').put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );

const rows = (dashboard: Page) =>
  dashboard.getByRole('list', { name: 'Cases' }).getByRole('listitem');

describe('searching a busy desk (production build, real Chromium)', () => {
  const ext = useExtension();

  it('finds every case with all the words, and a new capture appears in the open search', async () => {
    const rules = slaRulesOf(DEFAULT_SETTINGS);
    const cases = generateCases(DESK, 7, NOW - DESK * 60_000).map((c) =>
      withDerivedFields(c, NOW, rules),
    );
    // Two common words that rarely meet: what IndexedDB's own indexes answer slowest.
    const both = cases.filter((c) => {
      const terms = searchTermsOf(c);
      return terms.includes('login') && terms.some((t) => t.startsWith('pleas'));
    });
    expect(both.length).toBeGreaterThan(50);
    const dashboard = await ext.dashboard();
    await seedDesk(dashboard, cases);
    await dashboard.reload();

    const search = dashboard.getByRole('searchbox', { name: 'Search cases' });
    await search.fill('pleas login');
    await expect.poll(() => rows(dashboard).count()).toBe(50);
    await dashboard.getByRole('button', { name: 'Show 50 more' }).click();
    await expect.poll(() => rows(dashboard).count()).toBe(Math.min(100, both.length));
    // Newest first: the first row is the newest case with both words.
    const newest = [...both].sort((a, b) => b.updatedAt - a.updatedAt)[0]!;
    expect(await rows(dashboard).first().textContent()).toContain(newest.ref);

    await search.fill('roaming canada');
    await dashboard.getByTestId('empty-state').waitFor();
    expect(await dashboard.getByTestId('empty-state').textContent()).toBe(
      'No cases match this filter.',
    );

    // A capture on X, made by the background, reaches the open dashboard's index.
    const x = await ext.open('https://x.com/home');
    const capture = captureButtonIn(x, 'include roaming in Canada');
    await capture.click();
    await expect.poll(() => capture.textContent()).toMatch(/^\u2713 C-/);
    const ref = (await capture.textContent())!.slice(2);
    await expect.poll(() => rows(dashboard).count()).toBe(1);
    expect(await rows(dashboard).first().textContent()).toContain(ref);
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-search-light.png` });
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await dashboard.screenshot({ path: `${SCREENSHOTS}/e2e-search-dark.png` });
    await dashboard.emulateMedia({ colorScheme: 'light' });

    // Its status changed in the sidebar: the queue's search follows (waiting leaves it).
    await dashboard.getByRole('button', { name: 'Queue (by SLA)' }).click();
    await expect.poll(() => rows(dashboard).count()).toBe(1);
    const frame = await sidebarOf(x);
    await frame.getByRole('combobox', { name: 'Case status' }).selectOption('waiting');
    await dashboard.getByTestId('empty-state').waitFor();
    await closeSidebar(x, frame);
    await Promise.all([x.close(), dashboard.close()]);
  });
});
