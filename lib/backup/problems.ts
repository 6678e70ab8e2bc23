/**
 * What is wrong with records of a backup: the table, the record's index in the file's list
 * (0-based, as a JSON tool shows it) and the field, so the agent can find it in the file.
 */
import type { BackupTable } from './format';

export interface RecordProblem {
  table: BackupTable;
  index: number;
  /** Dotted path of the field ("customer.handle"); empty for the record as a whole. */
  field: string;
  message: string;
}

/** How many problems a message lists; the count says how many there are in all. */
export const PROBLEMS_SHOWN = 5;

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** The first issues zod found in one record (two are enough to see what is wrong). */
export const problemsOf = (table: BackupTable, index: number, issues: readonly Issue[]) =>
  issues.slice(0, 2).map((issue): RecordProblem => ({
    table,
    index,
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));

export function describeProblem({ table, index, field, message }: RecordProblem): string {
  const where = `${table}[${index}] (record ${index + 1} of ${table})`;
  return field ? `${where}, field ${field}: ${message}` : `${where}: ${message}`;
}

/** "3 records Casebook cannot accept: a; b; c…" with the first few, for one message. */
export function describeProblems(problems: readonly RecordProblem[], records: number): string {
  const listed = problems.slice(0, PROBLEMS_SHOWN).map(describeProblem).join('; ');
  const count = records === 1 ? '1 record' : `${records.toLocaleString('en')} records`;
  return `${count} Casebook cannot accept: ${listed}${problems.length > PROBLEMS_SHOWN ? '; …' : ''}`;
}
