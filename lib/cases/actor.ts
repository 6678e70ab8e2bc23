/** Who is acting and when; passed in so domain logic stays pure and testable. */
export interface Actor {
  by: string;
  now: number;
}
