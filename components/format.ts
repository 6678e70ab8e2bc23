import { PLATFORM_LABELS, type Platform } from '@/lib/db/constants';
import type { CaseStatus } from '@/lib/db/schema';

/** Site names as people write them (kept in lib, where the background needs them too). */
export { PLATFORM_LABELS };

/** A saved reply's channel: a site, or every site. */
export const channelLabel = (channel: Platform | 'any') =>
  channel === 'any' ? 'Any channel' : PLATFORM_LABELS[channel];

export const STATUS_LABELS: Record<CaseStatus, string> = {
  new: 'New',
  open: 'Open',
  waiting: 'Waiting on customer',
  resolved: 'Resolved',
  closed: 'Closed',
};

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Infinity],
];

/** "3 minutes ago", for times shown beside cases and notes. */
export function timeAgo(at: number, now = Date.now()): string {
  let amount = (at - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
    amount /= size;
  }
  return new Date(at).toLocaleDateString();
}

export const fullTime = (at: number) => new Date(at).toLocaleString();

/** Initials for an avatar: we never load the site's avatar image (no network of our own). */
export function initials(name: string, handle: string): string {
  const words = (name || handle)
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .trim()
    .split(/\s+/);
  const letters = words.slice(0, 2).map((w) => [...w][0] ?? '');
  return letters.join('').toUpperCase() || '?';
}
