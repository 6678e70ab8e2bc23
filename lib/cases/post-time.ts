import { PLATFORM_LABELS } from '../db/constants';
import type { Post } from '../db/schema';

/**
 * When a post was written, as honestly as the site let Casebook know it. Sites that show
 * only a relative time (Facebook's "3 h", LinkedIn's "1w") give no exact one: the case then
 * carries its capture time, and the label says so and quotes what the page showed.
 */
export function postTimeLabel(
  post: Pick<Post, 'postedAt' | 'shownTime' | 'capturedAt' | 'platform'>,
  format: (at: number) => string,
): string {
  if (post.postedAt !== null) return `Posted ${format(post.postedAt)}`;
  const captured = `the case counts from its capture, ${format(post.capturedAt)}`;
  const site = PLATFORM_LABELS[post.platform];
  if (post.shownTime) return `${site} showed “${post.shownTime}” as its time; ${captured}`;
  return post.platform === 'web'
    ? `Captured from a web page; ${captured}`
    : `${site} showed no posting time; ${captured}`;
}

/** "★★★★☆" for a rating of 4, with the words for screen readers beside it. */
export function ratingLabel(rating: number): { stars: string; words: string } {
  const full = Math.max(0, Math.min(5, Math.round(rating)));
  return { stars: '★'.repeat(full) + '☆'.repeat(5 - full), words: `Rated ${full} out of 5` };
}
