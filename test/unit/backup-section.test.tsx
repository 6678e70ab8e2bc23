import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupSection } from '@/components/options/BackupSection';
import { OptionsApp } from '@/components/options/OptionsApp';
import { readCounter } from '@/lib/db/counters';
import type { CasebookDatabase } from '@/lib/db/database';
import { exportText, fillDesk, snapshot } from '../support/backup-desk';
import { generateCases } from '../support/case-generator';
import { serveBackground } from '../support/fake-background';
import { freshDatabase } from '../support/factories';

/** Catches the download: the <a download> clicked and the Blob behind it. */
function catchDownloads() {
  const links: HTMLAnchorElement[] = [];
  const blobs: Blob[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    links.push(this);
  });
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob as Blob);
    return `blob:casebook/${blobs.length}`;
  };
  return { links, blobs };
}

function open(db: CasebookDatabase) {
  const user = userEvent.setup();
  render(<BackupSection db={db} />);
  const section = within(screen.getByRole('region', { name: 'Backup' }));
  return { user, section };
}

const backupFile = (text: string, name = 'casebook-backup-2026-11-22.json') =>
  new File([text], name, { type: 'application/json' });

describe('settings page: Backup', () => {
  it('is a section of the settings page, in its table of contents', async () => {
    const db = freshDatabase();
    serveBackground(db);
    render(<OptionsApp db={db} />);
    expect(await screen.findByRole('region', { name: 'Backup' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Backup' })).toHaveAttribute('href', '#backup');
  });

  it('exports everything to casebook-backup-<date>.json and says how many records', async () => {
    const db = freshDatabase();
    await fillDesk(db);
    const { links, blobs } = catchDownloads();
    const { user, section } = open(db);
    await user.click(section.getByRole('button', { name: 'Export everything' }));
    const done = await section.findByText(/^Saved casebook-backup-\d{4}-\d{2}-\d{2}\.json: /);
    expect(done).toHaveAttribute('role', 'status');
    expect(links[0]!.download).toMatch(/^casebook-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await blobs[0]!.text()) as { format: string; tables: object };
    expect(file.format).toBe('casebook-backup');
    const records = Object.values(file.tables).flat().length;
    expect(done).toHaveTextContent(`${records} records.`);
  });

  it('shows how far the export is, in words and on a named progress bar', async () => {
    const db = freshDatabase();
    await db.cases.bulkPut(generateCases(5_000, 8));
    catchDownloads();
    const { user, section } = open(db);
    await user.click(section.getByRole('button', { name: 'Export everything' }));
    const bar = await section.findByRole('progressbar', { name: 'Export progress' });
    expect(bar.getAttribute('aria-valuetext')).toMatch(/^Exporting: [\d,]+ of 5,000 records$/);
    expect(section.getByText(/^Exporting: [\d,]+ of 5,000 records$/)).toBeInTheDocument();
    expect(section.getByRole('button', { name: 'Export everything' })).toBeDisabled();
    await section.findByText(/^Saved casebook-backup-/, {}, { timeout: 15_000 });
    expect(section.queryByRole('progressbar')).toBeNull();
  });

  it('refuses a date range that ends before it starts', async () => {
    const db = freshDatabase();
    const { user, section } = open(db);
    await user.type(section.getByLabelText('From (optional)'), '2026-11-20');
    await user.type(section.getByLabelText('To (optional)'), '2026-11-10');
    await user.click(section.getByRole('button', { name: 'Export the date range' }));
    expect(section.getByRole('alert')).toHaveTextContent('The range ends before it starts');
  });

  it('imports: checks, previews add / update / skip, writes nothing before "Import", then all', async () => {
    const source = freshDatabase();
    await fillDesk(source);
    const { text } = await exportText(source);
    const db = freshDatabase();
    serveBackground(db);
    const { user, section } = open(db);
    await user.upload(section.getByLabelText('Backup file to import'), backupFile(text));

    const preview = await section.findByRole('region', {
      name: 'What importing “casebook-backup-2026-11-22.json” will do',
    });
    await waitFor(() => expect(preview).toHaveFocus());
    const table = within(preview).getByRole('table', {
      name: 'Records the import will add, update and skip, per table',
    });
    const cases = within(table).getByRole('row', { name: /^Cases/ });
    expect(
      within(cases)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '0', '0']);
    expect(await db.cases.count()).toBe(0); // nothing written yet

    // From the keyboard: the Import button is the next stop after the preview.
    await user.tab();
    expect(within(preview).getByRole('button', { name: 'Import' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      await section.findByText('Imported “casebook-backup-2026-11-22.json”.', { exact: false }),
    ).toHaveAttribute('role', 'status');
    expect(
      section.getByRole('table', { name: 'What the import did, per table' }),
    ).toBeInTheDocument();
    expect(await db.cases.count()).toBe(3);
    expect(await readCounter(db, 'openCases')).toBe(2);
    // The background was told: the restored follow-up has its reminder alarms.
    await waitFor(async () =>
      expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toContainEqual(
        expect.stringMatching(/^followup:/),
      ),
    );
  });

  it('Cancel after the preview writes nothing and lets the agent choose again', async () => {
    const source = freshDatabase();
    await fillDesk(source);
    const { text } = await exportText(source);
    const db = freshDatabase();
    const before = await snapshot(db);
    const { user, section } = open(db);
    await user.upload(section.getByLabelText('Backup file to import'), backupFile(text));
    await user.click(await section.findByRole('button', { name: 'Cancel' }));
    expect(section.queryByRole('region')).toBeNull();
    expect(section.getByLabelText('Backup file to import')).toBeEnabled();
    expect(await snapshot(db)).toBe(before);
  });

  it('a truncated file: an alert that says so, and nothing changed', async () => {
    const source = freshDatabase();
    await fillDesk(source);
    const { text } = await exportText(source);
    const db = freshDatabase();
    await fillDesk(db, Date.UTC(2026, 0, 5));
    const before = await snapshot(db);
    const { user, section } = open(db);
    await user.upload(
      section.getByLabelText('Backup file to import'),
      backupFile(text.slice(0, text.length / 2), 'cut.json'),
    );
    const alert = await section.findByRole('alert');
    expect(alert).toHaveTextContent(
      '“cut.json” was not imported. The file ends early: it was cut off (truncated).',
    );
    expect(section.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await snapshot(db)).toBe(before);
  });
});
