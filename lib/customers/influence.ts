import type { Customer } from '../db/schema';
import { largestAudience } from './customer';

/** Points per tenfold audience; 100 is reached at 100,000 followers. */
const POINTS_PER_DECADE = 20;

/**
 * How far a customer's voice carries, 0–100, from their largest audience across sites
 * (audiences overlap, so counts are not added): log-scaled, because the step from 100
 * to 1,000 followers matters as much as from 10,000 to 100,000. 20 points per tenfold:
 * 10 followers → 20, 1,000 → 60, 100,000 and more → 100. Null when no site showed a
 * follower count yet.
 */
export function influenceScore(customer: Pick<Customer, 'identities'>): number | null {
  const audience = largestAudience(customer);
  if (audience === null) return null;
  return Math.min(100, Math.round(POINTS_PER_DECADE * Math.log10(1 + audience)));
}
