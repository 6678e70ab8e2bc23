// Trap 1 (notes/toolchain.md): Vite 8 can emit non-ASCII bytes into built scripts, and
// Chromium then silently drops the whole extension ("It isn't UTF-8 encoded"). This check
// fails loudly instead, naming the files. Usable as a module or as a command:
//   node test/support/check-ascii.mjs [folder]   (default .output/chrome-mv3)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every .js file under `folder` that contains a byte above 0x7f, with the first offset. */
export function findNonAsciiScripts(folder) {
  const found = [];
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(m?js)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const offset = readFileSync(file).findIndex((byte) => byte > 0x7f);
    if (offset >= 0) found.push({ file, offset });
  }
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ?? '.output/chrome-mv3';
  let bad;
  try {
    bad = findNonAsciiScripts(folder);
  } catch (error) {
    console.error(`check-ascii: cannot read ${folder} (${error.message}); build it first.`);
    process.exit(1);
  }
  if (bad.length > 0) {
    console.error(`check-ascii: ${bad.length} built script(s) contain non-ASCII bytes:`);
    for (const { file, offset } of bad) console.error(`  ${relative('.', file)} (byte ${offset})`);
    console.error(
      'Chromium refuses to load such an extension. Keep `charset: "ascii"` in wxt.config.ts.',
    );
    process.exit(1);
  }
  console.log(`check-ascii: every .js file under ${folder} is ASCII.`);
}
