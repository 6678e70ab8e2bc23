// Every body, query and path parameter is parsed with zod before use (issue 8: "zod
// validation of every payload"). A failure is a 400 that says which field and why.
import type { z } from 'zod';
import { badRequest } from './errors';

export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ` : '') + issue.message)
    .join('; ');
}

/** `part` names what was parsed ("body", "query", "path") in the message. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, part: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw badRequest(`Invalid ${part}: ${formatIssues(result.error.issues)}`);
  return result.data;
}
