import { clip } from '@/lib/clip';
import { downloadFile } from '../download';
import { useId, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import { DEFAULT_WALL_TITLE } from '@/lib/testimonials/export-html';
import { exportFile, exportPreview, type ExportRequest } from '@/lib/testimonials/export-file';
import {
  NOT_FOR_PUBLISHING,
  scopeSentence,
  type ExportFormat,
} from '@/lib/testimonials/export-scope';
import type { LibraryFilter } from '@/lib/testimonials/library-filter';
import { ExportPreview } from './ExportPreview';
import { useExportList } from './useExportList';
import { useNow } from '../dashboard/useNow';

const FORMATS: [ExportFormat, string][] = [
  ['html', 'Wall of love (HTML)'],
  ['csv', 'CSV'],
  ['json', 'JSON'],
  ['embed', 'Embed snippet (one quote)'],
];

/**
 * Export the filtered library: pick a format, see a preview, download the file. Only
 * approved testimonials with consent granted unless the marketer ticks the box, which
 * warns, and the file says which.
 */
export function ExportPanel({
  db,
  filter,
  revision,
}: {
  db: CasebookDatabase;
  filter: LibraryFilter;
  revision: unknown;
}) {
  const [format, setFormat] = useState<ExportFormat>('html');
  const [includeAll, setIncludeAll] = useState(false);
  const [title, setTitle] = useState(DEFAULT_WALL_TITLE);
  const [includeAvatars, setIncludeAvatars] = useState(false);
  const [embedId, setEmbedId] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();
  const now = useNow();
  const found = useExportList(db, filter, !includeAll, revision);
  const request: ExportRequest = {
    format,
    filter,
    onlyPublishable: !includeAll,
    exportedAt: now,
    title,
    includeAvatars,
    embedId,
  };
  const list = found.status === 'ready' ? found.list : [];
  const empty = found.status === 'ready' && list.length === 0;
  return (
    <section className="t-export stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Export</h2>
      <fieldset className="t-formats">
        <legend>Format</legend>
        {FORMATS.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-format`}
              value={value}
              checked={format === value}
              onChange={() => {
                setFormat(value);
                setSaved(null);
              }}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={includeAll}
          onChange={(event) => setIncludeAll(event.target.checked)}
        />{' '}
        Include testimonials without approval or consent
      </label>
      {includeAll && (
        <p className="warn small" role="note">
          {NOT_FOR_PUBLISHING} The export says so.
        </p>
      )}
      {format === 'html' && (
        <div className="t-export-options">
          <span>
            <label htmlFor={`${id}-wall-title`}>Heading </label>
            <input
              id={`${id}-wall-title`}
              value={title}
              maxLength={120}
              onChange={(event) => setTitle(event.target.value)}
            />
          </span>
          <label>
            <input
              type="checkbox"
              checked={includeAvatars}
              onChange={(event) => setIncludeAvatars(event.target.checked)}
            />{' '}
            Show avatar images (loaded from the site when the page is opened; off: initials)
          </label>
        </div>
      )}
      {format === 'embed' && list.length > 0 && (
        <span>
          <label htmlFor={`${id}-embed`}>Testimonial </label>
          <select
            id={`${id}-embed`}
            value={embedId ?? list[0]!.id}
            onChange={(event) => setEmbedId(event.target.value)}
          >
            {list.slice(0, 500).map((t) => (
              <option key={t.id} value={t.id}>
                {`${t.author.name || t.author.handle}: ${clip(t.quote, 60)}${t.quote.length > 60 ? '…' : ''}`}
              </option>
            ))}
          </select>
        </span>
      )}
      <p className="muted small" role="status">
        {found.status === 'reading'
          ? `Reading testimonials… ${found.read.toLocaleString()} so far`
          : found.status === 'failed'
            ? ''
            : `${scopeSentence(request)} · ${list.length.toLocaleString()} in the current filter`}
      </p>
      {found.status === 'failed' && (
        <p role="alert" className="error">
          {found.message}
        </p>
      )}
      {empty && (
        <p className="empty">
          Nothing to export in this filter
          {includeAll ? '.' : ': only approved testimonials with consent granted are exported.'}
        </p>
      )}
      {found.status === 'ready' && !empty && (
        <>
          <ExportPreview
            format={format}
            content={exportPreview(list, request)}
            total={list.length}
          />
          <p className="t-buttons">
            <button
              type="button"
              className="primary"
              onClick={() => {
                const file = exportFile(list, { ...request, exportedAt: Date.now() });
                downloadFile(file.content, file.type, file.fileName);
                setSaved(file.fileName);
              }}
            >
              Download {format === 'embed' ? 'snippet' : `${list.length} testimonials`}
            </button>
            <span role="status" className="muted small">
              {saved ? `Saved ${saved} to your downloads.` : ''}
            </span>
          </p>
        </>
      )}
    </section>
  );
}
