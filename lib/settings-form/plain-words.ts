import type { z } from '../zod';

type RawIssue = z.core.$ZodRawIssue;

const count = (n: number | bigint, one: string, many: string) =>
  `${n} ${Number(n) === 1 ? one : many}`;

/**
 * zod's messages in words a team lead reads next to a field ("Must be more than 0", not
 * "Too small: expected number to be >0"). Used as the error map of a parse, so a message
 * written into a schema (e.g. "A step needs a label") still wins.
 */
export function plainMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'Enter a whole number';
      if (issue.expected === 'number') return 'Enter a number';
      return 'Fill this in';
    case 'too_small': {
      const { minimum, inclusive, origin } = issue;
      if (origin === 'string') {
        return Number(minimum) <= 1 ? 'Fill this in' : `Use at least ${minimum} characters`;
      }
      if (origin === 'array') return `Add at least ${count(minimum, 'entry', 'entries')}`;
      return inclusive ? `Must be ${minimum} or more` : `Must be more than ${minimum}`;
    }
    case 'too_big': {
      const { maximum, inclusive, origin } = issue;
      if (origin === 'string') return `Use at most ${count(maximum, 'character', 'characters')}`;
      if (origin === 'array') return `Keep at most ${count(maximum, 'entry', 'entries')}`;
      return inclusive ? `Must be ${maximum} or less` : `Must be less than ${maximum}`;
    }
    case 'invalid_value':
    case 'invalid_union':
      return 'Choose one of the options';
    case 'invalid_format':
      return 'This is not in the expected form';
    default:
      return undefined;
  }
}

/**
 * A schema's own message as a sentence: fragments that describe what is expected
 * ("a time like 09:00", "at least one open day") get a verb, the rest a capital letter.
 */
export function asSentence(message: string): string {
  const text = message.trim();
  // Lower-case fragments only: "A step needs a label" is already a sentence.
  if (/^(a|an|at least) /.test(text)) return `Needs ${text}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
