import { useId, useState, type FormEvent } from 'react';
import {
  describeProblems,
  exportBackupBlob,
  type DateRange,
  type ExportSummary,
} from '@/lib/backup';
import { dayOf } from '@/lib/cases/topic-store';
import type { CasebookDatabase } from '@/lib/db/database';
import { downloadBlob } from '../download';
import { BackupProgress } from './BackupProgress';

type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; fileName: string; summary: ExportSummary }
  | { phase: 'failed'; message: string };

/** A date input's "YYYY-MM-DD" as the start (or the end) of that day, in local time. */
function dayBound(value: string, end: boolean): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return end ? new Date(start).setDate(start.getDate() + 1) - 1 : start.getTime();
}

/** The range of the two inputs: null for everything; a message when it ends before it starts. */
export function rangeOf(from: string, to: string): DateRange | null | string {
  const range = { from: dayBound(from, false), to: dayBound(to, true) };
  if (range.from === null && range.to === null) return null;
  if (range.from !== null && range.to !== null && range.from > range.to)
    return 'The range ends before it starts: pick a "To" date on or after the "From" date.';
  return range;
}

/**
 * Export: everything, or what changed between two dates, to one JSON file. The export is
 * read a chunk at a time and yields between chunks, so the page stays responsive and the
 * bar moves even at 100,000 cases.
 */
/** One end of the optional date range. */
function DayField(props: {
  id: string;
  label: string;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label} (optional)</label>
      <input
        id={props.id}
        type="date"
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

export function BackupExport({ db }: { db: CasebookDatabase }) {
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const running = state.phase === 'running';

  const run = async (event: FormEvent) => {
    event.preventDefault();
    const range = rangeOf(from, to);
    if (typeof range === 'string') return setState({ phase: 'failed', message: range });
    setState({ phase: 'running', done: 0, total: 0 });
    try {
      const { blob, summary } = await exportBackupBlob(db, {
        range,
        onProgress: (done, total) => setState({ phase: 'running', done, total }),
      });
      const fileName = `casebook-backup-${dayOf(Date.now())}.json`;
      downloadBlob(blob, fileName);
      setState({ phase: 'done', fileName, summary });
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause);
      setState({ phase: 'failed', message: `The backup could not be made: ${why}` });
    }
  };

  return (
    <form className="card" aria-labelledby={`${fromId}-title`} onSubmit={(e) => void run(e)}>
      <h3 id={`${fromId}-title`}>Export</h3>
      <p className="muted small">
        One JSON file with every case, post, customer, follow-up, testimonial, saved reply, expert,
        article, event and the settings. Leave the dates empty for everything, or pick a range to
        export only what changed in it.
      </p>
      <div className="row">
        <DayField id={fromId} label="From" value={from} disabled={running} onChange={setFrom} />
        <DayField id={toId} label="To" value={to} disabled={running} onChange={setTo} />
      </div>
      <div className="section-actions">
        <button type="submit" className="primary" disabled={running}>
          {from || to ? 'Export the date range' : 'Export everything'}
        </button>
      </div>
      {state.phase === 'running' ? (
        <BackupProgress
          label="Export progress"
          step="Exporting"
          done={state.done}
          total={state.total}
        />
      ) : null}
      {state.phase === 'done' ? (
        <ExportDone fileName={state.fileName} summary={state.summary} />
      ) : null}
      {state.phase === 'failed' ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

function ExportDone({ fileName, summary }: { fileName: string; summary: ExportSummary }) {
  return (
    <>
      <p role="status">
        Saved {fileName}: {summary.records.toLocaleString('en')} records.
      </p>
      {summary.invalid ? (
        <p role="alert" className="error">
          Careful: this file has {describeProblems(summary.problems, summary.invalid)}. They are in
          the file as stored, but an import will refuse the file until they are fixed.
        </p>
      ) : null}
    </>
  );
}
