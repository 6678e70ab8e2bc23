import { useEffect, useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { PLATFORM_LABELS } from '@/lib/db/constants';
import type { SelectionDraft } from '@/lib/cases/selection-post';
import { request } from '@/lib/messages/client';
import { SafeLink } from '../SafeLink';
import { useTheme } from '../useTheme';

const draftIdOf = (hash: string) => new URLSearchParams(hash.replace(/^#/, '')).get('draft');

type Captured = { ref: string; caseId: string; created: boolean };

/**
 * The capture window of "Capture selection as case": what was selected, on which page,
 * and who wrote it (when the agent adds them). The text may be trimmed before capture.
 */
export function CaptureSelectionApp() {
  useTheme();
  const ids = { text: useId(), name: useId(), handle: useId(), title: useId() };
  const draftId = draftIdOf(location.hash);
  const [draft, setDraft] = useState<SelectionDraft | null>(null);
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [handle, setHandle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(
    draftId ? null : 'Nothing to capture: select text on a page and use the right-click menu.',
  );
  const [captured, setCaptured] = useState<Captured | null>(null);

  useEffect(() => {
    if (!draftId) return;
    request('selection.draft', { draftId }).then(
      (found) => {
        setDraft(found);
        setText(found.text);
      },
      (cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)),
    );
  }, [draftId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draftId || busy) return;
    setBusy(true);
    setError(null);
    try {
      const author = name.trim() || handle.trim() ? { name, handle } : null;
      setCaptured(await request('selection.capture', { draftId, text, author }));
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'Capture failed.');
    } finally {
      setBusy(false);
    }
  };

  const caseUrl = captured
    ? browser.runtime.getURL(`/dashboard.html#case=${encodeURIComponent(captured.caseId)}`)
    : null;

  return (
    <main className="capture stack">
      <h1>Capture selection as case</h1>
      {draft && (
        <p className="muted small capture-source">
          From <SafeLink href={draft.url}>{draft.title || draft.url}</SafeLink>
          {draft.platform !== 'web' && <> on {PLATFORM_LABELS[draft.platform]}</>}
        </p>
      )}
      {captured ? (
        <div className="stack" role="status">
          <p>
            <strong>
              {captured.created
                ? `Captured as ${captured.ref}.`
                : `Already captured: ${captured.ref}.`}
            </strong>
          </p>
          <p className="capture-actions">
            <a className="button primary" href={caseUrl ?? '#'} target="_blank" rel="noreferrer">
              Open {captured.ref}
            </a>
            <button type="button" onClick={() => window.close()}>
              Close
            </button>
          </p>
        </div>
      ) : (
        draft && (
          <form className="stack" onSubmit={(event) => void submit(event)}>
            <label htmlFor={ids.text}>Text</label>
            <textarea
              id={ids.text}
              value={text}
              rows={8}
              onChange={(event) => setText(event.target.value)}
              required
            />
            <fieldset className="stack">
              <legend>Author (optional)</legend>
              <label htmlFor={ids.name}>Name</label>
              <input
                id={ids.name}
                value={name}
                maxLength={200}
                autoComplete="off"
                onChange={(event) => setName(event.target.value)}
              />
              <label htmlFor={ids.handle}>Handle or profile link</label>
              <input
                id={ids.handle}
                value={handle}
                maxLength={2048}
                autoComplete="off"
                placeholder="@ana or https://forum.example.com/u/ana"
                onChange={(event) => setHandle(event.target.value)}
              />
            </fieldset>
            <p className="capture-actions">
              <button type="submit" className="primary" disabled={busy || !text.trim()}>
                {busy ? 'Capturing…' : 'Capture as case'}
              </button>
              <button type="button" onClick={() => window.close()}>
                Cancel
              </button>
            </p>
          </form>
        )
      )}
      {!draft && !error && <p className="muted">Loading the selection…</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </main>
  );
}
