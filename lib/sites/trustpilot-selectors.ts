/**
 * Selectors of Trustpilot's review cards, as data. notes/site-dom.md section 7 (low to
 * medium confidence, unattributed) names the card, the consumer's name, the text, the
 * rating and the time; the rest is marked as an assumption of the hand-made fixtures.
 * Trustpilot's classes carry build hashes (styles_reviewCard__x1y2z): never used here.
 */
import type { Alternatives } from './read';

export { any } from './read';

// 2026 site-dom §7: one review card
export const CARD: Alternatives = ['article[data-service-review-card-paper]'];

// 2026 site-dom §7: the consumer's name
export const NAME: Alternatives = ['[data-consumer-name-typography]'];

// 2026 site-dom §7: the review's text
export const TEXT: Alternatives = ['[data-service-review-text-typography]'];

export const TITLE: Alternatives = [
  // Assumption (2026-11 fixtures): Trustpilot's typography hooks follow one naming pattern
  '[data-service-review-title-typography]',
  // Assumption (2026-11 fixtures): the title is the heading of the review's own link
  'a[href*="/reviews/"] h2',
];

// 2026 site-dom §7: [data-service-review-rating] img[alt] ("Rated 4 out of 5 stars")
export const RATING: Alternatives = ['[data-service-review-rating]'];
export const RATING_IMG: Alternatives = [
  '[data-service-review-rating] img[alt]',
  // Assumption (2026-11 fixtures): the star picture is named stars-<n>.svg
  'img[src*="/stars-"]',
];

// 2026 site-dom §7: time[datetime]; the review's comes first, before a company's reply
export const TIME: Alternatives = ['time[datetime]'];

// 2026 site-dom §7 ("review link"): the review's own page, /reviews/<id>
export const REVIEW_LINK: Alternatives = ['a[href*="/reviews/"]'];

// Assumption (2026-11 fixtures): the consumer's profile link, /users/<id>
export const USER_LINK: Alternatives = ['a[href*="/users/"]'];

/** The reviewer's picture (reviewers without one show initials). */
export const AVATAR: Alternatives = [
  // Assumption (2026-11 fixtures): a picture inside the consumer's profile link
  'a[href*="/users/"] img[src]',
  // Assumption (2026-11 fixtures): the info column beside the review
  'aside img[src]',
];

/** Labels of the control that shows a cut review whole; one language per entry (fast path). */
export const SEE_MORE_LABELS: readonly string[] = [
  'See more',
  'Read more',
  'Mehr anzeigen',
  'Weiterlesen',
  'Voir plus',
  'Ver más',
  'Lees meer',
];

// Assumption (2026-11 fixtures): the name on a reviewer's own page
export const PROFILE_NAME: Alternatives = ['main h1'];
