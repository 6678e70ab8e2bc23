/**
 * A hybrid logical clock (Kulkarni et al., 2014): stamps that follow the wall clock but never
 * go backwards, and that always come after every stamp this machine has seen. An edit made
 * after pulling someone's edit therefore wins over it even when this machine's clock is
 * behind; only edits made without seeing each other are ordered by wall time.
 *
 * A stamp is a string that sorts like the clock: "<wall ms, 15 digits>:<counter, 5>:<node>".
 */

export type Hlc = string;

export const HLC_PATTERN = /^\d{15}:\d{5}:[A-Za-z0-9_-]{1,40}$/;
const MAX_COUNTER = 99_999;

export interface ClockState {
  /** The largest wall time seen (ms). */
  wall: number;
  /** Events at that wall time. */
  counter: number;
  /** This machine's id: breaks ties so two machines never make the same stamp. */
  node: string;
}

export interface ParsedHlc {
  wall: number;
  counter: number;
  node: string;
}

export class ClockError extends Error {}

export const formatHlc = ({ wall, counter, node }: ParsedHlc): Hlc =>
  `${String(wall).padStart(15, '0')}:${String(counter).padStart(5, '0')}:${node}`;

export function parseHlc(stamp: Hlc): ParsedHlc {
  if (!HLC_PATTERN.test(stamp)) throw new ClockError(`not a clock stamp: ${stamp.slice(0, 80)}`);
  const [wall = '', counter = '', node = ''] = stamp.split(':');
  return { wall: Number(wall), counter: Number(counter), node };
}

export const newClock = (node: string): ClockState => ({ wall: 0, counter: 0, node });

/** The zero stamp: before everything. */
export const HLC_ZERO: Hlc = formatHlc({ wall: 0, counter: 0, node: '0' });

/** Later of two wall/counter pairs, one more event on it. */
function advance(state: ClockState, wall: number, counter: number): ClockState {
  if (counter > MAX_COUNTER) {
    // 100,000 events in one millisecond: borrow the next millisecond rather than wrap.
    return { ...state, wall: wall + 1, counter: 0 };
  }
  return { ...state, wall, counter };
}

/** A stamp for a local event (an edit) at `now`, and the clock after it. */
export function tick(state: ClockState, now: number): { state: ClockState; stamp: Hlc } {
  const next =
    now > state.wall ? advance(state, now, 0) : advance(state, state.wall, state.counter + 1);
  return { state: next, stamp: formatHlc(next) };
}

/** The clock after seeing a stamp from elsewhere (a pulled change, the server's answer). */
export function observe(state: ClockState, stamp: Hlc, now: number): ClockState {
  const seen = parseHlc(stamp);
  const wall = Math.max(state.wall, seen.wall, now);
  if (wall === state.wall && wall === seen.wall)
    return advance(state, wall, Math.max(state.counter, seen.counter) + 1);
  if (wall === state.wall) return advance(state, wall, state.counter + 1);
  if (wall === seen.wall) return advance(state, wall, seen.counter + 1);
  return advance(state, wall, 0);
}

/** How far a stamp is ahead of a wall clock (ms; 0 when it is not). */
export const aheadBy = (stamp: Hlc, now: number): number => Math.max(0, parseHlc(stamp).wall - now);
