import type { z } from '../zod';

/**
 * Typed errors of the customer functions: each message is written for the agent, so a
 * handler can show it as it is; the extra fields let a UI offer the way out.
 */

/** Input that does not validate: the first problems, each with where it is. */
export class CustomerInputError extends Error {
  constructor(readonly issues: readonly { path: string; message: string }[]) {
    const shown = issues
      .slice(0, 3)
      .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
      .join('; ');
    super(`The customer details are not valid (${shown}).`);
    this.name = 'CustomerInputError';
  }

  static of(error: z.ZodError): CustomerInputError {
    return new CustomerInputError(
      error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
}

/** An identity or CRM record that already belongs to another customer. */
export class CustomerConflictError extends Error {
  constructor(
    readonly key: string,
    readonly ownerId: string,
    ownerName: string,
  ) {
    super(
      `${key} already belongs to ${ownerName ? `the customer “${ownerName}”` : 'another customer'}. ` +
        'Merge the two customers instead of adding it twice.',
    );
    this.name = 'CustomerConflictError';
  }
}

/** A change to a customer that was merged into another: the survivor is the one to edit. */
export class CustomerMergedAwayError extends Error {
  constructor(
    readonly customerId: string,
    readonly survivorId: string,
  ) {
    super(
      `This customer was merged into another one (${survivorId}); edit that one, or undo the merge first.`,
    );
    this.name = 'CustomerMergedAwayError';
  }
}

/** A merge that has conflicting fields without a choice for each. */
export class MergeConflictError extends Error {
  constructor(readonly fields: readonly string[]) {
    super(
      `Choose which value to keep for ${fields.join(', ')}: the two customers disagree, and a merge never overwrites silently.`,
    );
    this.name = 'MergeConflictError';
  }
}

/** A merge or unmerge that cannot be done as asked (same customer, undone twice…). */
export class MergeRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeRefusedError';
  }
}

/** Runs a zod parse and turns its failure into a CustomerInputError. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw CustomerInputError.of(parsed.error);
  return parsed.data;
}
