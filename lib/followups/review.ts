import Papa from 'papaparse';
import type { CasebookDatabase } from '../db/database';
import type { FollowUp } from '../db/schema';
import {
  dayBounds,
  doneLateFollowUps,
  dueBetween,
  dueTodayFollowUps,
  keptFollowUps,
  overdueFollowUps,
} from './queries';

/** The sections of a lead's review, in the order a lead reads them. */
export const REVIEW_SECTIONS = ['overdue', 'dueToday', 'upcoming', 'doneLate', 'kept'] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];
export const REVIEW_LABELS: Record<ReviewSection, string> = {
  overdue: 'Overdue',
  dueToday: 'Due today',
  upcoming: 'Due in the next 7 days',
  doneLate: 'Done late (last 7 days)',
  kept: 'Kept (last 7 days)',
};

export type Review = Record<ReviewSection, FollowUp[]>;

const WEEK_MS = 7 * 24 * 60 * 60_000;

/** What a team lead reviews: each section one bounded index read (queries.ts). */
export async function loadReview(db: CasebookDatabase, now: number): Promise<Review> {
  const [, endOfToday] = dayBounds(now);
  const [overdue, dueToday, upcoming, doneLate, kept] = await Promise.all([
    overdueFollowUps(db, now),
    dueTodayFollowUps(db, now),
    dueBetween(db, 'pending', Math.max(endOfToday, now + 1), now + WEEK_MS),
    doneLateFollowUps(db, now - WEEK_MS, now + 1),
    keptFollowUps(db, now - WEEK_MS, now + 1),
  ]);
  return { overdue, dueToday, upcoming, doneLate, kept };
}

/** The review's rows as the CSV a lead exports: exactly the rows the page lists. */
export function reviewCsv(review: Review, owner: string | null): string {
  const rows = REVIEW_SECTIONS.flatMap((section) =>
    review[section]
      .filter((f) => owner === null || f.owner === owner)
      .map((f) => ({
        section: REVIEW_LABELS[section],
        owner: f.owner,
        due: new Date(f.dueAt).toISOString(),
        done: f.doneAt === null ? '' : new Date(f.doneAt).toISOString(),
        promise: f.phrase,
        case: f.caseId ?? '',
        customer: f.customerKey ?? '',
        where: f.where ?? '',
      })),
  );
  // A cell starting with = + - @ is read as a formula by spreadsheets: escaped.
  return Papa.unparse(rows, { escapeFormulae: true });
}
