import { z } from '../zod';
import { PlatformSchema, type Case, type ChecklistStep } from '../db/schema';

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

/**
 * Steps Casebook ticks itself, known by their id: a template step with one of these ids
 * is ticked when the thing happens on the case (lib/knowledge/case-links.ts,
 * write-up.ts). The settings page sets a step's id to a role's to give it that role.
 */
export const STEP_ROLES = [
  { id: 'experts', when: 'an expert is added' },
  { id: 'knowledge', when: 'an article is linked' },
  { id: 'write-up', when: 'a write-up is saved' },
] as const;
export type StepRoleId = (typeof STEP_ROLES)[number]['id'];

/** The role of a step with this id, if it has one. */
export const stepRole = (stepId: string) => STEP_ROLES.find((role) => role.id === stepId) ?? null;

export const ChecklistTemplateStepSchema = z.object({
  id: z.string().trim().min(1).max(64),
  label: z.string().trim().min(1, 'A step needs a label').max(200),
  required: z.boolean(),
});

/**
 * A checklist template, applied when a case is created: the one for the case's channel
 * (or "any"); a template with a tag adds its steps when a case gets that tag.
 */
export const ChecklistTemplateSchema = z.object({
  id: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1, 'A template needs a name').max(100),
  channel: z.union([PlatformSchema, z.literal('any')]),
  /** Lower-case tag; null: applies by channel at creation. */
  tag: z.string().trim().toLowerCase().min(1).max(60).nullable(),
  steps: z
    .array(ChecklistTemplateStepSchema)
    .min(1, 'A template needs at least one step')
    .max(100)
    .superRefine((steps, ctx) => {
      const seen = new Set<string>();
      steps.forEach((step, index) => {
        if (!seen.has(step.id)) {
          seen.add(step.id);
          return;
        }
        const role = stepRole(step.id);
        ctx.addIssue({
          code: 'custom',
          // A role is chosen per step (its id): the message belongs to that choice.
          path: role ? [index, 'id'] : [],
          message: role
            ? `Another step of this template is already ticked when ${role.when}`
            : 'Step ids must be different',
        });
      });
    }),
});
export type ChecklistTemplate = z.infer<typeof ChecklistTemplateSchema>;

export const DEFAULT_CHECKLIST_TEMPLATES: readonly ChecklistTemplate[] = [
  {
    id: 'default',
    name: 'Social customer service',
    channel: 'any',
    tag: null,
    steps: DEFAULT_CHECKLIST.map((step) => ({ ...step })),
  },
];

export function newChecklist(
  template: readonly { id: string; label: string; required: boolean }[] = DEFAULT_CHECKLIST,
): ChecklistStep[] {
  return template.map((step) => ({ ...step, doneAt: null, doneBy: null }));
}

/** The template a new case on a channel starts with: exact channel beats "any". */
export function templateForChannel(
  templates: readonly ChecklistTemplate[],
  channel: Case['channel'],
): ChecklistTemplate | null {
  const byChannel = templates.filter((t) => t.tag === null);
  return (
    byChannel.find((t) => t.channel === channel) ??
    byChannel.find((t) => t.channel === 'any') ??
    null
  );
}

/** The required steps still open. */
export const missingRequired = (checklist: readonly ChecklistStep[]) =>
  checklist.filter((step) => step.required && step.doneAt === null);
