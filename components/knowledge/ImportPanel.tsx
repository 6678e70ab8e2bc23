import { useId } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import type { ImportPlan } from '@/lib/knowledge/import/plan';
import { place, type ImportUnit } from '@/lib/knowledge/import/rows';
import { FORMAT_NAMES } from './read-file';
import { useImport } from './useImport';
import { RowTable } from '../RowTable';
import { FilePicker, ImportProgress } from '../ImportParts';

/** How many rows of each kind the preview lists; the counts cover all of them. */
const PREVIEW_ROWS = 100;
const n = (count: number) => count.toLocaleString();

/** Import articles from a CSV, a JSON list or a sitemap: preview first, then write. */
export function ImportPanel({ db, onClose }: { db: CasebookDatabase; onClose: () => void }) {
  const id = useId();
  const { state, choose, write, reset } = useImport(db);
  const busy = state.phase === 'reading' || state.phase === 'checking' || state.phase === 'writing';

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import articles</h2>
      <p className="muted">
        A <strong>CSV</strong> with a header line (title, url, summary, tags — any order), a{' '}
        <strong>JSON</strong> list{' '}
        <code>
          [{'{'}"title", "url", "summary"{'}'}]
        </code>
        , or a <strong>sitemap</strong> XML (each page becomes an article titled from its address).
        An article already in the library (the same URL, or the same title when neither has a URL)
        is updated, not duplicated.
      </p>
      <FilePicker
        id={`${id}-file`}
        label="File to import"
        accept=".csv,.tsv,.txt,.json,.xml,text/csv,application/json,application/xml,text/xml"
        disabled={busy}
        onChoose={(file) => void choose(file)}
      />

      {state.phase === 'reading' && (
        <ImportProgress
          label={`Reading ${state.name}…`}
          value={state.total ? state.loaded / state.total : undefined}
        />
      )}
      {state.phase === 'checking' && <ImportProgress label={`Checking ${state.name}…`} />}
      {state.phase === 'refused' && (
        <div role="alert" className="error">
          <p>
            <strong>{state.name}</strong> was not imported. {state.error}
          </p>
        </div>
      )}
      {state.phase === 'preview' && (
        <p className="muted small">
          Read {state.name} as a {FORMAT_NAMES[state.format]}. Nothing is written until you import.
        </p>
      )}
      {(state.phase === 'preview' || state.phase === 'writing') && (
        <Preview plan={state.plan} unit={state.unit} name={state.name} />
      )}
      {state.phase === 'writing' && (
        <ImportProgress label={`Writing ${n(state.count)} articles…`} />
      )}
      {state.phase === 'done' && (
        <p role="status" className="notice">
          Imported {state.name}: {n(state.result.added)} added, {n(state.result.updated)} updated,{' '}
          {n(state.result.skipped)} skipped.
        </p>
      )}

      <div className="form-actions">
        {state.phase === 'preview' && (
          <button
            type="button"
            className="primary"
            disabled={!state.plan.add.length && !state.plan.update.length}
            onClick={() => void write()}
          >
            {state.plan.add.length || state.plan.update.length
              ? `Import ${n(state.plan.add.length + state.plan.update.length)} articles`
              : 'Nothing to import'}
          </button>
        )}
        {(state.phase === 'preview' || state.phase === 'refused' || state.phase === 'done') && (
          <button type="button" onClick={reset}>
            {state.phase === 'done' ? 'Import another file' : 'Choose another file'}
          </button>
        )}
        <button type="button" onClick={onClose} disabled={state.phase === 'writing'}>
          Close
        </button>
      </div>
    </section>
  );
}

function Preview({ plan, unit, name }: { plan: ImportPlan; unit: ImportUnit; name: string }) {
  const more = (count: number) =>
    count > PREVIEW_ROWS ? (
      <p className="muted small">…and {n(count - PREVIEW_ROWS)} more.</p>
    ) : null;
  return (
    <div className="stack" aria-label={`What importing ${name} will do`} role="region">
      <p className="import-summary" data-testid="import-summary">
        <span>{n(plan.add.length)} to add</span>
        <span>{n(plan.update.length)} to update</span>
        <span>{n(plan.skipped.length)} skipped</span>
      </p>
      {plan.add.length > 0 && (
        <details open={plan.add.length <= 20}>
          <summary>To add ({n(plan.add.length)})</summary>
          <RowTable
            captionHidden
            caption="Articles to add"
            rows={plan.add.slice(0, PREVIEW_ROWS).map((row) => [row.title, row.url ?? '—'])}
            headers={['Title', 'URL']}
          />
          {more(plan.add.length)}
        </details>
      )}
      {plan.update.length > 0 && (
        <details open={plan.update.length <= 20}>
          <summary>To update, same URL ({n(plan.update.length)})</summary>
          <RowTable
            captionHidden
            caption="Articles to update"
            rows={plan.update
              .slice(0, PREVIEW_ROWS)
              .map(({ row, existing }) => [row.title, existing.title, row.url ?? ''])}
            headers={['New title', 'Now', 'URL']}
          />
          {more(plan.update.length)}
        </details>
      )}
      {plan.skipped.length > 0 && (
        <details open>
          <summary>Skipped ({n(plan.skipped.length)})</summary>
          <RowTable
            captionHidden
            caption="Rows skipped, and why"
            rows={plan.skipped.slice(0, PREVIEW_ROWS).map((s) => [place(unit, s.at), s.reason])}
            headers={['Where', 'Why']}
          />
          {more(plan.skipped.length)}
        </details>
      )}
    </div>
  );
}
