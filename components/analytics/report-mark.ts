/** The performance mark the analytics page sets when it asks for a report (the bench reads it). */
export const REPORT_ASKED_MARK = 'casebook-analytics-asked';
