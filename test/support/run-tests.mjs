// `npm test`: every check the project has, in order, stopping at the first failure
// (later steps need the earlier ones: e2e runs the build). CI (.ci/run) reads the last
// line, "N passed, N failed".
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { bin, run } from './process.mjs';

const node = process.execPath;
const vitest = bin('vitest');
const wxt = bin('wxt');

const REPORTS = '.tmp/test-reports';
/** Vitest writes its counts as JSON too, so the summary can count tests, not steps. */
function report(name) {
  return ['--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/${name}.json`];
}
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

/** minutes: a step that takes longer is stopped, so a hung browser cannot eat CI's 90. */
const STEPS = [
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit'], minutes: 10 },
  { name: 'lint (eslint + prettier)', command: 'npm', args: ['run', '--silent', 'lint'] },
  {
    name: 'unit + dom + server tests',
    command: vitest,
    args: [
      'run',
      ...['--project', 'unit', '--project', 'dom', '--project', 'server'],
      ...report('unit-dom'),
    ],
    report: 'unit-dom',
  },
  { name: 'Chromium installed', command: node, args: ['test/support/ensure-chromium.mjs'] },
  { name: 'build (chrome-mv3)', command: wxt, args: ['build'] },
  // Trap 1 in notes/toolchain.md: one non-ASCII byte and Chromium drops the whole extension.
  { name: 'built scripts are ASCII', command: node, args: ['test/support/check-ascii.mjs'] },
  { name: 'build (firefox-mv2)', command: wxt, args: ['build', '-b', 'firefox'] },
  // Mozilla's own checks of the Firefox build: fails on an error, and on any warning not
  // on the short list of third-party code that cannot run (test/support/web-ext-lint.mjs).
  { name: 'web-ext lint (firefox-mv2)', command: node, args: ['test/support/web-ext-lint.mjs'] },
  {
    name: 'e2e tests (Chromium)',
    command: vitest,
    args: ['run', '--project', 'e2e', ...report('e2e')],
    report: 'e2e',
    minutes: 30,
  },
];

const results = [];
for (const { name, command, args, minutes = 15 } of STEPS) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const code = await run(command, args, { timeoutMs: minutes * 60_000 });
  results.push({ name, code, seconds: (Date.now() - started) / 1000 });
  if (code !== 0) break;
}

const stepsPassed = results.filter((r) => r.code === 0).length;
const stepsFailed = results.length - stepsPassed;
console.log('\n=== npm test summary ===');
for (const { name, code, seconds } of results) {
  const status = code === 0 ? 'PASS' : `FAIL (exit ${code})`;
  console.log(`  ${status.padEnd(14)} ${name.padEnd(28)} ${seconds.toFixed(1)}s`);
}
for (const { name } of STEPS.slice(results.length))
  console.log(`  ${'SKIPPED'.padEnd(14)} ${name}`);

// Tests counted from vitest's reports; a failed check step (types, lint, build) counts as
// one failure, so the closing line is never green while a step is red.
let passed = 0;
let failed = stepsFailed;
for (const step of STEPS.slice(0, results.length)) {
  if (!step.report) continue;
  try {
    const counts = JSON.parse(readFileSync(`${REPORTS}/${step.report}.json`, 'utf8'));
    passed += counts.numPassedTests;
    failed += counts.numFailedTests;
  } catch {
    // The step died before writing its report; its failure is counted above.
  }
}
console.log(`  steps: ${stepsPassed} passed, ${stepsFailed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(stepsFailed > 0 || failed > 0 ? 1 : 0);
