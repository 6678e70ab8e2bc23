const MB = 1024 * 1024;

/** "12,000 of 100,000 records" (or "40 of 210 MB" while a file is read). */
export function progressText(done: number, total: number, unit: 'records' | 'bytes' = 'records') {
  if (unit === 'bytes') {
    const mb = (n: number) => (n / MB).toLocaleString('en', { maximumFractionDigits: 1 });
    return `${mb(done)} of ${mb(total)} MB`;
  }
  return `${done.toLocaleString('en')} of ${total.toLocaleString('en')} records`;
}

/** How far a backup's export or import is, in words and a bar. */
export function BackupProgress({
  label,
  step,
  done,
  total,
  unit = 'records',
}: {
  /** The bar's accessible name ("Export progress"). */
  label: string;
  /** What is being done now ("Checking the records"). */
  step: string;
  done: number;
  total: number;
  unit?: 'records' | 'bytes';
}) {
  const count = progressText(done, total, unit);
  return (
    <div className="backup-progress">
      <span>
        {step}: {total ? count : 'starting…'}
      </span>
      {/* No value until the total is known: an indeterminate bar, not "0 of 0". */}
      <progress
        aria-label={label}
        aria-valuetext={total ? `${step}: ${count}` : step}
        value={total ? done : undefined}
        max={total || undefined}
      />
    </div>
  );
}
