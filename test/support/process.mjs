// Running the project's commands from the plain-JS scripts (npm test, npm start), with
// their output streamed as it comes.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

/** A tool from node_modules/.bin (faster and more predictable than npx). */
export function bin(name) {
  const local = join('node_modules', '.bin', name);
  if (!existsSync(local)) throw new Error(`${local} is missing: run \`npm ci\` first.`);
  return local;
}

/**
 * Runs a command with inherited stdio. Resolves to its exit code (124 on timeout, as
 * coreutils' timeout does). The child gets its own process group so that a timeout or
 * Ctrl+C ends everything it started (Chromium, vitest workers), not just the child.
 */
export function run(command, args, { timeoutMs = 0 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', detached: true });
    const killGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    let timedOut = false;
    const timer =
      timeoutMs > 0 &&
      setTimeout(() => {
        timedOut = true;
        console.error(
          `\n${command} ${args.join(' ')}: no result after ${timeoutMs / 60_000} min; stopping it.`,
        );
        killGroup('SIGTERM');
        setTimeout(() => killGroup('SIGKILL'), 5_000).unref();
      }, timeoutMs);
    const onInterrupt = () => killGroup('SIGINT');
    process.on('SIGINT', onInterrupt);
    process.on('SIGTERM', onInterrupt);
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onInterrupt);
      resolve(timedOut ? 124 : (code ?? (signal === 'SIGINT' ? 130 : 1)));
    });
  });
}
