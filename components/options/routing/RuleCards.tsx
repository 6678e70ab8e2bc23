import { useRef } from 'react';
import { newId } from '@/lib/ids';
import type { AgentGroup, RoutingRule } from '@/lib/routing/rule-schema';
import { Field, useFieldProps } from '../fields';
import { ActionFields } from './ActionFields';
import { ConditionFields } from './ConditionFields';
import { AcknowledgementSelect, type ReplyChoice } from './AcknowledgementSelect';

export const ruleTitle = (rule: RoutingRule, index: number) =>
  `Rule ${index + 1} '${rule.name.trim() || 'unnamed'}'`;

/** Swaps the rule with its neighbour; the order is the order rules are tried in. */
function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** The ordered rules, each a card with Move up / Move down and Remove. */
export function RuleCards(props: {
  rules: RoutingRule[];
  agents: readonly string[];
  groups: readonly AgentGroup[];
  /** The saved replies a rule may prefill as its acknowledgement. */
  replies: readonly ReplyChoice[];
  onChange: (rules: RoutingRule[]) => void;
}) {
  const { rules, onChange } = props;
  const add = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const replace = (index: number, rule: RoutingRule) =>
    onChange(rules.map((r, i) => (i === index ? rule : r)));
  const move = (index: number, to: number, direction: 'up' | 'down') => {
    onChange(moved(rules, index, to));
    // The focus follows the rule, so pressing again keeps moving it.
    requestAnimationFrame(() =>
      list.current?.querySelectorAll<HTMLElement>(`[data-move="${direction}"]`)[to]?.focus(),
    );
  };
  return (
    <>
      {rules.length === 0 && (
        <p className="muted small">No rules yet: every case gets the default action below.</p>
      )}
      <ol ref={list} className="stack routing-rules">
        {rules.map((rule, index) => {
          const path = `routing.rules.${index}`;
          const title = ruleTitle(rule, index);
          const name = `rule '${rule.name.trim() || index + 1}'`;
          return (
            <li key={rule.id}>
              <fieldset className="card">
                <legend>{title}</legend>
                <Field path={`${path}.name`} label={`${title}: name`}>
                  <TextInput
                    path={`${path}.name`}
                    value={rule.name}
                    onChange={(value) => replace(index, { ...rule, name: value })}
                  />
                </Field>
                <label className="inline">
                  <input
                    type="checkbox"
                    checked={rule.enabled}
                    onChange={(e) => replace(index, { ...rule, enabled: e.target.checked })}
                  />{' '}
                  {title}: enabled
                </label>
                <ConditionFields
                  path={`${path}.conditions`}
                  label={title}
                  conditions={rule.conditions}
                  onChange={(conditions) => replace(index, { ...rule, conditions })}
                />
                <ActionFields
                  path={`${path}.action`}
                  label={`${title}: action`}
                  action={rule.action}
                  agents={props.agents}
                  groups={props.groups}
                  onChange={(action) => replace(index, { ...rule, action })}
                />
                <AcknowledgementSelect
                  path={path}
                  label={title}
                  value={rule.acknowledgementReplyId}
                  replies={props.replies}
                  onChange={(acknowledgementReplyId) =>
                    replace(index, { ...rule, acknowledgementReplyId })
                  }
                />
                <div className="card-actions">
                  <button
                    type="button"
                    data-move="up"
                    aria-label={`Move ${name} up`}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1, 'up')}
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    data-move="down"
                    aria-label={`Move ${name} down`}
                    disabled={index === rules.length - 1}
                    onClick={() => move(index, index + 1, 'down')}
                  >
                    Move down
                  </button>
                  <button
                    type="button"
                    aria-label={`Remove ${name}`}
                    onClick={() => {
                      onChange(rules.filter((_, i) => i !== index));
                      add.current?.focus();
                    }}
                  >
                    Remove
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <button
          type="button"
          ref={add}
          onClick={() =>
            onChange([
              ...rules,
              {
                id: newId(),
                name: `Rule ${rules.length + 1}`,
                enabled: true,
                conditions: {},
                action: { kind: 'unassigned' },
                acknowledgementReplyId: null,
              },
            ])
          }
        >
          Add rule
        </button>
      </div>
    </>
  );
}

function TextInput(props: { path: string; value: string; onChange: (value: string) => void }) {
  return (
    <input
      type="text"
      {...useFieldProps(props.path)}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
