import type { ForecastHour } from './forecast';

/**
 * Agents an hour needs to meet the SLA at the current handling time (issue 10), by Erlang C:
 * captures arrive at random (Poisson), each takes an agent the handling time on average
 * (exponential), and the ones no agent is free for wait in one queue. Agents are whole.
 */

const MINUTES_PER_HOUR = 60;

/**
 * The probability that a capture waits, with `agents` agents and `trafficErlangs` of work
 * (arrivals per hour × hours each takes). Erlang B by its recursion first: the textbook
 * formula's A^N/N! overflows from about 170 agents, the recursion never does.
 */
export function erlangC(agents: number, trafficErlangs: number): number {
  if (!(trafficErlangs > 0)) return 0;
  const whole = Math.floor(agents);
  // The queue grows without end: every capture waits.
  if (whole <= trafficErlangs) return 1;
  let blocking = 1;
  for (let k = 1; k <= whole; k++) {
    blocking = (trafficErlangs * blocking) / (k + trafficErlangs * blocking);
  }
  return (whole * blocking) / (whole - trafficErlangs * (1 - blocking));
}

/** The share of captures an agent takes up within `targetMinutes`. */
export function serviceLevel(
  agents: number,
  arrivalsPerHour: number,
  handleMinutes: number,
  targetMinutes: number,
): number {
  const traffic = (arrivalsPerHour * handleMinutes) / MINUTES_PER_HOUR;
  if (!(traffic > 0)) return 1;
  const whole = Math.floor(agents);
  if (whole <= traffic) return 0;
  const waitAtAll = erlangC(whole, traffic);
  const waitLonger = Math.exp((-(whole - traffic) * Math.max(0, targetMinutes)) / handleMinutes);
  return 1 - waitAtAll * waitLonger;
}

/**
 * The fewest agents that answer `serviceLevel` (default 80 %) of captures within the target
 * and are busy no more than `maxOccupancy` (default 85 %) of the hour: beyond that agents
 * burn out and the hour has no slack for the longer cases.
 */
export function agentsNeeded(input: {
  arrivalsPerHour: number;
  handleMinutes: number;
  targetMinutes: number;
  serviceLevel?: number;
  maxOccupancy?: number;
}): number {
  const { arrivalsPerHour, handleMinutes, targetMinutes } = input;
  const { serviceLevel: share = 0.8, maxOccupancy = 0.85 } = input;
  // A share of 1 is never met with finitely many agents; the loop below would not end.
  if (!(share > 0 && share < 1)) throw new RangeError(`Service level ${share} is not in (0, 1)`);
  if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
    throw new RangeError(`Occupancy cap ${maxOccupancy} is not in (0, 1]`);
  }
  const traffic = (arrivalsPerHour * handleMinutes) / MINUTES_PER_HOUR;
  if (!(traffic > 0)) return 0;
  // More agents than the traffic (a queue that empties), and few enough work per agent;
  // the tolerance keeps 0.85 / 0.85 from rounding up to two agents.
  let agents = Math.max(Math.floor(traffic) + 1, Math.ceil(traffic / maxOccupancy - 1e-9));
  while (serviceLevel(agents, arrivalsPerHour, handleMinutes, targetMinutes) < share) agents++;
  return agents;
}

export interface StaffedHour {
  start: number;
  weekday: number;
  hour: number;
  expected: number;
  agents: number;
  /** Agents for the band's high end: the staffing that still holds on a busy week. */
  agentsHigh: number;
}

/** Agents per forecast hour: for the expected captures, and for the band's high end. */
export function staffingPlan(
  hours: readonly ForecastHour[],
  handleMinutes: number,
  targetMinutes: number,
  targetShare = 0.8,
): StaffedHour[] {
  // Many hours expect the same count (nights, weekends): each count is worked out once.
  const known = new Map<number, number>();
  const agentsFor = (arrivalsPerHour: number) => {
    let agents = known.get(arrivalsPerHour);
    if (agents === undefined) {
      const need = { arrivalsPerHour, handleMinutes, targetMinutes, serviceLevel: targetShare };
      known.set(arrivalsPerHour, (agents = agentsNeeded(need)));
    }
    return agents;
  };
  return hours.map(({ start, weekday, hour, expected, high }) => ({
    start,
    weekday,
    hour,
    expected,
    agents: agentsFor(expected),
    agentsHigh: agentsFor(high),
  }));
}
