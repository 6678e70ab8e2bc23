import { useEffect, useRef } from 'react';
import {
  STEP_ROLES,
  stepRole,
  type ChecklistTemplate,
  type StepRoleId,
} from '@/lib/cases/checklist';
import { newId } from '@/lib/ids';
import { moveItem } from '@/lib/settings-form/lists';
import { rolesTakenBesides, withRole } from '@/lib/settings-form/templates';
import { FieldError, fieldId, useFieldProps } from './fields';

type Step = ChecklistTemplate['steps'][number];

/**
 * A template's steps: label, "required" and when Casebook ticks it itself (its role),
 * added, removed and reordered with buttons (the keyboard's way to drag). After a move
 * the focus follows the step.
 */
export function TemplateSteps({
  path,
  steps,
  onChange,
}: {
  path: string;
  steps: readonly Step[];
  onChange: (steps: Step[]) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    const target = list.current?.querySelector<HTMLElement>(pendingFocus.current);
    pendingFocus.current = null;
    target?.focus();
  });

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    // Keep the focus on the same button unless it is now disabled (top or bottom).
    const edge = by === -1 ? to === 0 : to === steps.length - 1;
    const button = by === -1 ? (edge ? 'down' : 'up') : edge ? 'up' : 'down';
    pendingFocus.current = `li:nth-child(${to + 1}) [data-move="${button}"]`;
    onChange(moveItem(steps, index, by));
  };
  const change = (index: number, next: Partial<Step>) =>
    onChange(steps.map((s, i) => (i === index ? { ...s, ...next } : s)));
  const setRole = (index: number, role: StepRoleId | '') => {
    // The role is the step's id, and the row is keyed by it: keep the focus on the choice.
    pendingFocus.current = `li:nth-child(${index + 1}) select[data-role]`;
    onChange(steps.map((s, i) => (i === index ? withRole(s, role) : s)));
  };
  const remove = (index: number) => {
    const focusIndex = Math.min(index, steps.length - 2);
    pendingFocus.current = focusIndex >= 0 ? `li:nth-child(${focusIndex + 1}) input` : null;
    onChange(steps.filter((_, i) => i !== index));
  };
  const add = () => {
    pendingFocus.current = `li:nth-child(${steps.length + 1}) input`;
    onChange([...steps, { id: newId(), label: '', required: false }]);
  };

  return (
    <div className="field">
      <span className="field-label" id={fieldId(`${path}-label`)}>
        Steps
      </span>
      <ol ref={list} className="steps" aria-labelledby={fieldId(`${path}-label`)}>
        {steps.map((step, index) => (
          <StepRow
            key={step.id}
            path={`${path}.${index}`}
            step={step}
            number={index + 1}
            last={index === steps.length - 1}
            onChange={(next) => change(index, next)}
            rolesTaken={rolesTakenBesides(steps, index)}
            onRole={(role) => setRole(index, role)}
            onMove={(by) => move(index, by)}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
      <div>
        <button type="button" id={fieldId(path)} onClick={add} disabled={steps.length >= 100}>
          Add step
        </button>
      </div>
      <FieldError path={path} />
    </div>
  );
}

function StepRow({
  path,
  step,
  number,
  last,
  onChange,
  rolesTaken,
  onRole,
  onMove,
  onRemove,
}: {
  path: string;
  step: Step;
  number: number;
  last: boolean;
  onChange: (next: Partial<Step>) => void;
  /** Roles other steps hold (with their step number): one step per role. */
  rolesTaken: ReadonlyMap<StepRoleId, number>;
  onRole: (role: StepRoleId | '') => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const label = step.label.trim() || `step ${number}`;
  return (
    <li>
      <span className="step-number" aria-hidden="true">
        {number}.
      </span>
      <input
        {...useFieldProps(`${path}.label`)}
        aria-label={`Step ${number}`}
        className="step-label"
        value={step.label}
        onChange={(event) => onChange({ label: event.target.value })}
      />
      <label className="inline">
        <input
          type="checkbox"
          aria-label={`Required: ${label}`}
          checked={step.required}
          onChange={(event) => onChange({ required: event.target.checked })}
        />{' '}
        Required
      </label>
      <select
        {...useFieldProps(`${path}.id`)}
        data-role
        className="step-role"
        aria-label={`Ticked automatically: ${label}`}
        value={stepRole(step.id)?.id ?? ''}
        onChange={(event) => onRole(event.target.value as StepRoleId | '')}
      >
        <option value="">Ticked by hand</option>
        {STEP_ROLES.map((role) => {
          const holder = rolesTaken.get(role.id);
          return (
            <option key={role.id} value={role.id} disabled={holder !== undefined}>
              Ticked when {role.when}
              {holder !== undefined ? ` (step ${holder})` : ''}
            </option>
          );
        })}
      </select>
      <button
        type="button"
        data-move="up"
        aria-label={`Move ${label} up`}
        disabled={number === 1}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        data-move="down"
        aria-label={`Move ${label} down`}
        disabled={last}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button type="button" aria-label={`Remove ${label}`} onClick={onRemove}>
        Remove
      </button>
      <FieldError path={`${path}.label`} />
      <FieldError path={`${path}.id`} />
    </li>
  );
}
