import { useState } from 'react';
import { PLATFORM_LABELS } from '@/lib/db/constants';
import type { PageHealth } from '@/lib/cases/sidebar-view';
import { request } from '@/lib/messages/client';

/** Whether the page should show posts and Casebook found none (the site changed its markup). */
export const isBroken = (health: PageHealth | null | undefined): health is PageHealth =>
  Boolean(health?.expected && health.postsFound === 0);

/**
 * Says plainly when Casebook finds no posts on a page that should have them, and offers
 * what still works: capturing the text the agent selects.
 */
export function PageHealthNotice({ health }: { health: PageHealth | null | undefined }) {
  if (!isBroken(health)) return null;
  const site = PLATFORM_LABELS[health.platform];
  return (
    <section className="health-notice stack" aria-labelledby="health-title" role="status">
      <h2 id="health-title">Casebook can&apos;t find posts on this page</h2>
      <p>
        {site} may have changed how its pages are built, so the &ldquo;Capture as case&rdquo;
        buttons are missing here. You can still capture: select the post&apos;s text on the page,
        then use the button below (or right-click &ldquo;Capture selection as case&rdquo;).
      </p>
      <CaptureSelectionButton />
    </section>
  );
}

/** Captures what is selected in this tab: opens the capture window with it. */
export function CaptureSelectionButton() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      await request('selection.fromTab', {});
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'Could not read the selection.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
        Capture selected text
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
