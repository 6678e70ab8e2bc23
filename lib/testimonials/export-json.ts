import type { Testimonial } from '../db/schema';
import type { LibraryFilter } from './library-filter';
import { isPublishable, scopeSentence, type ExportScope } from './export-scope';

/** The JSON export's format name and version: a consumer checks both before reading. */
export const JSON_FORMAT = 'casebook.testimonials';
export const JSON_VERSION = 1;

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/** One testimonial as exported: what a site or a CMS needs, no internal history. */
function exported(t: Testimonial) {
  return {
    id: t.id,
    quote: t.quote,
    originalText: t.originalText,
    author: {
      name: t.author.name,
      handle: t.author.handle,
      profileUrl: t.author.profileUrl,
      avatarUrl: t.author.avatarUrl,
      verified: t.author.verified,
    },
    platform: t.platform,
    permalink: t.permalink,
    postedAt: iso(t.postedAt),
    language: t.language,
    metrics: t.metrics,
    rating: t.rating,
    product: t.product,
    tags: t.tags,
    favourite: t.favourite,
    state: t.state,
    consent: {
      state: t.consent.state,
      requestedAt: iso(t.consent.requestedAt),
      via: t.consent.via,
      answeredAt: iso(t.consent.answeredAt),
      evidence: t.consent.evidence,
    },
    publishable: isPublishable(t),
    caseId: t.caseId,
    savedBy: t.savedBy,
    savedAt: iso(t.savedAt),
  };
}

/** The testimonials as a versioned JSON document, saying which filter and scope made it. */
export function testimonialsJson(
  list: readonly Testimonial[],
  scope: ExportScope & { filter: LibraryFilter },
): string {
  const document = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    exportedAt: new Date(scope.exportedAt).toISOString(),
    scope: scopeSentence(scope),
    onlyPublishable: scope.onlyPublishable,
    filter: scope.filter,
    count: list.length,
    testimonials: list.map(exported),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
