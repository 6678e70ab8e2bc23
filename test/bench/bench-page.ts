/// <reference types="node" />
// A benchmark's own page: a module of test/bench bundled with esbuild into a page on
// https://localhost (served by the demo server), whose functions the bench calls in it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../support/browser';
import { startDemoServer } from '../support/https-server';

/**
 * A bench page ready to be called: `entry` bundled into https://localhost/ (and each of
 * `workers`, [entry, script name], beside it), served and open in Chromium, its module
 * loaded (it sets the title "ready"). `close` ends the browser and the server and deletes
 * the bundle.
 */
export async function openBenchPage(entry: string, workers: [string, string][] = []) {
  const root = mkdtempSync(join(tmpdir(), 'casebook-benchpage-'));
  await bundlePage(root, entry, 'bench.js');
  for (const [workerEntry, script] of workers) await bundleScript(root, workerEntry, script);
  const server = await startDemoServer({ root });
  const browser = await launchWithExtension({ port: server.port });
  const close = async () => {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const page = await browser.context.newPage();
    await page.goto('https://localhost/');
    await page.waitForFunction(() => document.title === 'ready');
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Bundles `entry` into <root>/localhost/<script> and an index.html that loads it. */
async function bundlePage(root: string, entry: string, script: string) {
  const site = await bundleScript(root, entry, script);
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>loading</title><script type="module" src="/${script}"></script>`,
  );
}

/** Bundles `entry` into <root>/localhost/<script> (a page's module, or a worker's). */
async function bundleScript(root: string, entry: string, script: string) {
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
