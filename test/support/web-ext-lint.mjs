// Mozilla's `web-ext lint` on the Firefox build (issue 9, the doors). Fails on any error,
// and on any warning or notice that is not in the list below, so their number cannot
// creep up unnoticed. Each allowed finding is recognised by its code and by the code at
// the spot web-ext points to (bundle names carry hashes and move), at most `max` times,
// and says why it stays. One that no longer appears fails too: the list only shrinks.
//   node test/support/web-ext-lint.mjs [folder]   (default .output/firefox-mv2)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin } from './process.mjs';

/** The code around a finding: `before` characters up to its column, `after` from it. */
function around(folder, finding, before = 240, after = 80) {
  if (!finding.file || !finding.line) return '';
  const line = readFileSync(join(folder, finding.file), 'utf8').split('\n')[finding.line - 1];
  const column = Math.max(0, (finding.column ?? 1) - 1);
  return line?.slice(Math.max(0, column - before), column + after) ?? '';
}

const fileText = (folder, finding) =>
  finding.file ? readFileSync(join(folder, finding.file), 'utf8') : '';

export const ALLOWED = [
  {
    code: 'DANGEROUS_EVAL',
    what: "zod's probe whether it may compile parsers: `try { return Function('') } catch …`",
    why:
      'Never run: lib/zod.ts sets zod jitless before any schema is built, and the probe ' +
      'returns early under jitless. The code stays in the bundle (zod ships it); the CSP ' +
      "forbids eval anyway. One per bundle that carries zod (background, extension pages' " +
      "chunk, the settings page's backup-import worker, the dashboard's analytics worker).",
    matches: (folder, finding) =>
      /jitless[^]*Function\(``\)/.test(around(folder, finding)) &&
      /\bjitless:(!0|true)\b/.test(fileText(folder, finding)),
    max: 4,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    what: "react-dom's dangerouslySetInnerHTML: `e.innerHTML = props.dangerouslySetInnerHTML.__html`",
    why:
      'Reached only through dangerouslySetInnerHTML, which no code of ours uses (eslint ' +
      'refuses it, and innerHTML, in lib/, components/ and entrypoints/). Twice: when an ' +
      'element is made and when it is updated.',
    matches: (folder, finding) => /__html[^]{0,40}$/.test(around(folder, finding, 80, 0)),
    max: 2,
  },
];

/** Sorts web-ext's findings into allowed and new, and names allowed ones gone stale. */
export function judge(folder, report) {
  const seen = ALLOWED.map(() => 0);
  const unexpected = [];
  for (const finding of [...report.warnings, ...report.notices]) {
    const index = ALLOWED.findIndex(
      (allowed, i) =>
        allowed.code === finding.code && seen[i] < allowed.max && allowed.matches(folder, finding),
    );
    if (index >= 0) seen[index] += 1;
    else unexpected.push(finding);
  }
  const stale = ALLOWED.filter((_, i) => seen[i] === 0);
  return { errors: report.errors, unexpected, stale, seen };
}

const describe = (f) =>
  `${f.code} ${f.file ?? ''}${f.line ? `:${f.line}:${f.column ?? ''}` : ''} ${f.message}` +
  (f.description ? `\n      ${f.description}` : '');

const folder = process.argv[2] ?? '.output/firefox-mv2';
const lint = spawnSync(
  bin('web-ext'),
  ['lint', '--source-dir', folder, '--no-config-discovery', '--output', 'json'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let report;
try {
  report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
} catch {
  console.error(`web-ext lint gave no report (exit ${lint.status}):\n${lint.stdout}${lint.stderr}`);
  process.exit(1);
}

const { errors, unexpected, stale, seen } = judge(folder, report);
console.log(
  `web-ext lint ${folder}: ${report.summary.errors} errors, ${report.summary.warnings} ` +
    `warnings, ${report.summary.notices} notices`,
);
ALLOWED.forEach((allowed, i) =>
  console.log(`  allowed ${seen[i]}/${allowed.max}  ${allowed.code}: ${allowed.what}`),
);
for (const error of errors) console.error(`  ERROR      ${describe(error)}`);
for (const finding of unexpected) console.error(`  NEW        ${describe(finding)}`);
for (const allowed of stale)
  console.error(`  GONE       ${allowed.code}: ${allowed.what} (take it off the list)`);
if (errors.length || unexpected.length || stale.length) {
  console.error(
    'web-ext lint: fix the finding, or, when it is in code we do not write and cannot ' +
      'run, add it to ALLOWED in test/support/web-ext-lint.mjs with the reason.',
  );
  process.exit(1);
}
console.log('web-ext lint: no errors, and no warning beyond the allowed ones.');
