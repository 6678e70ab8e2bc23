import type { AgentGroup, RoutingAction } from '@/lib/routing/rule-schema';
import { FieldError, useFieldProps } from '../fields';

type Target = Extract<RoutingAction, { kind: 'agent' | 'group' }>;

const ACTION_LABELS: Record<RoutingAction['kind'], string> = {
  agent: 'Assign to an agent',
  group: 'Assign to a group',
  expert: 'Assign to the expert on the topic',
  unassigned: 'Leave unassigned',
};

interface ActionFieldsProps {
  /** "routing.rules.0.action". */
  path: string;
  /** "Rule 1 action", "Default action": names the controls. */
  label: string;
  action: RoutingAction;
  agents: readonly string[];
  groups: readonly AgentGroup[];
  onChange: (action: RoutingAction) => void;
}

/** What a rule (or the default) does: an agent, a group, an expert with a fallback, nobody. */
export function ActionFields({ path, label, action, agents, groups, onChange }: ActionFieldsProps) {
  const firstTarget = (kind: Target['kind']): Target =>
    kind === 'agent'
      ? { kind: 'agent', agent: agents[0] ?? '' }
      : { kind: 'group', group: groups[0]?.id ?? '' };
  const change = (kind: RoutingAction['kind']) =>
    onChange(
      kind === 'unassigned'
        ? { kind }
        : kind === 'expert'
          ? { kind, fallback: firstTarget('agent') }
          : firstTarget(kind),
    );
  return (
    <div className="field">
      <select
        {...useFieldProps(`${path}.kind`)}
        aria-label={label}
        value={action.kind}
        onChange={(event) => change(event.target.value as RoutingAction['kind'])}
      >
        {Object.entries(ACTION_LABELS).map(([kind, text]) => (
          <option key={kind} value={kind}>
            {text}
          </option>
        ))}
      </select>
      {action.kind === 'expert' ? (
        <>
          <span className="muted small">
            An available expert whose topics cover the case; when there is none:
          </span>
          <select
            aria-label={`${label}: fallback`}
            value={action.fallback.kind}
            onChange={(event) =>
              onChange({
                kind: 'expert',
                fallback: firstTarget(event.target.value as Target['kind']),
              })
            }
          >
            <option value="agent">Fall back to an agent</option>
            <option value="group">Fall back to a group</option>
          </select>
          <TargetPicker
            path={`${path}.fallback`}
            label={`${label}: fallback`}
            target={action.fallback}
            agents={agents}
            groups={groups}
            onChange={(fallback) => onChange({ kind: 'expert', fallback })}
          />
        </>
      ) : action.kind === 'unassigned' ? null : (
        <TargetPicker
          path={path}
          label={label}
          target={action}
          agents={agents}
          groups={groups}
          onChange={onChange}
        />
      )}
      <FieldError path={`${path}.kind`} />
    </div>
  );
}

function TargetPicker(props: {
  path: string;
  label: string;
  target: Target;
  agents: readonly string[];
  groups: readonly AgentGroup[];
  onChange: (target: Target) => void;
}) {
  const { target } = props;
  const field = target.kind === 'agent' ? 'agent' : 'group';
  const fieldProps = useFieldProps(`${props.path}.${field}`);
  // A name no longer in the list stays selectable, so the error beside it makes sense.
  const options =
    target.kind === 'agent'
      ? withCurrent(
          props.agents.map((a) => [a, a] as const),
          target.agent,
        )
      : withCurrent(
          props.groups.map((g) => [g.id, g.name] as const),
          target.group,
        );
  return (
    <>
      <select
        {...fieldProps}
        aria-label={`${props.label}: ${field}`}
        value={target.kind === 'agent' ? target.agent : target.group}
        onChange={(event) =>
          props.onChange(
            target.kind === 'agent'
              ? { kind: 'agent', agent: event.target.value }
              : { kind: 'group', group: event.target.value },
          )
        }
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text || '(none)'}
          </option>
        ))}
      </select>
      <FieldError path={`${props.path}.${field}`} />
    </>
  );
}

function withCurrent(options: (readonly [string, string])[], current: string) {
  return options.some(([value]) => value === current)
    ? options
    : [[current, current] as const, ...options];
}
