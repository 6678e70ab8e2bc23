import { PLATFORMS, type CrmSystem, type Platform } from '../db/constants';
import {
  CrmLinkSchema,
  CustomerFieldsSchema,
  EmailSchema,
  type CustomerFields,
} from '../db/schema';
import type { CsvRow, ImportField } from './csv-import';
import { cleanHandle } from './keys';

/** A checked row of an import: the fields it sets (only those the file has). */
export interface CustomerImportRow {
  line: number;
  fields: Partial<Omit<CustomerFields, 'notes'>>;
  /** Free text for a note (the file's notes or description column). */
  note: string | null;
}

export interface RowProblem {
  line: number;
  reason: string;
}

/** What applies to every row: the CRM the file came from, the currency of its values. */
export interface ImportDefaults {
  crmSystem?: CrmSystem | null;
  currency?: string | null;
}

const CRM_NAMES: Record<string, CrmSystem> = {
  salesforce: 'salesforce',
  sfdc: 'salesforce',
  hubspot: 'hubspot',
  zendesk: 'zendesk',
  dynamics: 'dynamics',
  dynamics365: 'dynamics',
  microsoftdynamics: 'dynamics',
  microsoftdynamics365: 'dynamics',
  freshdesk: 'freshdesk',
  zoho: 'zoho',
  zohocrm: 'zoho',
};

export function crmSystemOf(value: string): CrmSystem | null {
  return CRM_NAMES[value.toLowerCase().replace(/[^a-z0-9]/g, '')] ?? null;
}

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
};

/**
 * An amount as people write it: "12,500.00", "12.500,00", "$1,200", "1 200 €", "EUR 90".
 * Returns the number and a currency when the text names one; null when it is not a number.
 */
export function parseAmount(text: string): { amount: number; currency: string | null } | null {
  let rest = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  let currency: string | null = null;
  const code = /^([A-Za-z]{3})|([A-Za-z]{3})$/.exec(rest);
  if (code) {
    currency = (code[1] ?? code[2])!.toUpperCase();
    rest = rest.replace(/^[A-Za-z]{3}|[A-Za-z]{3}$/, '');
  }
  for (const [symbol, iso] of Object.entries(SYMBOLS)) {
    if (rest.startsWith(symbol) || rest.endsWith(symbol)) {
      currency ??= iso;
      rest = rest.replace(symbol, '');
    }
  }
  let normal: string;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(rest)) normal = rest.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(rest))
    normal = rest.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d{1,2}$/.test(rest)) normal = rest.replace(',', '.');
  else if (/^\d+(\.\d+)?$/.test(rest)) normal = rest;
  else return null;
  const amount = Number(normal);
  return Number.isFinite(amount) ? { amount, currency } : null;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'vip', 'ja', 'oui', 'si', 'sí']);
const NO = new Set(['no', 'n', 'false', '0', '-', 'nein', 'non']);

/** A handle from a cell: "@dana_r", "dana_r", or a profile link "https://x.com/dana_r". */
export function handleOf(value: string): string | null {
  const text = value.trim();
  const link = /^https?:\/\/[^/]+\/(?:in\/|user\/|u\/|@)?([^/?#\s]+)/i.exec(text);
  const handle = cleanHandle(link ? decodeURIComponent(link[1]!) : text);
  return handle && !/\s/.test(handle) && handle.length <= 100 ? handle : null;
}

const list = (value: string) => [
  ...new Set(
    value
      .split(/[;,|\n]/)
      .map((item) => item.trim())
      .filter(Boolean),
  ),
];

const shown = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;

/**
 * Checks one row against the mapping: every field the row sets, or the first reason it
 * cannot be imported. A row needs a name, an email or a CRM id to be anyone at all.
 */
export function readRow(
  row: CsvRow,
  mapping: readonly (ImportField | null)[],
  defaults: ImportDefaults = {},
): CustomerImportRow | RowProblem {
  const cell: Partial<Record<ImportField, string>> = {};
  mapping.forEach((field, index) => {
    const value = row.cells[index]?.trim();
    if (field && value) cell[field] = value;
  });
  const problem = (reason: string): RowProblem => ({ line: row.line, reason });
  const fields: CustomerImportRow['fields'] = {};

  const name = cell.name ?? [cell.firstName, cell.lastName].filter(Boolean).join(' ');
  if (name) fields.name = name.replace(/\s+/g, ' ');
  if (cell.email) {
    const emails = list(cell.email);
    const bad = emails.find((email) => !EmailSchema.safeParse(email).success);
    if (bad) return problem(`${shown(bad)} is not an email address`);
    fields.emails = emails;
  }
  if (cell.phone) fields.phone = cell.phone;
  if (cell.company) fields.company = cell.company;
  if (cell.owner) fields.owner = cell.owner;
  if (cell.segment) fields.segment = cell.segment;
  if (cell.products) fields.products = list(cell.products);
  // An empty VIP cell says nothing (a re-import must not clear a VIP flag set by hand).
  if (cell.vip !== undefined) {
    const vip = cell.vip.toLowerCase();
    if (YES.has(vip)) fields.vip = true;
    else if (NO.has(vip)) fields.vip = false;
    else return problem(`VIP is ${shown(cell.vip)}; write yes or no`);
  }
  if (cell.lifetimeValue) {
    const parsed = parseAmount(cell.lifetimeValue);
    if (!parsed) return problem(`${shown(cell.lifetimeValue)} is not an amount`);
    const currency = cell.currency?.toUpperCase() ?? parsed.currency ?? defaults.currency ?? null;
    if (!currency) {
      return problem('a lifetime value needs a currency: add a Currency column or choose one');
    }
    if (!/^[A-Z]{3}$/.test(currency)) return problem(`${shown(currency)} is not a currency code`);
    fields.lifetimeValue = { amount: parsed.amount, currency };
  }
  if (cell.crmId) {
    const system = cell.crmSystem ? crmSystemOf(cell.crmSystem) : (defaults.crmSystem ?? null);
    if (!system) {
      return problem(
        cell.crmSystem
          ? `${shown(cell.crmSystem)} is not a CRM Casebook knows`
          : 'a CRM id needs its CRM: add a CRM column or choose the CRM the file came from',
      );
    }
    const link = CrmLinkSchema.safeParse({
      system,
      recordId: cell.crmId,
      objectType: cell.crmObjectType ?? '',
      url: cell.crmUrl ?? null,
    });
    if (!link.success) {
      const issue = link.error.issues[0]!;
      return problem(`CRM ${issue.path.join('.')}: ${issue.message}`);
    }
    fields.crmLinks = [link.data];
  }
  const identities: NonNullable<CustomerImportRow['fields']['identities']> = [];
  for (const platform of PLATFORMS) {
    const value = cell[`handle.${platform}` as const];
    if (!value) continue;
    const handle = handleOf(value);
    if (!handle) return problem(`${shown(value)} is not a ${platformName(platform)} handle`);
    identities.push({ platform, handle, profileUrl: null, followers: null });
  }
  if (identities.length) fields.identities = identities;
  if (!fields.name && !fields.emails && !fields.crmLinks && !fields.identities) {
    return problem('no name, email, CRM id or handle: nobody to import');
  }
  const checked = CustomerFieldsSchema.omit({ notes: true }).partial().safeParse(fields);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return problem(`${issue.path.join('.')}: ${issue.message}`);
  }
  return { line: row.line, fields: checked.data, note: cell.notes?.slice(0, 10_000) ?? null };
}

const platformName = (platform: Platform) => (platform === 'x' ? 'X' : platform);

export const isRowProblem = (row: CustomerImportRow | RowProblem): row is RowProblem =>
  'reason' in row;

/** Checks every row; the rows to plan and the problems, each with its line. */
export function readRows(
  rows: readonly CsvRow[],
  mapping: readonly (ImportField | null)[],
  defaults: ImportDefaults = {},
): { rows: CustomerImportRow[]; problems: RowProblem[] } {
  const good: CustomerImportRow[] = [];
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const read = readRow(row, mapping, defaults);
    if (isRowProblem(read)) problems.push(read);
    else good.push(read);
  }
  return { rows: good, problems };
}
