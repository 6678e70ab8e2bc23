import type { Customer, CustomerFields, Note } from '../db/schema';
import { customerChanges, type CustomerChange } from './changes';
import type { CustomerImportRow, RowProblem } from './csv-rows';
import { crmKey, emailKey, identityKey } from './keys';

/** What an import will do, shown before anything is written. */
export interface CustomerImportPlan {
  add: CustomerImportRow[];
  update: { row: CustomerImportRow; existing: Customer; changes: CustomerChange[] }[];
  skipped: RowProblem[];
  /** Rows imported without part of them (a handle that is another customer's…). */
  warnings: RowProblem[];
}

/** The keys a row is matched by, strongest first: CRM record, then email, then handle. */
export function rowKeys(row: CustomerImportRow): string[] {
  return [
    ...(row.fields.crmLinks ?? []).map((link) => `crm:${crmKey(link)}`),
    ...(row.fields.emails ?? []).map((email) => `email:${emailKey(email)}`),
    ...(row.fields.identities ?? []).map((identity) => `id:${identityKey(identity)}`),
  ];
}

function customerKeys(customer: Customer): string[] {
  return [
    ...customer.crmKeys.map((key) => `crm:${key}`),
    ...customer.emailKeys.map((key) => `email:${key}`),
    ...customer.identityKeys.map((key) => `id:${key}`),
  ];
}

const union = <T>(a: readonly T[], b: readonly T[], keyOf: (item: T) => string) => {
  const seen = new Map<string, T>();
  for (const item of [...a, ...b]) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
};

/**
 * A customer's fields with a row applied: what the row has replaces, what it leaves
 * empty stays; lists (emails, products, CRM links, identities) are unioned, never cut.
 */
export function applyRow(
  fields: CustomerFields,
  row: CustomerImportRow,
  noteMeta: Omit<Note, 'text'> = { id: 'preview', at: 0, by: 'import' },
): CustomerFields {
  const { emails, products, crmLinks, identities, ...scalars } = row.fields;
  // The file's note is added once: importing the same file again finds it there.
  const note = row.note && !fields.notes.some((n) => n.text === row.note) ? row.note : null;
  return {
    ...fields,
    ...scalars,
    notes: note ? [...fields.notes, { ...noteMeta, text: note }] : fields.notes,
    emails: union(fields.emails, emails ?? [], emailKey),
    products: union(fields.products, products ?? [], (p) => p.toLowerCase()),
    crmLinks: union(fields.crmLinks, crmLinks ?? [], crmKey),
    identities: union(fields.identities, identities ?? [], identityKey),
  };
}

/**
 * Sorts checked rows into new customers, updates, and skips. A row updates the customer
 * holding its CRM record, else its email, else its handle, so importing the same file
 * again updates instead of duplicating; a row repeating an earlier row's CRM record or
 * email or handle is skipped. Identities and CRM records owned by a different customer than the
 * one a row updates are left out with a warning (merge those customers instead).
 * `existing` are the customers any row's keys may match (see customersMatching).
 */
export function planCustomerImport(
  rows: readonly CustomerImportRow[],
  problems: readonly RowProblem[],
  existing: readonly Customer[],
): CustomerImportPlan {
  const owner = new Map<string, Customer>();
  for (const customer of existing) {
    if (customer.deleted || customer.mergedInto !== null) continue;
    for (const key of customerKeys(customer)) if (!owner.has(key)) owner.set(key, customer);
  }
  const plan: CustomerImportPlan = { add: [], update: [], skipped: [...problems], warnings: [] };
  const seen = new Map<string, number>();
  for (const original of rows) {
    const keys = rowKeys(original);
    const repeat = keys.find((key) => seen.has(key));
    if (repeat) {
      const what = repeat.startsWith('crm:')
        ? 'CRM record'
        : repeat.startsWith('email:')
          ? 'email'
          : 'handle';
      plan.skipped.push({
        line: original.line,
        reason: `the same ${what} as line ${seen.get(repeat)}`,
      });
      continue;
    }
    for (const key of keys) if (!seen.has(key)) seen.set(key, original.line);
    const match = keys.map((key) => owner.get(key)).find(Boolean);
    const row = withoutForeignKeys(original, match, owner, plan.warnings);
    if (!match) {
      plan.add.push(row);
      continue;
    }
    const changes = customerChanges(match, applyRow(match, row));
    if (changes.length) plan.update.push({ row, existing: match, changes });
    else plan.skipped.push({ line: row.line, reason: 'already up to date' });
  }
  plan.skipped.sort((a, b) => a.line - b.line);
  return plan;
}

/** The row without identities or CRM records that belong to another customer. */
function withoutForeignKeys(
  row: CustomerImportRow,
  match: Customer | undefined,
  owner: ReadonlyMap<string, Customer>,
  warnings: RowProblem[],
): CustomerImportRow {
  const foreign = (key: string) => {
    const holder = owner.get(key);
    return holder && holder.id !== match?.id ? holder : undefined;
  };
  const fields = { ...row.fields };
  const drop = <T>(items: T[] | undefined, keyOf: (item: T) => string, what: string) =>
    items?.filter((item) => {
      const holder = foreign(keyOf(item));
      if (holder) {
        warnings.push({
          line: row.line,
          reason: `${what} ${keyOf(item).replace(/^\w+:/, '')} belongs to “${holder.name}”: left out (merge the two instead)`,
        });
      }
      return !holder;
    });
  if (fields.identities) {
    fields.identities = drop(fields.identities, (i) => `id:${identityKey(i)}`, 'the identity');
  }
  if (fields.crmLinks) {
    fields.crmLinks = drop(fields.crmLinks, (l) => `crm:${crmKey(l)}`, 'the CRM record');
  }
  return { ...row, fields };
}
