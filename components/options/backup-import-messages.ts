/**
 * What the options page and its import worker say to each other (components/options/
 * backup-import-worker.ts), checked with zod on arrival like every message in Casebook.
 */
import { z } from '@/lib/zod';
import { BACKUP_TABLE_NAMES, type BackupTable } from '@/lib/backup';
import { DateRangeSchema } from '@/lib/backup/format';

const count = z.number().int().nonnegative();
const TablePlanSchema = z.object({ add: count, update: count, skip: count, newerHere: count });
const PlanSchema = z.object(
  Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, TablePlanSchema])) as Record<
    BackupTable,
    typeof TablePlanSchema
  >,
);
const StepSchema = z.enum(['reading', 'checking', 'comparing', 'writing']);

export const ImportRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('prepare'), file: z.instanceof(Blob) }),
  z.object({ type: z.literal('write') }),
  z.object({ type: z.literal('stop') }),
]);
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

export const ImportAnswerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), step: StepSchema, done: count, total: count }),
  z.object({
    type: z.literal('prepared'),
    summary: z.object({
      exportedAt: z.number(),
      range: DateRangeSchema.nullable(),
      records: count,
    }),
    plan: PlanSchema,
  }),
  z.object({ type: z.literal('written'), result: PlanSchema }),
  z.object({ type: z.literal('failed'), message: z.string().max(4000) }),
]);
export type ImportAnswer = z.infer<typeof ImportAnswerSchema>;
