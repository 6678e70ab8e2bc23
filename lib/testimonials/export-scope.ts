import type { Testimonial } from '../db/schema';
import { isPublishable } from './testimonial';

/**
 * Which testimonials an export holds. By default only what may be published: approved by
 * a marketer AND the author's consent granted (issue 6, point 2; the rule is in
 * testimonial.ts). The marketer may choose to include the rest (to review them
 * elsewhere); every export then says so.
 */
export { isPublishable };

export interface ExportScope {
  /** True: only approved testimonials with consent granted. */
  onlyPublishable: boolean;
  exportedAt: number;
  /** Locale and time zone of the dates written for people (not the ISO ones). */
  locale?: string;
  timeZone?: string;
}

export function selectForExport(list: readonly Testimonial[], onlyPublishable: boolean) {
  return list.filter((t) => !t.deleted && (!onlyPublishable || isPublishable(t)));
}

/** "22 Nov 2026". */
export function dayLabel(at: number, scope: Pick<ExportScope, 'locale' | 'timeZone'>): string {
  return new Intl.DateTimeFormat(scope.locale ?? 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: scope.timeZone,
  }).format(at);
}

/** What an export holds, in the words a marketer reads at the top or bottom of it. */
export function scopeSentence(scope: ExportScope): string {
  const when = dayLabel(scope.exportedAt, scope);
  return scope.onlyPublishable
    ? `Approved and consented testimonials, exported ${when}`
    : `All testimonials, including ones not approved or without the author's consent, exported ${when}`;
}

/** The warning an export that includes unpublishable testimonials carries. */
export const NOT_FOR_PUBLISHING =
  'Not for publishing as is: this export includes testimonials that are not approved or whose authors have not given consent.';

/** What is wrong with publishing one testimonial, in short words ('' when nothing). */
export function notPublishableReason(t: Testimonial): string {
  const reasons = [
    t.state !== 'approved' ? (t.state === 'rejected' ? 'rejected' : 'not approved') : '',
    t.consent.state !== 'granted'
      ? t.consent.state === 'declined'
        ? 'consent declined'
        : 'no consent'
      : '',
  ].filter(Boolean);
  return reasons.join(', ');
}

export type ExportFormat = 'csv' | 'json' | 'html' | 'embed';
const EXTENSIONS: Record<ExportFormat, string> = {
  csv: 'csv',
  json: 'json',
  html: 'html',
  embed: 'html',
};

/** "casebook-testimonials-2026-11-22.csv"; "-all" when not only publishable ones. */
export function exportFileName(format: ExportFormat, scope: ExportScope): string {
  const day = new Date(scope.exportedAt).toISOString().slice(0, 10);
  const kind =
    format === 'html' ? 'wall-of-love' : format === 'embed' ? 'testimonial' : 'testimonials';
  return `casebook-${kind}${scope.onlyPublishable ? '' : '-all'}-${day}.${EXTENSIONS[format]}`;
}
