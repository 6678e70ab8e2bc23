/// <reference types="node" />
// The fault figure of `npm run bench`: captures made while the service worker is stopped
// through the DevTools protocol, at seeded moments after the click or over and over around
// it, and how many of them stayed whole with the button telling the truth
// (test/support/worker-faults.ts; the same checks as test/e2e/durability.test.ts). A count,
// not a timing. Alone: `node --import tsx test/bench/fault-bench.ts` (FAULT_CAPTURES,
// FAULT_SEED) prints the figures as JSON.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { seededRandom } from '../dom/damage';
import { launchWithExtension, openExtensionPage } from '../support/browser';
import { startDemoServer } from '../support/https-server';
import {
  captureProblems,
  settledOutcome,
  stopWorkerWhenUp,
  type CaptureOutcome,
} from '../support/worker-faults';

export interface FaultFigures {
  captures: number;
  /** Worker stops sent while those captures ran. */
  faultsInjected: number;
  /** Captures whose records are whole and whose button said what the database holds. */
  survived: number;
  /** Captured (the request, its retry or the look-up after them got the case). */
  captured: number;
  /** Not captured: the button said "Not saved", or that it could not tell. */
  notCaptured: number;
  seed: number;
  /** What went wrong, in words (none when every capture survived). */
  problems: string[];
}

const POST = 'article[data-testid="tweet"]';
const appendPosts = (page: Page, n: number) =>
  page.evaluate(
    (count) =>
      (window as unknown as { __demo: { appendPosts(n: number): void } }).__demo.appendPosts(count),
    n,
  );

export async function faultFigures(log: (line: string) => void = () => {}): Promise<FaultFigures> {
  const captures = Number(process.env.FAULT_CAPTURES ?? 16);
  const seed = Number(process.env.FAULT_SEED ?? 9);
  const random = seededRandom(seed);
  const server = await startDemoServer();
  const browser = await launchWithExtension({ port: server.port });
  try {
    const page = await browser.context.newPage();
    await page.goto('https://x.com/home');
    await page.waitForSelector('[data-casebook-capture]');
    await appendPosts(page, captures);
    const dashboard = await openExtensionPage(
      browser.context,
      browser.extensionId,
      'dashboard.html',
    );
    const cdp = await browser.context.newCDPSession(dashboard);
    await cdp.send('ServiceWorker.enable');
    log(`faults: ${captures} captures with the worker stopped (seed ${seed})...`);

    const outcomes: CaptureOutcome[] = [];
    let faultsInjected = 0;
    for (let i = 0; i < captures; i++) {
      const button = page.locator(POST).nth(i).locator('[data-casebook-capture]');
      await button.scrollIntoViewIfNeeded();
      if (random() < 0.5) {
        // Once, 0-80 ms after the click: before, during or after the transaction.
        await button.click();
        await page.waitForTimeout(Math.floor(random() * 80));
        await cdp.send('ServiceWorker.stopAllWorkers');
        faultsInjected += 1;
      } else {
        // Every time it starts, for 100-1,000 ms from the click.
        faultsInjected += await stopWorkerWhenUp(cdp, 100 + Math.floor(random() * 900), () =>
          button.click(),
        );
      }
      outcomes.push(await settledOutcome(button));
    }
    const problems = await captureProblems(dashboard, outcomes);
    const captured = outcomes.filter((outcome) => outcome.state === 'captured').length;
    return {
      captures,
      faultsInjected,
      // Each problem is one capture's at most; a broken total counts against them all.
      survived: problems.some((p) => p.includes('counted') || p.includes('two cases'))
        ? 0
        : captures - problems.length,
      captured,
      notCaptured: captures - captured,
      seed,
      problems,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await faultFigures(console.error), null, 2));
}
