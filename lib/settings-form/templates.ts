import { stepRole, type ChecklistTemplate, type StepRoleId } from '../cases/checklist';
import { newId } from '../ids';

type Step = ChecklistTemplate['steps'][number];

/**
 * A copy of a template to edit on its own. Its steps get new ids, so removing one
 * template's tag never keeps or takes the other's steps (tag-templates.ts matches by id);
 * steps with a role keep their role id, so the copy's steps are still ticked by it.
 */
export function copyTemplate(template: ChecklistTemplate, makeId = newId): ChecklistTemplate {
  return {
    ...template,
    id: makeId(),
    name: `${template.name} (copy)`,
    steps: template.steps.map((step) => ({
      ...step,
      id: stepRole(step.id) ? step.id : makeId(),
    })),
  };
}

/**
 * The step with the role the lead chose ('' for none): a role is the step's id; a step
 * that loses its role gets an id of its own.
 */
export function withRole(step: Step, role: StepRoleId | '', makeId = newId): Step {
  if (role) return { ...step, id: role };
  return stepRole(step.id) ? { ...step, id: makeId() } : step;
}

/** The roles other steps of the template hold, with the step number (1-based) of each. */
export function rolesTakenBesides(
  steps: readonly Step[],
  index: number,
): ReadonlyMap<StepRoleId, number> {
  const taken = new Map<StepRoleId, number>();
  steps.forEach((step, i) => {
    const role = stepRole(step.id);
    if (role && i !== index && !taken.has(role.id)) taken.set(role.id, i + 1);
  });
  return taken;
}
