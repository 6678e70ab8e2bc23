import { useId, useState } from 'react';
import {
  PLATFORM_LABELS,
  PLATFORMS,
  PRIORITIES,
  type Platform,
  type Priority,
} from '@/lib/db/constants';
import { routeCase, type RoutingExpert } from '@/lib/routing/route';
import { RoutingRulesSchema, type RoutingRules } from '@/lib/routing/rule-schema';
import type { RoutingDecision } from '@/lib/routing/types';
import { numberFrom } from '@/lib/settings-form/units';
import { listFrom } from './CommaListInput';

interface Sample {
  channel: Platform;
  topics: string;
  language: string;
  priority: Priority;
  vip: boolean;
  lifetimeValue: string;
  segment: string;
  /** A datetime-local value, in this computer's time zone. */
  capturedAt: string;
  text: string;
}

const localNow = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** "Rule 2 'Billing' fires: assign to Ana (round-robin in Billing)". */
export function decisionSummary(decision: RoutingDecision, routing: RoutingRules): string {
  const who =
    decision.assignee === null
      ? 'leave unassigned'
      : `assign to ${decision.assignee}${strategyNote(decision, routing)}`;
  if (decision.firedRule === 'default') return `No rule fires; the default applies: ${who}`;
  const { position, name } = decision.firedRule;
  return `Rule ${position} '${name}' fires: ${who}`;
}

function strategyNote(decision: RoutingDecision, routing: RoutingRules): string {
  const { strategy, firedRule } = decision;
  if (strategy !== 'round-robin' && strategy !== 'least-loaded') {
    return strategy === 'expert' ? ' (expert on the topic)' : '';
  }
  // The group is the one the fired rule (or the default), or its expert fallback, names.
  const action =
    firedRule === 'default'
      ? routing.default.action
      : routing.rules.find((r) => r.id === firedRule.id)?.action;
  const target = action?.kind === 'expert' ? action.fallback : action;
  const group =
    target?.kind === 'group' ? routing.groups.find((g) => g.id === target.group) : undefined;
  return group ? ` (${strategy} in ${group.name})` : ` (${strategy})`;
}

/**
 * Which rule would fire for a made-up case, and why, from the rules as edited (not yet
 * saved). Every agent counts as available, with no open cases and no round-robin history.
 */
export function DryRun(props: {
  routing: RoutingRules;
  agents: readonly string[];
  experts: readonly RoutingExpert[];
}) {
  const [sample, setSample] = useState<Sample>({
    channel: PLATFORMS[0],
    topics: '',
    language: '',
    priority: 'P3',
    vip: false,
    lifetimeValue: '',
    segment: '',
    capturedAt: localNow(),
    text: '',
  });
  const titleId = useId();
  const set = <F extends keyof Sample>(field: F, value: Sample[F]) =>
    setSample({ ...sample, [field]: value });
  const parsed = RoutingRulesSchema.safeParse(props.routing);
  const at = new Date(sample.capturedAt).getTime();
  const amount = sample.lifetimeValue.trim() === '' ? null : numberFrom(sample.lifetimeValue);
  const decision =
    parsed.success && Number.isFinite(at)
      ? routeCase(
          {
            channel: sample.channel,
            topics: listFrom(sample.topics) ?? [],
            language: sample.language.trim() || null,
            text: sample.text,
            priority: sample.priority,
            customer: {
              vip: sample.vip,
              lifetimeValue:
                amount !== null && Number.isFinite(amount) ? { amount, currency: 'EUR' } : null,
              segment: sample.segment.trim(),
            },
            capturedAt: at,
          },
          parsed.data,
          { now: at, available: props.agents, openCases: {}, cursors: {}, experts: props.experts },
        )
      : null;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h3 id={titleId}>Dry run</h3>
      <p className="muted small">
        Try the rules as edited here, before saving. Every agent counts as available with no open
        cases, and round-robin starts from the first agent of each group; on the desk, open-case
        counts and turns change who a group picks.
      </p>
      <div className="dry-run-inputs">
        <label>
          Channel{' '}
          <select
            value={sample.channel}
            onChange={(e) => set('channel', e.target.value as Platform)}
          >
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Topics (comma-separated){' '}
          <input
            type="text"
            value={sample.topics}
            onChange={(e) => set('topics', e.target.value)}
          />
        </label>
        <label>
          Language{' '}
          <input
            type="text"
            placeholder="en"
            value={sample.language}
            onChange={(e) => set('language', e.target.value)}
          />
        </label>
        <label>
          Priority{' '}
          <select
            value={sample.priority}
            onChange={(e) => set('priority', e.target.value as Priority)}
          >
            {PRIORITIES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={sample.vip}
            onChange={(e) => set('vip', e.target.checked)}
          />{' '}
          VIP customer
        </label>
        <label>
          Lifetime value{' '}
          <input
            type="number"
            min={0}
            value={sample.lifetimeValue}
            onChange={(e) => set('lifetimeValue', e.target.value)}
          />
        </label>
        <label>
          Segment{' '}
          <input
            type="text"
            value={sample.segment}
            onChange={(e) => set('segment', e.target.value)}
          />
        </label>
        <label>
          Captured at{' '}
          <input
            type="datetime-local"
            value={sample.capturedAt}
            onChange={(e) => set('capturedAt', e.target.value)}
          />
        </label>
        <label>
          Post text{' '}
          <textarea rows={3} value={sample.text} onChange={(e) => set('text', e.target.value)} />
        </label>
      </div>
      {decision ? (
        <div aria-live="polite" className="dry-run-result">
          <p>
            <strong>{parsed.success && decisionSummary(decision, parsed.data)}</strong>
          </p>
          <ol aria-label="Why" className="small">
            {decision.explanation.map((trace) => (
              <li key={trace.ruleId}>{trace.text}</li>
            ))}
          </ol>
        </div>
      ) : (
        <p className="muted small">
          {parsed.success
            ? 'Enter when the post was captured.'
            : 'Some fields above are not valid yet (Save marks them); the dry run shows once they are.'}
        </p>
      )}
    </section>
  );
}
