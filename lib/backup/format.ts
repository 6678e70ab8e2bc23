/**
 * The backup file (issue 9): one JSON document,
 *   {"format":"casebook-backup","version":1,"exportedAt":…,"range":{from,to}|null,
 *    "tables":{"cases":[…],…}}
 * holding every table of user data. Left out on purpose: the sync* tables (this browser's
 * own sync state, meaningless in another browser) and the derived totals (counters,
 * topicCounts), which an import recomputes from what it writes.
 */
import type { Table } from 'dexie';
import { z } from '../zod';
import type { CasebookDatabase } from '../db/database';
import {
  ArticleSchema,
  CaseSchema,
  CustomerMergeSchema,
  CustomerSchema,
  EventSchema,
  ExpertSchema,
  FollowUpSchema,
  PostSchema,
  SavedReplySchema,
  TestimonialErasureSchema,
  TestimonialSchema,
} from '../db/schema';
import { SettingsSchema } from '../settings';

export const BACKUP_FORMAT = 'casebook-backup';
/** Bump when a file of the new shape could not be read by this code; never edit v1's shape. */
export const BACKUP_VERSION = 1;

/**
 * Each table: its record schema, its primary key, the time a date range looks at (null:
 * always exported), and its unique index, if any (two records may not share it).
 */
const table = <S extends z.ZodType>(
  schema: S,
  time: 'updatedAt' | 'at' | null,
  unique: string | null = null,
  key: 'id' | 'key' = 'id',
) => ({ schema, time, unique, key });

export const BACKUP_TABLES = {
  cases: table(CaseSchema, 'updatedAt', 'ref'),
  posts: table(PostSchema, 'updatedAt', 'key'),
  customers: table(CustomerSchema, 'updatedAt'),
  customerMerges: table(CustomerMergeSchema, 'at'),
  followUps: table(FollowUpSchema, 'updatedAt'),
  testimonials: table(TestimonialSchema, 'updatedAt', 'postKey'),
  testimonialErasures: table(TestimonialErasureSchema, 'at'),
  savedReplies: table(SavedReplySchema, 'updatedAt'),
  experts: table(ExpertSchema, 'updatedAt'),
  articles: table(ArticleSchema, 'updatedAt'),
  events: table(EventSchema, 'at'),
  // The team's settings are one record; a backup of any range carries them.
  settings: table(SettingsSchema, null, null, 'key'),
} as const;

export type BackupTable = keyof typeof BACKUP_TABLES;
/** File order: fixed, so two exports of the same data are the same bytes. */
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTable[];

/** Table names as the settings page shows them. */
export const TABLE_LABELS: Record<BackupTable, string> = {
  cases: 'Cases',
  posts: 'Posts',
  customers: 'Customers',
  customerMerges: 'Customer merges',
  followUps: 'Follow-ups',
  testimonials: 'Testimonials',
  testimonialErasures: 'Testimonial erasures',
  savedReplies: 'Saved replies',
  experts: 'Experts',
  articles: 'Knowledge articles',
  events: 'Events (activity log)',
  settings: 'Settings',
};

export type StoredRecord = Record<string, unknown>;

/** A backup table as Dexie gives it: records are checked with zod, not trusted by type. */
export const backupTable = (db: CasebookDatabase, name: BackupTable) =>
  db.table(name) as Table<StoredRecord, string>;

/** The primary key of a record (a string in every backup table). */
export const keyOf = (name: BackupTable, record: StoredRecord): string =>
  String(record[BACKUP_TABLES[name].key]);

const epochMs = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** Records whose time (updatedAt, or `at`) falls between from and to, both included. */
export const DateRangeSchema = z
  .object({ from: epochMs.nullable(), to: epochMs.nullable() })
  .refine((r) => r.from === null || r.to === null || r.from <= r.to, {
    message: 'the range ends before it starts',
  });
export type DateRange = z.infer<typeof DateRangeSchema>;

/** The file's frame; its records are checked one by one after (read.ts). */
export const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: epochMs,
  range: DateRangeSchema.nullable(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

/**
 * True when a record goes in the file: its time is in the range (settings, with no time,
 * always are). The settings table also holds the background's marker of an SLA pass in
 * progress (lib/cases/recompute-sla.ts): this browser's work, not the team's settings.
 */
export function inRange(name: BackupTable, record: StoredRecord, range: DateRange | null) {
  if (name === 'settings') return record.key === 'main';
  const field = BACKUP_TABLES[name].time;
  if (!range || field === null) return true;
  const at = Number(record[field]);
  return (range.from === null || at >= range.from) && (range.to === null || at <= range.to);
}
