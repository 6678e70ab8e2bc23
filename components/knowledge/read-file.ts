import { parseCsv } from '@/lib/knowledge/import/csv';
import { parseJsonList } from '@/lib/knowledge/import/json';
import type { ParsedImport } from '@/lib/knowledge/import/rows';
import { readSitemap } from '@/lib/knowledge/import/sitemap';

/** Bigger files are refused before reading: an import holds at most 10,000 articles. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

export type ImportFormat = 'csv' | 'json' | 'sitemap';

export { readFileText } from '../read-file-text';

/** The format by the file's name, else by how its text starts. */
export function formatOf(name: string, text: string): ImportFormat {
  const extension = name.toLowerCase().split('.').pop();
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  if (extension === 'json') return 'json';
  if (extension === 'xml') return 'sitemap';
  const start = text.replace(/^\ufeff/, '').trimStart()[0];
  return start === '<' ? 'sitemap' : start === '[' || start === '{' ? 'json' : 'csv';
}

/** Parses the text in its format. The sitemap is parsed as XML by the browser, never as HTML. */
export function parseImport(format: ImportFormat, text: string): ParsedImport {
  if (format === 'csv') return parseCsv(text);
  if (format === 'json') return parseJsonList(text);
  return readSitemap(new DOMParser().parseFromString(text, 'application/xml'));
}

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  csv: 'CSV',
  json: 'JSON list',
  sitemap: 'sitemap',
};
