import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import { readRecompute, type RecomputeMarker } from '@/lib/cases/recompute-sla';
import { request } from '@/lib/messages/client';

/** How often the page asks after a running pass (and so keeps the background awake). */
const NUDGE_EVERY_MS = 2000;

/** "42%": of the open cases counted when the pass started; 100% only once it is done. */
export const passPercent = ({ checked, total }: Pick<RecomputeMarker, 'checked' | 'total'>) =>
  total ? Math.min(99, Math.floor((checked / total) * 100)) : 0;

/**
 * The pass moving open cases' due times to new SLA rules, while it runs in the
 * background (a big one outlives the save that started it): read from the record the
 * background writes after every batch, so what it says is where the pass is.
 */
export function DueTimesProgress({ db }: { db: CasebookDatabase }) {
  const pass = useLiveQuery(() => readRecompute(db), [db]);
  const running = !!pass;
  useEffect(() => {
    if (!running) return;
    // The background may have been stopped mid-pass (an idle MV3 worker): asking wakes
    // it, and it goes on. What is shown still comes from the database.
    const nudge = () => void request('settings.recomputeStatus', {}).catch(() => undefined);
    const timer = setInterval(nudge, NUDGE_EVERY_MS);
    return () => clearInterval(timer);
  }, [running]);
  // Remembered, to say it is finished once the record is gone.
  const [lastTotal, setLastTotal] = useState<number | null>(null);
  if (pass && pass.total !== lastTotal) setLastTotal(pass.total);
  if (pass) {
    const percent = passPercent(pass);
    const label = `Updating due times of ${pass.total.toLocaleString('en')} open cases… ${percent}%`;
    return (
      <div className="due-times-progress" role="status">
        <span>{label}</span>
        <progress aria-label="Updating due times" value={percent} max={100} />
      </div>
    );
  }
  if (pass === null && lastTotal !== null) {
    return (
      <div className="due-times-progress done" role="status">
        Due times of {lastTotal.toLocaleString('en')} open cases updated.
      </div>
    );
  }
  return null;
}
