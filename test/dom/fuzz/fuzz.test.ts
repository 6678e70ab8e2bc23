/**
 * Issue 9: adapters never throw on malformed or half-rendered markup. Every site adapter
 * on every saved page of its site, and every CRM reader on its pages, each mutated
 * DEFAULT_PER_FIXTURE times (seeded: truncated source, removed and moved nodes, swapped and
 * renamed attributes, hostile text; see mutate.ts), every entry point exercised (check.ts).
 *
 * FUZZ_ITERATIONS=500 (pages per fixture) and FUZZ_SEED=2 hunt further;
 * FUZZ_REPLAY=x/home-timeline.html:<seed> reruns the one page a failure names.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/sites';
import { CRM_ADAPTERS } from '../../../lib/crm';
import {
  allTargets,
  DEFAULT_PER_FIXTURE,
  describeFailure,
  pageOf,
  replayFuzz,
  runFuzz,
  type FuzzResult,
} from './run';
import { nameOfTarget } from './targets';

const perFixture = Number(process.env.FUZZ_ITERATIONS ?? DEFAULT_PER_FIXTURE);
const seed = Number(process.env.FUZZ_SEED ?? 1);
const replay = process.env.FUZZ_REPLAY;
const targets = allTargets();

describe('what the fuzz runs on', () => {
  it('every site adapter and every CRM reader, each on saved pages of its own', () => {
    const ids = new Set(targets.map((t) => t.adapter.id));
    expect([...ids].sort()).toEqual([...ADAPTERS, ...CRM_ADAPTERS].map((a) => a.id).sort());
    expect(targets.length).toBeGreaterThan(70);
    expect(perFixture).toBeGreaterThan(0);
  });
});

if (replay) {
  // One page again, with what was done to it, for a failure someone is fixing.
  describe('replay', () => {
    it(replay, () => {
      const [target, pageSeed] = replay.split(':');
      const found = targets.find((t) => nameOfTarget(t) === target);
      expect(found, `no target ${target}`).toBeDefined();
      console.log(pageOf(found!, Number(pageSeed)).ops.join('\n'));
      const failure = replayFuzz(target!, Number(pageSeed));
      expect(failure && describeFailure(failure)).toBeNull();
    });
  });
} else {
  describe(`every fixture, ${perFixture} mutated pages each (seed ${seed})`, () => {
    const parsedBy = new Map<string, number>();
    let iterations = 0;
    let slowest: FuzzResult['slowest'] = null;

    it.each(targets.map((t) => [nameOfTarget(t), t] as const))(
      '%s: no throw, every answer keeps its promises',
      async (_, target) => {
        const result = await runFuzz({ perFixture, seed, targets: [target] });
        iterations += result.iterations;
        if ((result.slowest?.ms ?? 0) > (slowest?.ms ?? 0)) slowest = result.slowest;
        const id = target.adapter.id;
        parsedBy.set(id, (parsedBy.get(id) ?? 0) + result.parsed);
        expect(result.failures.map(describeFailure)).toEqual([]);
      },
      // A hang detector on a loaded 2-core machine, never a speed check (bench has the time).
      60_000,
    );

    // Runs after the fixtures above (a file's tests run in order): the checks ran on real
    // reads, not only on pages too broken to hold a post.
    it('read posts and records on the mutated pages of every adapter', () => {
      const slow = slowest && ` (slowest ${slowest.ms} ms: ${slowest.target}:${slowest.seed})`;
      console.log(`fuzz: ${iterations} mutated pages, seed ${seed}${slow ?? ''}`);
      for (const id of [...ADAPTERS, ...CRM_ADAPTERS].map((a) => a.id)) {
        expect(parsedBy.get(id), id).toBeGreaterThan(0);
      }
    });
  });
}
