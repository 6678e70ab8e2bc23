import { newId } from '@/lib/ids';
import { GROUP_STRATEGIES, type AgentGroup } from '@/lib/routing/rule-schema';
import { CardList } from '../CardList';
import { Field, FieldError, useFieldProps } from '../fields';

const STRATEGY_LABELS: Record<AgentGroup['strategy'], string> = {
  'round-robin': 'Round-robin (take turns)',
  'least-loaded': 'Least loaded (fewest open cases)',
};

/** The groups rules assign to: a name, its agents (in turn order) and how they share. */
export function GroupsEditor(props: {
  groups: AgentGroup[];
  agents: readonly string[];
  onChange: (groups: AgentGroup[]) => void;
}) {
  const { groups, agents } = props;
  const replace = (index: number, group: AgentGroup) =>
    props.onChange(groups.map((g, i) => (i === index ? group : g)));
  return (
    <fieldset className="card">
      <legend>Groups</legend>
      <CardList
        items={groups}
        onChange={props.onChange}
        nameOf={(group, index) => `Group ${group.name.trim() || index + 1}`}
        empty={<p className="muted small">No groups yet: rules can still assign to an agent.</p>}
        render={(group, index) => (
          <GroupFields
            path={`routing.groups.${index}`}
            group={group}
            agents={agents}
            onChange={(next) => replace(index, next)}
          />
        )}
        copy={(g) => ({ ...g, id: newId(), name: `${g.name} (copy)` })}
        newItem={() => ({
          id: newId(),
          name: `Group ${groups.length + 1}`,
          strategy: 'round-robin' as const,
          agents: [...agents],
        })}
        addLabel="Add group"
      />
    </fieldset>
  );
}

function GroupFields(props: {
  path: string;
  group: AgentGroup;
  agents: readonly string[];
  onChange: (group: AgentGroup) => void;
}) {
  const { path, group } = props;
  const title = `Group ${group.name.trim() || ''}`.trim();
  const has = (agent: string) => group.agents.some((a) => a.toLowerCase() === agent.toLowerCase());
  // Members outside the team's list stay shown, so they can be unticked.
  const names = [...props.agents, ...group.agents.filter((a) => !props.agents.includes(a))];
  return (
    <>
      <Field path={`${path}.name`} label="Name">
        <input
          type="text"
          {...useFieldProps(`${path}.name`)}
          value={group.name}
          onChange={(event) => props.onChange({ ...group, name: event.target.value })}
        />
      </Field>
      <Field path={`${path}.strategy`} label="Share cases by">
        <select
          {...useFieldProps(`${path}.strategy`)}
          value={group.strategy}
          onChange={(event) =>
            props.onChange({ ...group, strategy: event.target.value as AgentGroup['strategy'] })
          }
        >
          {GROUP_STRATEGIES.map((strategy) => (
            <option key={strategy} value={strategy}>
              {STRATEGY_LABELS[strategy]}
            </option>
          ))}
        </select>
      </Field>
      <fieldset id={useFieldProps(`${path}.agents`).id} tabIndex={-1}>
        <legend>{title}: agents</legend>
        {names.map((agent) => (
          <label key={agent} className="inline">
            <input
              type="checkbox"
              checked={has(agent)}
              onChange={(event) =>
                props.onChange({
                  ...group,
                  agents: event.target.checked
                    ? [...group.agents, agent]
                    : group.agents.filter((a) => a.toLowerCase() !== agent.toLowerCase()),
                })
              }
            />{' '}
            {agent}
          </label>
        ))}
        <FieldError path={`${path}.agents`} />
      </fieldset>
    </>
  );
}
