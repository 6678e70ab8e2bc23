/**
 * Reading a backup before anything is written: the whole file is parsed and every record
 * checked with its table's zod schema first, so a damaged, truncated, foreign or too-new
 * file, or one bad record among 100,000, is refused with a message that says what is
 * wrong, and the database is never touched.
 */
import { BackupError } from './errors';
import {
  BACKUP_FORMAT,
  BACKUP_TABLE_NAMES,
  BACKUP_TABLES,
  BACKUP_VERSION,
  EnvelopeSchema,
  type BackupTable,
  type DateRange,
  type StoredRecord,
} from './format';
import { parseJsonText } from './json-text';
import { describeProblems, PROBLEMS_SHOWN, problemsOf, type RecordProblem } from './problems';
import { yieldToEventLoop } from '../next-task';

export interface Backup {
  exportedAt: number;
  range: DateRange | null;
  /** Every table (empty when the file has none of it), records as their schema read them. */
  tables: Record<BackupTable, StoredRecord[]>;
  records: number;
}

export interface ReadOptions {
  chunkSize?: number;
  /** Records checked so far, of all records in the file. */
  onProgress?: (done: number, total: number) => void;
}

/** A short quote of a foreign value, as text. */
const quote = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** The file's frame: a Casebook backup, of a version this code reads, well formed. */
function checkFrame(data: unknown) {
  const foreign = (why: string) =>
    new BackupError('foreign', `This is not a Casebook backup: ${why}.`);
  if (!isObject(data)) {
    throw foreign(Array.isArray(data) ? 'the file holds a JSON list' : 'the file holds no object');
  }
  if (!('format' in data)) throw foreign('it has no "format" field');
  if (data.format !== BACKUP_FORMAT) throw foreign(`its format is ${quote(data.format)}`);
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError(
      'damaged',
      `The file is damaged: its format version ${quote(version ?? null)} is not a whole number.`,
    );
  }
  if (version > BACKUP_VERSION) {
    throw new BackupError(
      'too-new',
      `This backup was made by a newer Casebook (format ${version}); update Casebook to import ` +
        `it. This Casebook reads format ${BACKUP_VERSION}.`,
    );
  }
  const frame = EnvelopeSchema.safeParse(data);
  if (!frame.success) {
    const issue = frame.error.issues[0]!;
    const field = issue.path.map(String).join('.') || 'the file';
    throw new BackupError('damaged', `The file is damaged: ${field}: ${issue.message}.`);
  }
  const unknown = Object.keys(frame.data.tables).filter(
    (name) => !(BACKUP_TABLE_NAMES as string[]).includes(name),
  );
  if (unknown.length) {
    throw new BackupError(
      'damaged',
      `The file is damaged: it has a table Casebook does not know (${quote(unknown[0])}).`,
    );
  }
  return frame.data;
}

/** Records of one table sharing an id (or a unique value such as a case's ref). */
function duplicates(name: BackupTable, records: readonly StoredRecord[]): RecordProblem[] {
  const { key, unique } = BACKUP_TABLES[name];
  const problems: RecordProblem[] = [];
  for (const field of unique ? [key, unique] : [key]) {
    const seen = new Map<unknown, number>();
    records.forEach((record, index) => {
      const value = record[field];
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else problems.push({ table: name, index, field, message: `the same as ${name}[${first}]` });
    });
  }
  return problems;
}

/** Parses and checks a whole backup; throws a BackupError saying what is wrong. */
export async function readBackup(
  text: string,
  { chunkSize = 250, onProgress }: ReadOptions = {},
): Promise<Backup> {
  const frame = checkFrame(parseJsonText(text));
  const input = (name: BackupTable) => frame.tables[name] ?? [];
  const total = BACKUP_TABLE_NAMES.reduce((sum, name) => sum + input(name).length, 0);
  const tables = {} as Record<BackupTable, StoredRecord[]>;
  const problems: RecordProblem[] = [];
  let invalid = 0;
  let done = 0;
  onProgress?.(0, total);
  for (const name of BACKUP_TABLE_NAMES) {
    const schema = BACKUP_TABLES[name].schema;
    const records: StoredRecord[] = [];
    const raw = input(name);
    for (let start = 0; start < raw.length; start += chunkSize) {
      raw.slice(start, start + chunkSize).forEach((value, offset) => {
        const parsed = schema.safeParse(value);
        if (parsed.success) records.push(parsed.data as StoredRecord);
        else {
          invalid += 1;
          if (problems.length < PROBLEMS_SHOWN * 2)
            problems.push(...problemsOf(name, start + offset, parsed.error.issues));
        }
      });
      done += Math.min(chunkSize, raw.length - start);
      onProgress?.(done, total);
      await yieldToEventLoop();
    }
    tables[name] = records;
    if (!invalid) {
      const clashes = duplicates(name, records);
      invalid += clashes.length;
      problems.push(...clashes);
    }
  }
  if (invalid) {
    throw new BackupError(
      'invalid-records',
      `Nothing can be imported: the file has ${describeProblems(problems, invalid)}.`,
    );
  }
  return { exportedAt: frame.exportedAt, range: frame.range, tables, records: total };
}
