import type { CasebookDatabase } from '../db/database';
import { OPEN_STATUSES } from '../db/constants';
import { readCursors } from './cursor-store';
import type { RoutingAction, RoutingRules } from './rule-schema';
import type { RoutingContext, RoutingExpert } from './types';

type Rules = Pick<RoutingRules, 'groups' | 'rules' | 'default'>;

/**
 * The desk as routing sees it at this moment (issue 11), read with indexed queries only, and
 * only what the rules can use: open cases are counted for the agents a least-loaded group or
 * an expert choice could pick, experts are read only when a rule asks for one, and then only
 * those covering the case's topics. Every agent of the team counts as available: Casebook has
 * no on/off switch for agents yet. The caller's transaction must hold `cases`, `experts` and
 * `routingState`.
 */
export async function readDesk(
  db: CasebookDatabase,
  rules: Rules,
  agents: readonly string[],
  topics: readonly string[],
  now: number,
): Promise<RoutingContext> {
  const actions = actionsOf(rules);
  const experts = actions.some((action) => action.kind === 'expert')
    ? await expertsCovering(db, topics)
    : [];
  const counted = loadAware(rules, actions, experts);
  const openCases: Record<string, number> = {};
  for (const agent of agents) {
    if (counted.has(agent.trim().toLowerCase())) openCases[agent] = await openCaseCount(db, agent);
  }
  return { now, available: agents, openCases, cursors: await readCursors(db), experts };
}

/** Every action the rules may carry out: each enabled rule's, then the default's. */
function actionsOf(rules: Rules): RoutingAction[] {
  return [...rules.rules.filter((rule) => rule.enabled), rules.default].map((r) => r.action);
}

/** The agents whose load can decide: members of least-loaded groups, and the experts. */
function loadAware(
  rules: Rules,
  actions: readonly RoutingAction[],
  experts: readonly RoutingExpert[],
): Set<string> {
  const groups = new Map(rules.groups.map((group) => [group.id, group]));
  const names = new Set<string>();
  for (const action of actions) {
    const target = action.kind === 'expert' ? action.fallback : action;
    const group = target.kind === 'group' ? groups.get(target.group) : undefined;
    if (group?.strategy === 'least-loaded') group.agents.forEach((agent) => names.add(agent));
    // Among experts covering as many topics, the least loaded takes the case.
    if (action.kind === 'expert') experts.forEach((expert) => names.add(expert.name));
  }
  return new Set([...names].map((name) => name.trim().toLowerCase()));
}

/**
 * The agent's open cases: key-only counts on [assignee+status], one per open status, so
 * the cost follows the agent's own open load, never the size of the table.
 */
export async function openCaseCount(db: CasebookDatabase, agent: string): Promise<number> {
  const counts = await Promise.all(
    OPEN_STATUSES.map((status) =>
      db.cases.where('[assignee+status]').equals([agent, status]).count(),
    ),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/** The live experts covering any of these topics (the `topics` multi-entry index). */
async function expertsCovering(
  db: CasebookDatabase,
  topics: readonly string[],
): Promise<RoutingExpert[]> {
  const wanted = [...new Set(topics.map((topic) => topic.trim().toLowerCase()).filter(Boolean))];
  if (wanted.length === 0) return [];
  const found = await db.experts.where('topics').anyOf(wanted).distinct().toArray();
  // Oldest first: among equal experts the longest-standing one keeps winning the tie,
  // whatever order the index gave them in.
  return found
    .filter((expert) => !expert.deleted)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map(({ id, name, topics: covered }) => ({ id, name, topics: covered }));
}
