import { useId, useState } from 'react';
import type { ExportFormat } from '@/lib/testimonials/export-scope';

/**
 * What the file will hold. HTML (the wall, the snippet) is shown in an iframe with an
 * empty `sandbox`: no script, no same-origin access, no navigation of this page, even if
 * the export were wrong. CSV and JSON show their first rows as text.
 */
export function ExportPreview({
  format,
  content,
  total,
}: {
  format: ExportFormat;
  content: string;
  total: number;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const codeId = useId();
  if (format === 'csv' || format === 'json') {
    const shown = format === 'csv' ? Math.min(total, 5) : Math.min(total, 2);
    return (
      <figure className="t-preview stack">
        <figcaption className="small muted">
          Preview: the first {shown} of {total}
        </figcaption>
        <pre className="t-preview-text" tabIndex={0} aria-label="Preview of the file">
          {content}
        </pre>
      </figure>
    );
  }
  return (
    <figure className="t-preview stack">
      <figcaption className="small muted">Preview</figcaption>
      <iframe
        className={format === 'embed' ? 't-preview-embed' : 't-preview-wall'}
        sandbox=""
        srcDoc={content}
        title={format === 'embed' ? 'Preview of the embed snippet' : 'Preview of the wall of love'}
      />
      {format === 'embed' && (
        <>
          <label className="small" htmlFor={codeId}>
            Snippet to paste into a page
          </label>
          <textarea id={codeId} readOnly rows={6} value={content} className="t-code" />
          <span>
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard.writeText(content).then(
                  () => setCopied('Copied.'),
                  () => setCopied('Could not copy: select the text and copy it.'),
                )
              }
            >
              Copy snippet
            </button>{' '}
            <span role="status" className="small muted">
              {copied ?? ''}
            </span>
          </span>
        </>
      )}
    </figure>
  );
}
