import { KIND_LABELS } from '@/lib/activity/kinds';
import type { StreamItem } from '@/lib/activity/stream';
import { fullTime, timeAgo } from '../format';

interface Props {
  items: readonly StreamItem[];
  now: number;
  /** Where an item's case opens: the dashboard's own hash, or the dashboard from the sidebar. */
  caseHref: (caseId: string) => string;
  /** Links open in a new tab (from the sidebar, framed in the site's page). */
  newTab?: boolean;
  compact?: boolean;
  label?: string;
}

/**
 * Stream items, newest first: what happened (a link to its case), who did it, and when
 * (relative, the exact time on hover and for screen readers). Text only: an item's
 * sentence is rendered as text, never as HTML.
 */
// An item newer than the clock the view last read says "now", never "in 2 seconds".
export function ActivityList({ items, now, caseHref, newTab, compact, label }: Props) {
  return (
    <ol className={`activity-list${compact ? ' compact' : ''}`} aria-label={label ?? 'Activity'}>
      {items.map((item) => (
        <li key={item.id} className={`activity-item kind-${item.kind}`} data-kind={item.kind}>
          <span className="activity-kind">{KIND_LABELS[item.kind]}</span>
          <span className="activity-text">
            {item.caseId ? (
              <a
                href={caseHref(encodeURIComponent(item.caseId))}
                {...(newTab ? { target: '_blank', rel: 'noreferrer' } : {})}
              >
                <bdi>{item.text}</bdi>
              </a>
            ) : (
              <bdi>{item.text}</bdi>
            )}
          </span>
          <span className="activity-meta muted">
            <bdi>{item.actor}</bdi> ·{' '}
            <time dateTime={new Date(item.at).toISOString()} title={fullTime(item.at)}>
              {timeAgo(item.at, Math.max(now, item.at))}
            </time>
            {!compact && <span className="activity-full"> ({fullTime(item.at)})</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
