import type { Testimonial } from '../db/schema';
import { embedSnippet } from './embed';
import { testimonialsCsv } from './export-csv';
import { wallOfLoveHtml, type WallOptions } from './export-html';
import { testimonialsJson } from './export-json';
import { exportFileName, type ExportFormat } from './export-scope';
import type { LibraryFilter } from './library-filter';

export interface ExportRequest extends WallOptions {
  format: ExportFormat;
  filter: LibraryFilter;
  /** The one testimonial of an embed snippet. */
  embedId?: string | null;
}

export interface ExportFile {
  content: string;
  type: string;
  fileName: string;
  /** How many testimonials it holds. */
  count: number;
}

/** One export as the file the browser downloads: its text, media type and name. */
export function exportFile(list: readonly Testimonial[], request: ExportRequest): ExportFile {
  const fileName = exportFileName(request.format, request);
  switch (request.format) {
    case 'csv':
      return {
        content: testimonialsCsv(list, request),
        type: 'text/csv',
        fileName,
        count: list.length,
      };
    case 'json':
      return {
        content: testimonialsJson(list, request),
        type: 'application/json',
        fileName,
        count: list.length,
      };
    case 'html':
      return {
        content: wallOfLoveHtml(list, request),
        type: 'text/html',
        fileName,
        count: list.length,
      };
    case 'embed': {
      const one = list.find((t) => t.id === request.embedId) ?? list[0];
      return {
        content: one ? `${embedSnippet(one, request)}\n` : '',
        type: 'text/html',
        fileName,
        count: one ? 1 : 0,
      };
    }
  }
}

/** A short look at a CSV or JSON export: its first rows (the whole file is built on download). */
export function exportPreview(list: readonly Testimonial[], request: ExportRequest): string {
  if (request.format === 'csv') return exportFile(list.slice(0, 5), request).content;
  if (request.format === 'json') return exportFile(list.slice(0, 2), request).content;
  return exportFile(list, request).content;
}
