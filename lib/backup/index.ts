/** Backup (issue 9): export to one JSON file, and import it back all or nothing. */
export { BackupError, importFailureMessage, type BackupErrorKind } from './errors';
export {
  MAX_BACKUP_BYTES,
  prepareImport,
  type BackupSummary,
  type ImportProgress,
  type ImportStep,
  type PreparedImport,
} from './import-steps';
export { collectBackup, exportBackup, type ExportSummary } from './export';
export { exportBackupBlob } from './export-blob';
export {
  BACKUP_FORMAT,
  BACKUP_TABLE_NAMES,
  BACKUP_VERSION,
  TABLE_LABELS,
  type BackupTable,
  type DateRange,
} from './format';
export { planBackup, planTotals, type BackupPlan, type TablePlan } from './plan';
export { describeProblems } from './problems';
export { readBackup, type Backup } from './read';
export { writeBackup } from './write';
