import { MAX_POST_TEXT } from '../db/schema';
import { foldText } from '../listening/fold';
import { carryOut, deskOf, type Assignment, type Desk } from './assign';
import { checkConditions, quote } from './conditions';
import type { RoutingRule, RoutingRules } from './rule-schema';
import type { RoutingContext, RoutingDecision, RoutingInput, RuleTrace } from './types';

export type * from './types';

/**
 * Routes a case (issue 11): the first enabled rule whose conditions hold and whose action
 * finds someone available fires; when none does, the default action. Pure: the desk's
 * state comes in through the context, and the round-robin cursors to store go out in the
 * decision, so the same call serves capture, a bulk import and the dry-run view.
 */
export function routeCase(
  input: RoutingInput,
  rules: Pick<RoutingRules, 'groups' | 'rules' | 'default'>,
  context: RoutingContext,
): RoutingDecision {
  const desk = deskOf(context, rules.groups);
  const topics = new Set(input.topics.map((topic) => String(topic).trim().toLowerCase()));
  // A stored case's text is at most this long; a longer one (hostile input, a caller that
  // forgot to clip) is searched no further, so one case cannot stall the queue. Folded
  // once here, not once per rule with keywords.
  const text = foldText(String(input.text), { max: MAX_POST_TEXT });
  const facts = { topics, text, now: context.now };
  const explanation: RuleTrace[] = [];

  for (const [index, rule] of rules.rules.entries()) {
    const position = index + 1;
    const label = `Rule ${position} ${quote(rule.name)}`;
    const trace = (outcome: RuleTrace['outcome'], text: string) =>
      explanation.push({ ruleId: rule.id, position, outcome, text: `${label}: ${text}` });
    if (!rule.enabled) {
      trace('disabled', 'skipped — disabled');
      continue;
    }
    const check = checkConditions(rule.conditions, input, facts);
    if (!check.holds) {
      trace('skipped', `skipped — ${check.reason}`);
      continue;
    }
    const why = check.reasons.length ? check.reasons.join(', ') : 'no conditions';
    const assignment = carryOut(rule.action, desk, expertTopics(rule, topics));
    if (!assignment.found) {
      trace('nobody-available', `matched (${why}) but ${assignment.note}; trying the next rule`);
      continue;
    }
    trace('fired', `fired — ${why} → ${assignment.note}`);
    return decide({ id: rule.id, name: rule.name, position }, rule, assignment, explanation, desk);
  }

  const assignment = carryOut(rules.default.action, desk, [...topics]);
  explanation.push({
    ruleId: 'default',
    position: null,
    outcome: assignment.found ? 'fired' : 'nobody-available',
    text: assignment.found
      ? `Default: ${assignment.note}`
      : `Default: ${assignment.note}; left unassigned`,
  });
  return decide('default', rules.default, assignment, explanation, desk);
}

/** The topics an expert must cover: those the rule asked for, else all the case's. */
function expertTopics(rule: RoutingRule, topics: ReadonlySet<string>): string[] {
  const wanted = rule.conditions.topics;
  return wanted ? wanted.filter((topic) => topics.has(topic)) : [...topics];
}

function decide(
  firedRule: RoutingDecision['firedRule'],
  source: { acknowledgementReplyId?: string | null },
  assignment: Assignment,
  explanation: RuleTrace[],
  desk: Desk,
): RoutingDecision {
  return {
    firedRule,
    assignee: assignment.found ? assignment.assignee : null,
    strategy: assignment.found ? assignment.strategy : null,
    acknowledgementReplyId: source.acknowledgementReplyId ?? null,
    explanation,
    // Nobody assigned: every cursor stays where it was.
    cursors: assignment.found ? assignment.cursors : desk.cursors,
  };
}
