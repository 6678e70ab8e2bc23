import { useEffect, useId, useRef } from 'react';
import {
  BACKUP_TABLE_NAMES,
  planTotals,
  TABLE_LABELS,
  type BackupPlan,
  type BackupSummary,
  type DateRange,
} from '@/lib/backup';

const n = (value: number) => value.toLocaleString('en');
const day = (at: number) =>
  new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

function rangeText(range: DateRange | null): string {
  if (!range) return 'everything';
  if (range.from !== null && range.to !== null)
    return `records changed from ${day(range.from)} to ${day(range.to)}`;
  return range.from !== null
    ? `records changed since ${day(range.from)}`
    : `records changed until ${day(range.to!)}`;
}

const HEADS = {
  preview: ['Will add', 'Will update', 'Will skip'],
  done: ['Added', 'Updated', 'Skipped'],
};

/** Per table of the file: what importing it will do (or did): add, update, skip. */
export function PlanTable({
  plan,
  caption,
  done = false,
}: {
  plan: BackupPlan;
  caption: string;
  done?: boolean;
}) {
  const rows = BACKUP_TABLE_NAMES.filter(
    (name) => plan[name].add + plan[name].update + plan[name].skip > 0,
  );
  const totals = planTotals(plan);
  return (
    <table className="backup-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Table</th>
          {HEADS[done ? 'done' : 'preview'].map((head) => (
            <th key={head} scope="col">
              {head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((name) => (
          <tr key={name}>
            <th scope="row">{TABLE_LABELS[name]}</th>
            <td>{n(plan[name].add)}</td>
            <td>{n(plan[name].update)}</td>
            <td>{n(plan[name].skip)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All records</th>
          <td>{n(totals.add)}</td>
          <td>{n(totals.update)}</td>
          <td>{n(totals.skip)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/**
 * The import's preview, shown before anything is written. It takes the keyboard focus
 * when it appears, so the agent lands on what the file will do and the two choices.
 */
export function BackupPreview({
  name,
  backup,
  plan,
  onImport,
  onCancel,
}: {
  name: string;
  backup: BackupSummary;
  plan: BackupPlan;
  onImport: () => void;
  onCancel: () => void;
}) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const totals = planTotals(plan);
  const nothing = totals.add + totals.update === 0;
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="region"
      aria-labelledby={titleId}
      className="backup-preview stack"
    >
      <h4 id={titleId}>What importing “{name}” will do</h4>
      <p className="muted small">
        Made {new Date(backup.exportedAt).toLocaleString()} · {rangeText(backup.range)} ·{' '}
        {n(backup.records)} records, all checked.
      </p>
      <PlanTable plan={plan} caption="Records the import will add, update and skip, per table" />
      {totals.newerHere ? (
        <p className="warn">
          {n(totals.newerHere)} of the updates replace records changed here after this backup was
          made.
        </p>
      ) : null}
      <p className="muted small">
        {nothing
          ? 'Everything in this file is already here: there is nothing to import.'
          : 'Updates replace the records here with the copies in the file. Records that are not in the file stay as they are. Nothing is written until you press Import, and then everything is written or nothing.'}
      </p>
      <div className="section-actions">
        <button type="button" className="primary" disabled={nothing} onClick={onImport}>
          Import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
