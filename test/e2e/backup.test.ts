/// <reference types="node" />
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../support/browser';
import { captureOn, SCREENSHOTS, storedRecords, useExtension } from './fixture';

const ROAMING_POST = 'does the Unlimited Plus plan include roaming in Canada';
const PORTING_POST = 'How do I move my number from Globex to Acme';
const DOWNLOADS = '.tmp/downloads';

const optionsOf = (ext: ReturnType<typeof useExtension>) =>
  openExtensionPage(ext.browser.context, ext.browser.extensionId, 'options.html');

const backupOf = (page: Page) => page.getByRole('region', { name: 'Backup', exact: true });

describe('backup: export from one browser, import into a fresh one (real Chromium)', () => {
  const here = useExtension();
  const fresh = useExtension();

  it('exports from the settings page, previews and imports the file in a fresh profile', async () => {
    const x = await here.open('https://x.com/home');
    await captureOn(x, ROAMING_POST);
    await captureOn(x, PORTING_POST);
    await x.close();

    // Export everything from the first browser's settings page.
    const options = await optionsOf(here);
    const backup = backupOf(options);
    await backup.scrollIntoViewIfNeeded();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      backup.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^casebook-backup-\d{4}-\d{2}-\d{2}\.json$/);
    mkdirSync(DOWNLOADS, { recursive: true });
    const file = `${process.cwd()}/${DOWNLOADS}/${download.suggestedFilename()}`;
    await download.saveAs(file);
    await backup
      .getByRole('status')
      .filter({ hasText: /^Saved casebook-backup-/ })
      .waitFor();
    await backup.screenshot({ path: `${SCREENSHOTS}/backup-export.png` });
    const text = readFileSync(file, 'utf8');
    const data = JSON.parse(text) as {
      format: string;
      tables: { cases: { text: string; ref: string }[] };
    };
    expect(data.format).toBe('casebook-backup');
    expect(data.tables.cases.map((c) => c.text).join(' ')).toContain(ROAMING_POST);
    await options.close();

    // Import it in a second browser with a profile of its own (an empty database).
    const target = await optionsOf(fresh);
    // The import runs in a worker of the page, so a big file never freezes it.
    const workers: string[] = [];
    target.on('worker', (worker) => workers.push(worker.url()));
    const section = backupOf(target);
    expect(await storedRecords(target, 'cases')).toEqual([]);
    await section.getByLabel('Backup file to import').setInputFiles(file);
    const preview = section.getByRole('region', { name: /^What importing “casebook-backup-/ });
    await preview.waitFor();
    const cases = preview.getByRole('row', { name: /^Cases/ });
    expect(await cases.getByRole('cell').allTextContents()).toEqual(['2', '0', '0']);
    expect(await storedRecords(target, 'cases')).toEqual([]); // nothing before "Import"
    expect(workers).toEqual([expect.stringMatching(/\/assets\/backup-import-worker-[\w-]+\.js$/)]);
    await section.screenshot({ path: `${SCREENSHOTS}/backup-preview-light.png` });
    await target.emulateMedia({ colorScheme: 'dark' });
    await section.screenshot({ path: `${SCREENSHOTS}/backup-preview-dark.png` });
    await target.emulateMedia({ colorScheme: 'light' });

    await preview.getByRole('button', { name: 'Import' }).click();
    await section
      .getByRole('status')
      .filter({ hasText: /^Imported “casebook-backup-/ })
      .waitFor();
    await section.screenshot({ path: `${SCREENSHOTS}/backup-imported.png` });
    const stored = await storedRecords(target, 'cases');
    expect(stored.map((c) => c.text).join(' ')).toContain(PORTING_POST);
    expect(stored).toHaveLength(2);

    // The restored cases are in the second browser's dashboard.
    const dashboard = await fresh.dashboard();
    for (const { ref } of data.tables.cases)
      await dashboard.getByText(ref, { exact: true }).waitFor();
    // The running total came with them (the counter, not a count of the table).
    expect(await dashboard.getByText('2 open', { exact: true }).count()).toBe(1);
    await dashboard.screenshot({ path: `${SCREENSHOTS}/backup-dashboard-after-import.png` });
    await dashboard.close();

    // A truncated copy of the same file: refused with what is wrong; nothing changes.
    await section.getByLabel('Backup file to import').setInputFiles({
      name: 'cut-off.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text.slice(0, Math.floor(text.length * 0.6))),
    });
    const alert = section.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      '“cut-off.json” was not imported. The file ends early: it was cut off (truncated).',
    );
    await target.emulateMedia({ colorScheme: 'dark' });
    await section.screenshot({ path: `${SCREENSHOTS}/backup-truncated-dark.png` });
    expect(await storedRecords(target, 'cases')).toHaveLength(2);
    await target.close();
  });
});
