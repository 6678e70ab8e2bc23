import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { ACTIVITY_KINDS, KIND_LABELS, type ActivityKind } from '@/lib/activity/kinds';
import { readStream, type StreamFilter } from '@/lib/activity/stream';
import type { CasebookDatabase } from '@/lib/db/database';
import { useNow } from '../dashboard/useNow';
import { ActivityList } from './ActivityList';
import './activity.css';

/** How far back the stream looks: the time filter's choices. */
export const RANGES = [
  { id: 'all', label: 'All time', ms: null },
  { id: 'hour', label: 'Last hour', ms: 3_600_000 },
  { id: 'day', label: 'Last 24 hours', ms: 86_400_000 },
  { id: 'week', label: 'Last 7 days', ms: 7 * 86_400_000 },
  { id: 'month', label: 'Last 30 days', ms: 30 * 86_400_000 },
] as const;
type RangeId = (typeof RANGES)[number]['id'];

export const PAGE_SIZE = 50;

/**
 * The team's activity stream (issue 12, point 3): captures, assignments, replies, promises,
 * escalations, feedback and testimonials, newest first, each linking to its case. A live
 * query: what this browser records, or sync pulls from the team, shows at once.
 */
export function ActivityView({ db, me }: { db: CasebookDatabase; me: string }) {
  const id = useId();
  const now = useNow();
  const [kinds, setKinds] = useState<ActivityKind[]>([]);
  const [actor, setActor] = useState<StreamFilter['actor']>('anyone');
  const [range, setRange] = useState<RangeId>('all');
  const [pages, setPages] = useState(1);
  const ms = RANGES.find((r) => r.id === range)?.ms ?? null;
  const since = ms === null ? null : now - ms;
  const page = useLiveQuery(
    () => readStream(db, { kinds, actor, since }, { limit: PAGE_SIZE * pages, me }),
    [db, kinds, actor, since, pages, me],
  );
  const toggle = (kind: ActivityKind) => {
    setPages(1);
    setKinds((current) =>
      current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind],
    );
  };
  const filtered = kinds.length > 0 || actor !== 'anyone' || since !== null;
  return (
    <section className="dash-page activity-view" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Activity</h2>
      <div className="activity-filters" role="group" aria-label="Activity filters">
        <div className="status-filters" role="group" aria-label="Kinds">
          {ACTIVITY_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              aria-pressed={kinds.includes(kind)}
              onClick={() => toggle(kind)}
            >
              {KIND_LABELS[kind]}
            </button>
          ))}
          {kinds.length > 0 && (
            <button type="button" onClick={() => setKinds([])}>
              Show every kind
            </button>
          )}
        </div>
        <label htmlFor={`${id}-actor`}>By</label>
        <select
          id={`${id}-actor`}
          value={actor}
          onChange={(e) => {
            setPages(1);
            setActor(e.target.value as StreamFilter['actor']);
          }}
        >
          <option value="anyone">Anyone</option>
          <option value="me">Me ({me})</option>
        </select>
        <label htmlFor={`${id}-range`}>When</label>
        <select
          id={`${id}-range`}
          value={range}
          onChange={(e) => {
            setPages(1);
            setRange(e.target.value as RangeId);
          }}
        >
          {RANGES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      {!page ? (
        <p className="muted" role="status">
          Loading activity…
        </p>
      ) : page.items.length === 0 && !page.more ? (
        <p className="empty">
          {filtered
            ? 'Nothing matches these filters. Show every kind, or look further back.'
            : 'No activity yet. Capture a post from X or Facebook, and each step of its case shows here.'}
        </p>
      ) : (
        <>
          <ActivityList items={page.items} now={now} caseHref={(caseId) => `#case=${caseId}`} />
          {page.more && (
            <button type="button" onClick={() => setPages((n) => n + 1)}>
              Load more
            </button>
          )}
        </>
      )}
    </section>
  );
}
