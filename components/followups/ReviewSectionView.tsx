import {
  CHANNEL_LABELS,
  groupRows,
  timingText,
  type ReviewGrouping,
  type ReviewRow,
  type ReviewSection,
} from '@/lib/followups/review';
import { fullTime } from '../format';
import { reviewTimeFormat } from './follow-up-format';
import { SafeLink } from '../SafeLink';
import { ReviewRowActions } from './ReviewRowActions';

const EMPTY: Record<ReviewSection, string> = {
  overdue: 'Nothing overdue.',
  dueToday: 'Nothing else falls due today.',
  upcoming: 'Nothing falls due in this period.',
  doneLate: 'Nothing was done late in this period.',
  missed: 'No promise was missed in this period.',
  kept: 'No promise was kept in this period yet.',
};

interface Props {
  section: ReviewSection;
  label: string;
  rows: ReviewRow[];
  truncated: boolean;
  group: ReviewGrouping;
  now: number;
  agents: readonly string[];
}

/** One section of the review: its count, then its rows by agent or channel. */
export function ReviewSectionView({ section, label, rows, truncated, group, now, agents }: Props) {
  const count = `${rows.length}${truncated ? '+' : ''}`;
  return (
    // Named by its label alone, so the region's name stays put while its count changes.
    <section aria-label={label} className={`stack review-section review-${section}`}>
      <h3>
        {label} <span className="review-section-count">({count})</span>
      </h3>
      {rows.length === 0 ? (
        <p className="muted small empty-section">{EMPTY[section]}</p>
      ) : (
        groupRows(rows, group).map((g) => (
          <table key={g.key} className="review-table">
            <caption>
              {g.label} <span className="muted">({g.rows.length})</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Agent</th>
                <th scope="col">Promise</th>
                <th scope="col">Due</th>
                <th scope="col">Customer</th>
                <th scope="col">Links</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map((row) => (
                <ReviewRowLine key={row.followUp.id} row={row} now={now} agents={agents} />
              ))}
            </tbody>
          </table>
        ))
      )}
      {truncated && (
        <p className="muted small">
          Only the first {rows.length} are listed: narrow the filters to see the rest.
        </p>
      )}
    </section>
  );
}

function ReviewRowLine({
  row,
  now,
  agents,
}: {
  row: ReviewRow;
  now: number;
  agents: readonly string[];
}) {
  const f = row.followUp;
  return (
    <tr>
      <td>{f.owner}</td>
      <td className="review-promise">
        “{f.phrase}”
        {f.confirmedAt === null && f.status === 'pending' && (
          <span className="muted small"> · not confirmed by the agent</span>
        )}
      </td>
      <td>
        <span title={fullTime(f.dueAt)}>{reviewTimeFormat.format(f.dueAt)}</span>
        <br />
        <span className={row.section === 'overdue' || row.section === 'missed' ? 'error' : 'muted'}>
          {timingText(row, now)}
        </span>
      </td>
      <td>
        {row.customer ?? <span className="muted">—</span>}
        <div className="muted small">
          {CHANNEL_LABELS[row.channel]}
          {row.caseRef && ` · case ${row.caseRef}`}
        </div>
      </td>
      <td>
        <div className="review-links">
          {f.caseId && (
            <a href={`#view=cases&case=${encodeURIComponent(f.caseId)}`}>Open the case</a>
          )}
          {f.where && <SafeLink href={f.where}>Where it was promised</SafeLink>}
        </div>
      </td>
      <td>
        <ReviewRowActions followUp={f} agents={agents} />
      </td>
    </tr>
  );
}
