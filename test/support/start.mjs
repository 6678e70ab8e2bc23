// `npm start`: build the extension, then open the demo X site in Chromium with it loaded.
// With a display: a window you can use, until Ctrl+C. Without one: a headless run that
// captures the first post and writes screenshots (see start-run.ts).
import { bin, run } from './process.mjs';

const steps = [
  ['build', bin('wxt'), ['build']],
  ['chromium', process.execPath, ['test/support/ensure-chromium.mjs']],
  // The browser helpers are TypeScript, shared with the e2e tests; tsx runs them.
  ['demo', process.execPath, ['--import', 'tsx', 'test/support/start-run.ts']],
];

for (const [name, command, args] of steps) {
  const code = await run(command, args);
  if (code !== 0) {
    console.error(`npm start: the ${name} step failed (exit ${code}).`);
    process.exit(code);
  }
}
