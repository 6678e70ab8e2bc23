import type { Actor } from '../cases/actor';
import type { CasebookDatabase } from '../db/database';
import { nextMeta } from '../db/records';
import { CustomerSchema, type Customer } from '../db/schema';
import { newId } from '../ids';
import { EMPTY_CUSTOMER_FIELDS, EMPTY_SENTIMENT } from './customer';
import { applyRow, planCustomerImport, rowKeys, type CustomerImportPlan } from './csv-plan';
import type { CustomerImportRow, RowProblem } from './csv-rows';
import { withKeys } from './keys';

/** Keys per index read: anyOf with tens of thousands of keys is one slow request. */
const KEYS_PER_READ = 1_000;

/** A row of an import that did not validate as a customer; nothing was written. */
export class CustomerImportError extends Error {
  constructor(readonly problems: readonly RowProblem[]) {
    const first = problems
      .slice(0, 3)
      .map((p) => `line ${p.line}: ${p.reason}`)
      .join('; ');
    super(`Nothing was imported: ${problems.length} row(s) could not be saved (${first}).`);
    this.name = 'CustomerImportError';
  }
}

/** The customers any row may match, by index reads of its CRM, email and identity keys. */
export async function customersMatching(
  db: CasebookDatabase,
  rows: readonly CustomerImportRow[],
): Promise<Customer[]> {
  const byIndex = { crm: new Set<string>(), email: new Set<string>(), id: new Set<string>() };
  for (const row of rows) {
    for (const key of rowKeys(row)) {
      const [kind, ...rest] = key.split(':');
      byIndex[kind as keyof typeof byIndex].add(rest.join(':'));
    }
  }
  const found = new Map<string, Customer>();
  const indexes = { crm: 'crmKeys', email: 'emailKeys', id: 'identityKeys' } as const;
  for (const [kind, keys] of Object.entries(byIndex) as [keyof typeof byIndex, Set<string>][]) {
    const list = [...keys];
    for (let start = 0; start < list.length; start += KEYS_PER_READ) {
      const batch = list.slice(start, start + KEYS_PER_READ);
      for (const customer of await db.customers.where(indexes[kind]).anyOf(batch).toArray()) {
        found.set(customer.id, customer);
      }
    }
  }
  return [...found.values()];
}

/** The preview: what importing these rows would do now. Writes nothing. */
export async function previewCustomerImport(
  db: CasebookDatabase,
  rows: readonly CustomerImportRow[],
  problems: readonly RowProblem[],
): Promise<CustomerImportPlan> {
  return planCustomerImport(rows, problems, await customersMatching(db, rows));
}

export interface CustomerImportOptions {
  /** Records per write; progress is reported after each. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface CustomerImportResult {
  added: number;
  updated: number;
  skipped: number;
  warnings: RowProblem[];
}

/**
 * Writes a confirmed import in one transaction: all rows or none. The plan is made
 * again inside the transaction (a customer captured since the preview is updated, not
 * duplicated); every record is validated before the first write; writes go in chunks
 * with progress. One 'customer.imported' event records the counts.
 */
export async function applyCustomerImport(
  db: CasebookDatabase,
  rows: readonly CustomerImportRow[],
  actor: Actor,
  { chunkSize = 500, onProgress }: CustomerImportOptions = {},
): Promise<CustomerImportResult> {
  return db.transaction('rw', [db.customers, db.events], async () => {
    const plan = planCustomerImport(rows, [], await customersMatching(db, rows));
    const note = () => ({ id: newId(), at: actor.now, by: actor.by });
    const records: Customer[] = [];
    const problems: RowProblem[] = [];
    const check = (line: number, record: unknown) => {
      const parsed = CustomerSchema.safeParse(record);
      if (parsed.success) records.push(parsed.data);
      else {
        const issue = parsed.error.issues[0]!;
        problems.push({ line, reason: `${issue.path.join('.')}: ${issue.message}` });
      }
    };
    for (const row of plan.add) {
      check(
        row.line,
        withKeys({
          ...nextMeta(undefined, actor.now),
          ...applyRow(EMPTY_CUSTOMER_FIELDS, row, note()),
          sentiment: EMPTY_SENTIMENT,
          mergedInto: null,
          identityKeys: [],
          emailKeys: [],
          crmKeys: [],
          nameKey: '',
        }),
      );
    }
    for (const { row, existing } of plan.update) {
      check(
        row.line,
        withKeys({
          ...existing,
          ...applyRow(existing, row, note()),
          ...nextMeta(existing, actor.now),
        }),
      );
    }
    if (problems.length) throw new CustomerImportError(problems);
    for (let start = 0; start < records.length; start += chunkSize) {
      await db.customers.bulkPut(records.slice(start, start + chunkSize));
      onProgress?.(Math.min(start + chunkSize, records.length), records.length);
    }
    const result = {
      added: plan.add.length,
      updated: plan.update.length,
      skipped: plan.skipped.length,
      warnings: plan.warnings,
    };
    await db.events.add({
      id: newId(),
      at: actor.now,
      by: actor.by,
      type: 'customer.imported',
      caseId: null,
      customerId: null,
      data: { added: result.added, updated: result.updated, skipped: result.skipped },
    });
    return result;
  });
}
