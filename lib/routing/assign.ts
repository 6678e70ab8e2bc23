import { orList, quote } from './conditions';
import type { AgentGroup, RoundRobinCursors, RoutingAction } from './rule-schema';
import type { RoutingContext, RoutingExpert, RoutingStrategy } from './types';

/**
 * Who a rule's action gives the case to, among the agents available now. Names compare
 * whatever their case, as settings keep them unique that way; the assignee is spelt as the
 * available list spells it, so "my cases" finds it.
 */
export type Assignment =
  | {
      found: true;
      assignee: string | null;
      strategy: RoutingStrategy;
      /** "Dana (round-robin in group 'Billing')". */
      note: string;
      cursors: RoundRobinCursors;
    }
  | { found: false; note: string };

/** The context read once per case: who is on, how loaded, where each group stands. */
export interface Desk {
  available: ReadonlyMap<string, string>;
  load: (agent: string) => number;
  lastAssigned: (groupId: string) => string | undefined;
  cursors: RoundRobinCursors;
  groups: ReadonlyMap<string, AgentGroup>;
  experts: readonly RoutingExpert[];
}

const key = (name: string) => name.trim().toLowerCase();

export function deskOf(context: RoutingContext, groups: readonly AgentGroup[]): Desk {
  // Maps, not the records themselves: a group or agent called "__proto__" or "constructor"
  // must not find Object's properties.
  const open = new Map(Object.entries(context.openCases).map(([name, n]) => [key(name), n]));
  const cursors = new Map(Object.entries(context.cursors));
  return {
    available: new Map(context.available.map((name) => [key(name), name.trim()])),
    // A count that is not one (negative, NaN) counts as none: a -5 would take every case.
    load: (agent) => {
      const count = open.get(key(agent));
      return typeof count === 'number' && Number.isFinite(count) && count > 0 ? count : 0;
    },
    lastAssigned: (groupId) => {
      const last = cursors.get(groupId);
      return typeof last === 'string' ? last : undefined;
    },
    cursors: context.cursors,
    groups: new Map(groups.map((group) => [group.id, group])),
    experts: context.experts,
  };
}

/**
 * The group's agents in round-robin order: from the one after the last assigned, wrapping.
 * When that agent has left the group, the order starts again from the first.
 */
function rotation(agents: readonly string[], last: string | undefined): string[] {
  const at = last === undefined ? -1 : agents.findIndex((agent) => key(agent) === key(last));
  return [...agents.slice(at + 1), ...agents.slice(0, at + 1)];
}

function fromGroup(groupId: string, desk: Desk): Assignment {
  const group = desk.groups.get(groupId);
  if (!group) return { found: false, note: `group ${quote(groupId)} is not defined` };
  const order = rotation(group.agents, desk.lastAssigned(group.id)).flatMap((agent) => {
    const name = desk.available.get(key(agent));
    return name ? [name] : [];
  });
  const first = order[0];
  if (first === undefined) {
    return { found: false, note: `nobody in group ${quote(group.name)} is available` };
  }
  // Least loaded: fewest open cases; among equals, the first in round-robin order, so ties
  // take turns instead of always going to the same agent.
  const chosen =
    group.strategy === 'round-robin'
      ? first
      : order.reduce((best, agent) => (desk.load(agent) < desk.load(best) ? agent : best), first);
  const how =
    group.strategy === 'round-robin' ? 'round-robin' : `least loaded, ${desk.load(chosen)} open`;
  return {
    found: true,
    assignee: chosen,
    strategy: group.strategy,
    note: `${chosen} (${how} in group ${quote(group.name)})`,
    cursors: { ...desk.cursors, [group.id]: chosen },
  };
}

/**
 * The available expert covering most of the topics; among equals the least loaded, then
 * the first in the directory. Experts are people on the desk here: one who is not an
 * available agent is passed over, and the explanation says so.
 */
function fromExperts(topics: readonly string[], desk: Desk): Assignment {
  if (topics.length === 0) return { found: false, note: 'the case has no topic for an expert' };
  const wanted = new Set(topics);
  const covering = desk.experts
    .filter((expert) => !expert.deleted)
    .map((expert, order) => ({
      order,
      expert,
      name: desk.available.get(key(expert.name)),
      covers: expert.topics.filter((topic) => wanted.has(key(topic))),
    }))
    .filter((candidate) => candidate.covers.length > 0);
  const ready = covering.flatMap((c) => (c.name ? [{ ...c, name: c.name }] : []));
  ready.sort(
    (a, b) =>
      b.covers.length - a.covers.length ||
      desk.load(a.name) - desk.load(b.name) ||
      a.order - b.order,
  );
  const best = ready[0];
  const topicList = orList(topics.map((t) => quote(t)));
  if (!best) {
    const away = covering.map((c) => quote(c.expert.name));
    return {
      found: false,
      note: away.length
        ? `no available expert for ${topicList} (${orList(away)} not available)`
        : `no expert covers ${topicList}`,
    };
  }
  return {
    found: true,
    assignee: best.name,
    strategy: 'expert',
    note: `${best.name} (expert for ${best.covers.map((t) => quote(t)).join(', ')})`,
    cursors: desk.cursors,
  };
}

/** `topics`: what an expert must cover (the case's, or those the rule asked for). */
export function carryOut(action: RoutingAction, desk: Desk, topics: readonly string[]): Assignment {
  switch (action.kind) {
    case 'agent': {
      const name = desk.available.get(key(action.agent));
      return name
        ? { found: true, assignee: name, strategy: 'agent', note: name, cursors: desk.cursors }
        : { found: false, note: `${quote(action.agent)} is not available` };
    }
    case 'group':
      return fromGroup(action.group, desk);
    case 'expert': {
      const expert = fromExperts(topics, desk);
      if (expert.found) return expert;
      const fallback = carryOut(action.fallback, desk, topics);
      const note = `${expert.note}; fallback ${fallback.found ? 'to ' : ''}${fallback.note}`;
      return { ...fallback, note };
    }
    case 'unassigned':
      return {
        found: true,
        assignee: null,
        strategy: 'unassigned',
        note: 'left unassigned',
        cursors: desk.cursors,
      };
  }
}
