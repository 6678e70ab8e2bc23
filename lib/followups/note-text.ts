/**
 * Case notes report a promise instead of making it: "told her we'd call back Friday".
 * findPromises reads what the agent writes TO the customer and rightly skips reported
 * and past promises in a reply ("we said we'd…"); in a note written just after talking
 * to the customer, the report IS the promise. This turns each reported promise into the
 * words the agent said ("we will call back Friday") so findPromises can read them. Pure.
 */

/**
 * Reporting verbs agents use in notes, with the person told (one to three words). The
 * curly apostrophe is written \u2019: the bundler cannot escape it inside String.raw, and
 * one non-ASCII byte in the built background makes Chromium drop the extension.
 */
const REPORTED = new RegExp(
  // "I told…", "we just told…": the teller goes too, so the promise starts its clause.
  String.raw`(?:\b(?:i|we)(?:['\u2019]ve|\s+have)?(?:\s+just)?\s+)?` +
    String.raw`\b(?:told|promised|assured|reassured|informed|let)` +
    // The person: "her", "the customer", "Dana", "Mrs. Lee". Not "us": the customer told
    // us; not "we"/"I": that is already the clause.
    String.raw`(?:\s+(?!(?:we|i|our|us)\b)[\p{L}\p{N}.'\u2019-]+){1,3}?` +
    // "let her know", "told her on the phone"
    String.raw`(?:\s+know)?(?:\s+(?:on|by|over)\s+(?:the\s+)?(?:phone|call|dm|chat|email))?` +
    String.raw`\s*[,:]?\s+(?:that\s+)?` +
    // The promise itself, by the agent or the team.
    String.raw`(we|i|our\s+team|the\s+team)(?:'|\u2019)?(d|ll|\s+would|\s+will)\b` +
    // "we'd promised", "we'd been": that 'd is "had", a past report, not a promise.
    String.raw`(?!\s+(?:been|done|sent|made|given|\p{L}+ed)\b)`,
  'giu',
);

/**
 * The note with each reported promise in direct speech ("we'd" → "we will"). Words that
 * are not a reported promise are left as written.
 */
export function reportedToDirect(note: string): string {
  return note.replace(REPORTED, (_match, who: string) => `${who} will`);
}
