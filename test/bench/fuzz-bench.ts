/// <reference types="node" />
// The fuzz figure of `npm run bench`: how many mutated pages (truncated, nodes removed and
// moved, attributes swapped, hostile text; test/dom/fuzz) every adapter survived. A count,
// not a timing: it runs in Node on happy-dom, the DOM of the dom tests, installed as vitest
// installs it. Alone (a minute or so): `node --import tsx test/bench/fuzz-bench.ts` prints
// the figures as JSON (progress and failures on stderr); FUZZ_ITERATIONS (pages per
// fixture) and FUZZ_SEED as for the test.
import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinEnvironments } from 'vitest/runtime';

export interface FuzzFigures {
  /** Mutated pages run through every entry point of their adapter. */
  iterations: number;
  /** Of those, pages on which nothing threw and every answer kept its promises. */
  survived: number;
  failures: number;
  perFixture: number;
  fixtures: number;
  seed: number;
  /** Posts and CRM records read (and checked) on the mutated pages. */
  parsed: number;
  ms: number;
  /** The slowest page ("site/fixture:seed" replays it), to look at: no budget. */
  slowestPage: string | null;
  slowestPageMs: number | null;
}

export async function fuzzFigures(log: (line: string) => void = () => {}): Promise<FuzzFigures> {
  const env = await builtinEnvironments['happy-dom'].setup(globalThis, {});
  try {
    // Imported once the DOM globals are there (the adapters use Node, NodeFilter, DOMParser).
    const { allTargets, DEFAULT_PER_FIXTURE, describeFailure, runFuzz } =
      await import('../dom/fuzz/run');
    const perFixture = Number(process.env.FUZZ_ITERATIONS ?? DEFAULT_PER_FIXTURE);
    const seed = Number(process.env.FUZZ_SEED ?? 1);
    const targets = allTargets();
    log(`fuzz: ${targets.length} fixtures x ${perFixture} mutated pages (seed ${seed})...`);
    const result = await runFuzz({ perFixture, seed, targets });
    for (const failure of result.failures) log(describeFailure(failure));
    return {
      iterations: result.iterations,
      survived: result.iterations - result.failures.length,
      failures: result.failures.length,
      perFixture,
      fixtures: targets.length,
      seed,
      parsed: result.parsed,
      ms: result.ms,
      slowestPage: result.slowest && `${result.slowest.target}:${result.slowest.seed}`,
      slowestPageMs: result.slowest?.ms ?? null,
    };
  } finally {
    await env.teardown(globalThis);
  }
}

/**
 * The figures from a child process, for `npm run bench`: happy-dom's globals (window,
 * document, timers) stay out of the process that drives Chromium and serves the demos.
 */
export async function fuzzFiguresApart(): Promise<FuzzFigures> {
  const script = fileURLToPath(import.meta.url);
  const out = await new Promise<string>((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', script],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      // It exits 1 when a page failed: still a figure (failures), printed all the same.
      (error, stdout) => (stdout ? resolve(stdout) : reject(error ?? new Error('no figures'))),
    );
    child.stderr?.pipe(process.stderr);
  });
  return JSON.parse(out) as FuzzFigures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  fuzzFigures(console.error)
    .then((figures) => {
      console.log(JSON.stringify(figures, null, 2));
      process.exitCode = figures.failures === 0 ? 0 : 1;
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
