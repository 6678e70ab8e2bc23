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
