/**
 * The fuzz run: for every target (an adapter and one of its saved pages), N mutated pages,
 * each from its own seed, every entry point exercised on each. The test (fuzz.test.ts) and
 * the bench (test/bench/fuzz-bench.ts) both call runFuzz; a failure names the target, the
 * iteration and the seed, and replayFuzz (or FUZZ_REPLAY) rebuilds that one page.
 */
import { seededRandom } from '../damage';
import { exerciseCrm, exerciseSite } from './check';
import { mutatePage, type Mutated } from './mutate';
import { crmTargets, nameOfTarget, parserOf, siteTargets, type FuzzTarget } from './targets';

/**
 * Mutated pages per fixture by default: 75 fixtures x 40 is 3,000 pages, under a minute of
 * one core (happy-dom builds a large page in about 25 ms). FUZZ_ITERATIONS=500 hunts longer.
 */
export const DEFAULT_PER_FIXTURE = 40;

export interface FuzzOptions {
  /** Mutated pages per fixture. */
  perFixture?: number;
  /** The base seed; each page's own seed comes from it, the target and the iteration. */
  seed?: number;
  /** Defaults to every site and CRM target. */
  targets?: readonly FuzzTarget[];
  /** Failures kept per target before it moves on (the first ones say enough). */
  maxFailuresPerTarget?: number;
}

export interface FuzzFailure {
  target: string;
  iteration: number;
  /** The page's own seed: replayFuzz(target, seed) rebuilds it. */
  seed: number;
  url: string;
  ops: string[];
  error: string;
}

export interface FuzzResult {
  /** Mutated pages run through every entry point. */
  iterations: number;
  failures: FuzzFailure[];
  /** Posts (or CRM records) read from mutated pages, all of which passed their checks. */
  parsed: number;
  ms: number;
  /**
   * The page that took longest, to look at, never to fail on (timing is the bench's): a
   * regex gone quadratic showed here first, at 18 s a page.
   */
  slowest: { target: string; seed: number; ms: number } | null;
}

export const allTargets = (): FuzzTarget[] => [...siteTargets(), ...crmTargets()];

/** A page's own seed (FNV-1a of base seed, target and iteration): stable across runs. */
export function iterationSeed(base: number, target: string, iteration: number): number {
  let hash = 0x811c9dc5;
  for (const char of `${base}:${target}:${iteration}`) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  }
  return hash >>> 0;
}

/** The mutated page of this seed, and the URL it is read at. */
export function pageOf(target: FuzzTarget, seed: number): Mutated & { url: URL } {
  const rng = seededRandom(seed);
  const url = target.urls[Math.floor(rng() * target.urls.length)]!;
  return { ...mutatePage(target.source, parserOf(target), rng), url };
}

/** One mutated page through every entry point: how many posts it read, or what broke. */
export function fuzzOnce(target: FuzzTarget, seed: number, iteration = -1) {
  const name = nameOfTarget(target);
  let page: ReturnType<typeof pageOf>;
  const failure = (error: unknown, ops: string[], url: string): FuzzFailure => ({
    target: name,
    iteration,
    seed,
    url,
    ops,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
  try {
    page = pageOf(target, seed);
  } catch (error) {
    // The mutator's own bug, not the adapter's: still a failure, so it gets fixed.
    return { parsed: 0, failure: failure(error, ['(the mutator threw)'], '') };
  }
  try {
    const parsed =
      target.kind === 'site'
        ? exerciseSite(target.adapter, page.doc, page.url)
        : exerciseCrm(target.adapter, page.doc, page.url);
    return { parsed, failure: null };
  } catch (error) {
    return { parsed: 0, failure: failure(error, page.ops, page.url.href) };
  } finally {
    // happy-dom keeps every connected element with a dash in its name (ytd-*, shreddit-*,
    // lightning-*) in its custom-element registry until it leaves the document: thousands
    // of pages would fill the heap (and slow every insert) unless each page is let go.
    page.doc.documentElement?.remove();
  }
}

/**
 * Runs the pages one task each, as a browser runs the content script: adapters keep their
 * answers until the microtasks run (lib/sites/task-memo.ts), and V8 frees what happy-dom
 * holds weakly only once a task ends. Without a task between pages, every page of the run
 * stays in memory (1.5 GB by a few hundred large pages).
 */
export async function runFuzz(options: FuzzOptions = {}): Promise<FuzzResult> {
  const perFixture = options.perFixture ?? DEFAULT_PER_FIXTURE;
  const base = options.seed ?? 1;
  const maxFailures = options.maxFailuresPerTarget ?? 3;
  const started = performance.now();
  const result: FuzzResult = { iterations: 0, failures: [], parsed: 0, ms: 0, slowest: null };
  for (const target of options.targets ?? allTargets()) {
    let failed = 0;
    for (let i = 0; i < perFixture && failed < maxFailures; i++) {
      const seed = iterationSeed(base, nameOfTarget(target), i);
      const pageStarted = performance.now();
      const { parsed, failure } = fuzzOnce(target, seed, i);
      const ms = Math.round(performance.now() - pageStarted);
      if (ms > (result.slowest?.ms ?? -1))
        result.slowest = { target: nameOfTarget(target), seed, ms };
      await new Promise((resolve) => setTimeout(resolve));
      result.iterations++;
      result.parsed += parsed;
      if (failure) {
        result.failures.push(failure);
        failed++;
      }
    }
  }
  result.ms = Math.round(performance.now() - started);
  return result;
}

/** Rebuilds one page ("x/home-timeline.html", seed) and runs it: its failure, or null. */
export function replayFuzz(target: string, seed: number): FuzzFailure | null {
  const found = allTargets().find((t) => nameOfTarget(t) === target);
  if (!found) throw new Error(`no fuzz target ${target}`);
  return fuzzOnce(found, seed).failure;
}

/**
 * A failure as the test prints it, with the command that replays it. The seed names a page
 * for this mutator and these fixtures: change either, and it names another page.
 */
export function describeFailure(f: FuzzFailure): string {
  const when = f.iteration < 0 ? 'replayed' : `iteration ${f.iteration}`;
  return [
    `${f.target}, ${when}, seed ${f.seed}: ${f.error}`,
    `  url: ${f.url}`,
    `  mutations: ${f.ops.join('; ')}`,
    `  replay: FUZZ_REPLAY=${f.target}:${f.seed} npx vitest run --project dom test/dom/fuzz`,
  ].join('\n');
}
