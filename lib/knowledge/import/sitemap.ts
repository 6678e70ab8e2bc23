import { MAX_IMPORT_ROWS, type ImportRow } from '../inputs';
import { checkRow, collect, type ImportProblem, type ParsedImport } from './rows';

const childrenNamed = (parent: Element, name: string) =>
  Array.from(parent.children).filter((child) => child.localName === name);

/**
 * The useful part of the browser's XML error ("error on line 1 at column 57: Unexpected
 * end of stream…"), without Chromium's "This page contains the following errors" and
 * "Below is a rendering of the page" around it.
 */
function parserMessage(error: Element | undefined): string {
  const text = (error?.textContent ?? '').replace(/\s+/g, ' ');
  const message = text
    .replace(/^.*?following errors:\s*/i, '')
    .replace(/\s*Below is a rendering.*$/i, '')
    .trim();
  return message.length > 160 ? `${message.slice(0, 159)}…` : message;
}

/**
 * Reads a sitemap (<urlset><url><loc>…</loc></url>…</urlset>) that the page has parsed
 * as XML (DOMParser, 'application/xml'): one article per <url>, titled from its address.
 * Walks elements by local name, so a default or prefixed namespace both work; text is
 * read with textContent, never as markup.
 */
export function readSitemap(doc: Document): ParsedImport {
  const root = doc.documentElement;
  const error = doc.getElementsByTagName('parsererror')[0];
  if (!root || error) {
    const detail = parserMessage(error);
    return {
      ok: false,
      error: `This is not well-formed XML${detail ? ` (${detail})` : ''}. The file may be cut off or damaged.`,
    };
  }
  if (root.localName === 'sitemapindex') {
    return {
      ok: false,
      error:
        'This is a sitemap index (a list of sitemaps), not a list of pages. Import each sitemap it lists.',
    };
  }
  if (root.localName !== 'urlset') {
    return {
      ok: false,
      error: 'This is not a sitemap: expected <urlset> with <url><loc>…</loc></url> entries.',
    };
  }
  const entries = childrenNamed(root, 'url');
  if (entries.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      error: `The sitemap lists ${entries.length.toLocaleString('en')} pages; import at most ${MAX_IMPORT_ROWS.toLocaleString('en')} at a time.`,
    };
  }
  const checked: (ImportRow | ImportProblem)[] = entries.map((entry, index) => {
    const loc = childrenNamed(entry, 'loc')[0]?.textContent?.trim();
    if (!loc) return { at: index + 1, reason: 'no <loc> address' };
    return checkRow(index + 1, { url: loc });
  });
  return collect('entry', checked);
}
