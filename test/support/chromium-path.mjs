// Where the Chromium used by e2e tests, the benchmark and `npm start` lives.
// Plain JS so that ensure-chromium.mjs runs without tsx; typed by chromium-path.d.mts.
import { accessSync, constants } from 'node:fs';

/** Debian's package installs /usr/bin/chromium; Ubuntu-style images use chromium-browser. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** How to get Chromium, for error messages. A test tool's own download fails here. */
export const CHROMIUM_HELP =
  'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH ' +
  'to a Chromium binary. (Branded Google Chrome ignores --load-extension since version 137, ' +
  'so it cannot run these tests; use Chromium.)';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first usable Chromium: $CHROMIUM_PATH if set, else the usual install paths; or null. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  // An explicit CHROMIUM_PATH that does not exist is a mistake to report, not to paper over.
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find(isExecutable) ?? null;
}

/** Like findChromium, but throws a message that says how to get Chromium. */
export function chromiumPath() {
  const found = findChromium();
  if (found) return found;
  const where = process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.`
    : `Chromium not found (looked at ${CHROMIUM_CANDIDATES.join(', ')}).`;
  throw new Error(`${where} ${CHROMIUM_HELP}`);
}
