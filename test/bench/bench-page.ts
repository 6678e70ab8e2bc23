/// <reference types="node" />
// A benchmark's own page: a module of test/bench bundled with esbuild into a page on
// https://localhost (served by the demo server), whose functions the bench calls in it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

/** Bundles `entry` into <root>/localhost/<script> and an index.html that loads it. */
export async function bundlePage(root: string, entry: string, script: string) {
  const site = await bundleScript(root, entry, script);
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>loading</title><script type="module" src="/${script}"></script>`,
  );
}

/** Bundles `entry` into <root>/localhost/<script> (a page's module, or a worker's). */
export async function bundleScript(root: string, entry: string, script: string) {
  const site = join(root, 'localhost');
  mkdirSync(site, { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'chrome120',
    outfile: join(site, script),
    logLevel: 'error',
    alias: { '@': process.cwd() },
  });
  return site;
}

/** Calls `window[global][method](...args)` in the page and returns its answer. */
export const callInPage = <T>(page: Page, global: string, method: string, args: unknown[]) =>
  page.evaluate(
    ([where, name, rest]) =>
      (window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[
        where as string
      ]![name as string]!(...(rest as unknown[])),
    [global, method, args] as const,
  ) as Promise<T>;
