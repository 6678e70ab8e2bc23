// Makes sure Chromium (for e2e tests and the benchmark) and openssl (for the local HTTPS
// server's certificate) are on the machine. On CI (a fresh Debian, as root) it installs
// them with apt; anywhere else it stops at once and says how to get them, rather than
// letting a test time out later with a vaguer error.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { CHROMIUM_HELP, findChromium } from './chromium-path.mjs';

function onPath(command) {
  return (process.env.PATH ?? '').split(':').some((dir) => {
    try {
      accessSync(`${dir}/${command}`, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function canUseApt() {
  return process.getuid?.() === 0 && onPath('apt-get');
}

function apt(args) {
  console.log(`ensure-chromium: running apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`ensure-chromium: apt-get ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(1);
  }
}

const missing = [];
// CHROMIUM_PATH pointing at nothing is the user's choice gone wrong: do not apt over it.
if (!findChromium() && !process.env.CHROMIUM_PATH) missing.push('chromium');
if (!onPath('openssl')) missing.push('openssl');

if (missing.length > 0 && canUseApt()) {
  console.log(`ensure-chromium: ${missing.join(' and ')} missing; installing with apt-get.`);
  apt(['update']);
  // With recommends: they bring the fonts that screenshots and layout depend on.
  apt(['install', '-y', ...missing]);
}

const chromium = findChromium();
if (!chromium) {
  const why = process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.`
    : 'Chromium is not installed.';
  console.error(`ensure-chromium: ${why} ${CHROMIUM_HELP}`);
  process.exit(1);
}
if (!onPath('openssl')) {
  console.error(
    'ensure-chromium: openssl is not installed; the local HTTPS server needs it to make a ' +
      'certificate. Install it with `sudo apt-get install -y openssl`.',
  );
  process.exit(1);
}
console.log(`ensure-chromium: using ${chromium}`);
