import type { ChecklistStep } from '../db/schema';

/**
 * The social customer-service process (DESIGN), as the default activity checklist every
 * new case starts with. `required` steps must be done, or a reason given, to close.
 */
export const DEFAULT_CHECKLIST: readonly { id: string; label: string; required: boolean }[] = [
  { id: 'define', label: 'Define and agree the problem with the customer', required: true },
  { id: 'experts', label: 'Find the experts and add them', required: false },
  { id: 'deadline', label: 'Set the next-contact deadline', required: false },
  { id: 'knowledge', label: 'Link existing knowledge', required: false },
  { id: 'handover', label: 'Pass the issue to the expert', required: false },
  { id: 'diagnosis', label: "Record the expert's diagnosis", required: false },
  { id: 'contact', label: 'Contact the customer with it', required: true },
  { id: 'solved', label: 'Solved? If not, open a new case', required: true },
  { id: 'feedback', label: 'Obtain feedback', required: false },
  { id: 'write-up', label: 'Write up the issue and its resolution', required: true },
  { id: 'docs', label: 'Update the documentation', required: false },
  { id: 'tag', label: 'Tag the case', required: false },
  { id: 'thanks', label: 'Thank the expert', required: false },
];

export function newChecklist(
  template: typeof DEFAULT_CHECKLIST = DEFAULT_CHECKLIST,
): ChecklistStep[] {
  return template.map((step) => ({ ...step, doneAt: null, doneBy: null }));
}

/** The required steps still open. */
export const missingRequired = (checklist: readonly ChecklistStep[]) =>
  checklist.filter((step) => step.required && step.doneAt === null);
