/**
 * Loads a saved page from test/fixtures/<site>/ into a Document. Hand-made pages start with
 * a comment `{"url": ...}` naming the URL they stand for; real captures of a single row
 * have none, so the caller gives one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// import.meta.dirname, not new URL(import.meta.url): under happy-dom, URL is happy-dom's.
export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

export interface Page {
  doc: Document;
  url: URL;
}

export function loadPage(site: string, file: string, url?: string): Page {
  const html = readFileSync(join(FIXTURES_DIR, site, file), 'utf8');
  const declared = /^<!--\s*(\{[^}]*\})\s*-->/.exec(html)?.[1];
  const pageUrl = url ?? (declared ? (JSON.parse(declared) as { url: string }).url : undefined);
  if (!pageUrl) throw new Error(`${file} names no URL: pass one`);
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url: new URL(pageUrl) };
}
