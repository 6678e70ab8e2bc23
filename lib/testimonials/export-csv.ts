import Papa from 'papaparse';
import { SAFE_CSV } from '../csv-safety';
import { PLATFORM_LABELS } from '../db/constants';
import type { Testimonial } from '../db/schema';
import { isPublishable, scopeSentence, type ExportScope } from './export-scope';

const iso = (at: number | null) => (at === null ? '' : new Date(at).toISOString());

/** The columns, in the order a marketer reads them. */
export const CSV_COLUMNS = [
  'quote',
  'author',
  'handle',
  'platform',
  'permalink',
  'posted_at',
  'rating',
  'product',
  'tags',
  'favourite',
  'state',
  'consent',
  'consent_requested_at',
  'consent_requested_via',
  'consent_answered_at',
  'consent_evidence',
  'saved_by',
  'saved_at',
  'publishable',
  'export_scope',
  'id',
] as const;

/**
 * The testimonials as CSV. Every row says whether it may be published and what the
 * export holds (a line above the header would break spreadsheet imports, so the scope is
 * a column). Cells a spreadsheet would run as a formula (= + - @ …, on any line count) are
 * escaped (lib/csv-safety.ts).
 */
export function testimonialsCsv(list: readonly Testimonial[], scope: ExportScope): string {
  const exportScope = scopeSentence(scope);
  const data = list.map((t) => {
    const evidence = t.consent.evidence;
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      quote: t.quote,
      author: t.author.name,
      handle: t.author.handle, // without "@": a leading @ is a formula to a spreadsheet
      platform: PLATFORM_LABELS[t.platform],
      permalink: t.permalink ?? '',
      posted_at: iso(t.postedAt),
      rating: t.rating === null ? '' : String(t.rating),
      product: t.product ?? '',
      tags: t.tags.join(', '),
      favourite: t.favourite ? 'yes' : 'no',
      state: t.state,
      consent: t.consent.state,
      consent_requested_at: iso(t.consent.requestedAt),
      consent_requested_via: t.consent.via ?? '',
      consent_answered_at: iso(t.consent.answeredAt),
      consent_evidence:
        evidence === null ? '' : evidence.kind === 'link' ? evidence.url : evidence.text,
      saved_by: t.savedBy,
      saved_at: iso(t.savedAt),
      publishable: isPublishable(t) ? 'yes' : 'no',
      export_scope: exportScope,
      id: t.id,
    };
    return CSV_COLUMNS.map((column) => row[column]);
  });
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, SAFE_CSV);
}
