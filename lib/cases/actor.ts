/** Who is acting and when; passed in so domain logic stays pure and testable. */
export interface Actor {
  by: string;
  now: number;
}

/**
 * The agent at this browser, as every change records them. Settings name the team's
 * agents, and "me" is this browser's own (until agents sign in with names of their own).
 */
export const THIS_AGENT = 'me';

/** Whether two names are the same agent: names are compared as people type them. */
export const sameAgent = (a: string | null | undefined, b: string): boolean =>
  typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();
