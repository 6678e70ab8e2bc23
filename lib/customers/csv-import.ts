import Papa from 'papaparse';
import { PLATFORMS, type Platform } from '../db/constants';

/**
 * Customers from a CSV a CRM exported: decode the bytes, read the rows with their line
 * numbers, and suggest which column holds which field. Nothing here writes; see
 * csv-rows.ts (checking rows), csv-plan.ts (add / update / skip) and csv-import-store.ts.
 */

export type HandleField = `handle.${Platform}`;
export type ImportField =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'company'
  | 'owner'
  | 'lifetimeValue'
  | 'currency'
  | 'vip'
  | 'segment'
  | 'products'
  | 'crmId'
  | 'crmSystem'
  | 'crmObjectType'
  | 'crmUrl'
  | 'notes'
  | HandleField;

/** Column names people use, compared as letters and digits only, lower case. */
const ALIASES: Record<Exclude<ImportField, HandleField>, readonly string[]> = {
  name: ['name', 'fullname', 'contactname', 'customername', 'customer', 'contact', 'displayname'],
  firstName: ['firstname', 'givenname', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  email: ['email', 'emailaddress', 'mail', 'primaryemail', 'emails', 'workemail'],
  phone: ['phone', 'phonenumber', 'mobile', 'mobilephone', 'telephone', 'tel', 'workphone'],
  company: ['company', 'account', 'accountname', 'companyname', 'organization', 'organisation'],
  owner: ['owner', 'accountowner', 'contactowner', 'ownername', 'recordowner'],
  lifetimeValue: ['lifetimevalue', 'ltv', 'clv', 'customerlifetimevalue', 'value', 'totalspend'],
  currency: ['currency', 'currencycode', 'currencyisocode', 'ltvcurrency'],
  vip: ['vip', 'isvip', 'vipstatus'],
  segment: ['segment', 'customersegment', 'tier', 'customertier'],
  products: ['products', 'product', 'productsowned', 'plans', 'plan'],
  crmId: ['crmid', 'recordid', 'contactid', 'id', 'externalid', 'customerid', 'leadid'],
  crmSystem: ['crm', 'crmsystem', 'system', 'sourcesystem'],
  crmObjectType: ['objecttype', 'recordtype', 'type', 'object'],
  crmUrl: ['crmurl', 'recordurl', 'crmlink', 'url', 'link'],
  notes: ['notes', 'note', 'description', 'comments', 'comment'],
};

const HANDLE_ALIASES: Partial<Record<Platform, readonly string[]>> = {
  x: [
    'twitter',
    'twitterhandle',
    'x',
    'xhandle',
    'twitterx',
    'twitterxhandle',
    'xtwitter',
    'xtwitterhandle',
  ],
  facebook: ['facebook', 'facebookhandle', 'facebookname', 'facebookprofile', 'fb'],
  instagram: ['instagram', 'instagramhandle', 'ig'],
  linkedin: ['linkedin', 'linkedinprofile', 'linkedinhandle'],
  reddit: ['reddit', 'redditusername', 'reddithandle'],
  youtube: ['youtube', 'youtubechannel', 'youtubehandle'],
};

export const squashHeader = (header: string) =>
  header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The field a header names, or null when none. */
export function fieldOfHeader(header: string): ImportField | null {
  const key = squashHeader(header);
  if (!key) return null;
  for (const [field, names] of Object.entries(ALIASES)) {
    if (names.includes(key)) return field as ImportField;
  }
  for (const platform of PLATFORMS) {
    if (HANDLE_ALIASES[platform]?.includes(key)) return `handle.${platform}`;
  }
  return null;
}

/**
 * The suggested mapping: for each column, the field it holds, or null to leave it out.
 * The first column naming a field wins, so two "Email" columns do not both map.
 */
export function suggestMapping(headers: readonly string[]): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldOfHeader(header);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** Text from a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Excel on Windows saves "CSV" in the system code page: é is one byte, not UTF-8.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export interface CsvRow {
  /** The line of the file the row starts on (the header is line 1 when first). */
  line: number;
  cells: string[];
}

export type ParsedCsv =
  | { ok: true; headers: string[]; rows: CsvRow[]; problems: { line: number; reason: string }[] }
  | { ok: false; error: string };

export const CSV_LIMITS = { rows: 50_000, cell: 10_000, columns: 200 } as const;

/**
 * Reads a CSV (comma, semicolon or tab separated; a header line first). Rows that cannot
 * be used are reported by line; an unclosed quote, binary content or too many rows
 * refuse the whole file with a message for the agent.
 */
export function parseCustomerCsv(input: string, maxRows: number = CSV_LIMITS.rows): ParsedCsv {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.slice(0, 4096).includes('\u0000')) {
    return { ok: false, error: 'This is not a text file. Export the list as CSV and try again.' };
  }
  let headers: string[] | null = null;
  const rows: CsvRow[] = [];
  const problems: { line: number; reason: string }[] = [];
  let refused: string | null = null;
  let offset = 0;
  let line = 1;
  const lineAt = (rowEnd: number) => {
    const at = line;
    for (; offset < rowEnd; offset++) if (text.charCodeAt(offset) === 10) line++;
    return at;
  };
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result, parser) => {
      const at = lineAt(result.meta.cursor);
      if (result.errors.some((e) => e.type === 'Quotes')) {
        refused = `Line ${at} opens a quoted field that is never closed: the file is damaged or not a CSV.`;
        return parser.abort();
      }
      const cells = result.data;
      if (cells.every((cell) => cell.trim() === '')) return;
      if (!headers) {
        if (cells.length > CSV_LIMITS.columns) {
          refused = `The file has ${cells.length} columns; at most ${CSV_LIMITS.columns} can be read.`;
          return parser.abort();
        }
        headers = cells.map((cell) => cell.trim().slice(0, 200));
        return;
      }
      if (rows.length + problems.length >= maxRows) {
        refused = `The file has more than ${maxRows.toLocaleString('en')} rows. Split it and import the parts one after another.`;
        return parser.abort();
      }
      if (cells.slice(headers.length).some((cell) => cell.trim() !== '')) {
        problems.push({
          line: at,
          reason: `${cells.length} fields where the header has ${headers.length} (a comma in an unquoted value?)`,
        });
      } else if (cells.some((cell) => cell.length > CSV_LIMITS.cell)) {
        problems.push({
          line: at,
          reason: `a field is longer than ${CSV_LIMITS.cell.toLocaleString('en')} characters`,
        });
      } else rows.push({ line: at, cells: cells.slice(0, headers.length) });
    },
  });
  if (refused) return { ok: false, error: refused };
  if (!headers) return { ok: false, error: 'The file is empty.' };
  return { ok: true, headers, rows, problems };
}
