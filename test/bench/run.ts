/// <reference types="node" />
// `npm run bench`: the figures DESIGN budgets, measured in real Chromium on the production
// build, each beside a baseline from the same run. Prints them and writes
// bench-results/latest.json. Timing lives here, never in pass/fail tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from '../support/browser';
import { startDemoServer } from '../support/https-server';
import { measureCapture, measureTimeline, median, percentile, sidebarFrame } from './measure';

const POSTS = 1000;
const BATCH = 50;
const RUNS = 3;
const CAPTURES = 30;

function contentScriptSize() {
  const bytes = readFileSync('.output/chrome-mv3/content-scripts/x.js');
  return { rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

async function main() {
  const server = await startDemoServer();
  const browser = await launchWithExtension({ port: server.port });
  try {
    const size = contentScriptSize();

    // The same demo timeline on www.x.com, where the extension does not run, is the baseline.
    const timeline = async (origin: string) => {
      const costs = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.context.newPage();
        await page.goto(`${origin}/home`);
        await page.waitForSelector('article[data-testid="tweet"]');
        if (origin === 'https://x.com') await page.waitForSelector('[data-casebook-capture]');
        await page.waitForTimeout(300);
        costs.push(await measureTimeline(page, POSTS, BATCH));
        await page.close();
      }
      return {
        taskMs: median(costs.map((c) => c.taskMs)),
        longTasks: Math.max(...costs.map((c) => c.longTasks)),
      };
    };
    const baseline = await timeline('https://www.x.com');
    const withExtension = await timeline('https://x.com');
    const extensionMsPer100 = Math.max(0, withExtension.taskMs - baseline.taskMs) / (POSTS / 100);

    const page = await browser.context.newPage();
    await page.goto('https://x.com/home');
    await page.waitForSelector('[data-casebook-capture]');
    await page.evaluate(() =>
      (window as unknown as { __demo: { appendPosts(n: number): void } }).__demo.appendPosts(
        CAPTURES_EXTRA,
      ),
    );
    await page.getByRole('button', { name: 'Open Casebook sidebar' }).click();
    const sidebar = await sidebarFrame(page);
    await sidebar.waitForSelector('.sidebar-body');
    const latencies: number[] = [];
    for (let i = 0; i < CAPTURES; i++) {
      // Index 0 is always the first uncaptured post: captured ones change their label.
      latencies.push(await measureCapture(page, sidebar, 0));
    }

    const results = {
      date: new Date().toISOString(),
      chromium: browser.context.browser()?.version() ?? 'unknown',
      contentScript: { ...size, budgetGzipBytes: 20 * 1024 },
      timeline: {
        posts: POSTS,
        batch: BATCH,
        runs: RUNS,
        baselineTaskMs: round(baseline.taskMs),
        withExtensionTaskMs: round(withExtension.taskMs),
        ratioToBaseline: round(withExtension.taskMs / baseline.taskMs, 3),
        extensionMsPer100Posts: round(extensionMsPer100),
        budgetMsPer100Posts: 5,
        longTasksBaseline: baseline.longTasks,
        longTasksWithExtension: withExtension.longTasks,
      },
      capture: {
        samples: latencies.length,
        p50Ms: round(median(latencies)),
        p95Ms: round(percentile(latencies, 95)),
        budgetP95Ms: 150,
      },
    };
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2) + '\n');
    print(results);
  } finally {
    await browser.close();
    await server.close();
  }
}

const CAPTURES_EXTRA = 40;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

function print(r: {
  contentScript: { gzipBytes: number; budgetGzipBytes: number };
  timeline: Record<string, number>;
  capture: Record<string, number>;
}) {
  const ok = (pass: boolean) => (pass ? 'within budget' : 'OVER BUDGET');
  const t = r.timeline;
  console.log('\nCasebook benchmark (real Chromium, production build)');
  console.log(
    `  content script: ${(r.contentScript.gzipBytes / 1024).toFixed(1)} KB gzipped ` +
      `(budget 20 KB: ${ok(r.contentScript.gzipBytes <= r.contentScript.budgetGzipBytes)})`,
  );
  console.log(
    `  ${t.posts} posts added: main thread ${t.withExtensionTaskMs} ms with Casebook vs ` +
      `${t.baselineTaskMs} ms without (ratio ${t.ratioToBaseline})`,
  );
  console.log(
    `  extension cost: ${t.extensionMsPer100Posts} ms per 100 posts ` +
      `(budget 5 ms: ${ok((t.extensionMsPer100Posts ?? 0) <= 5)})`,
  );
  console.log(
    `  long tasks: ${t.longTasksWithExtension} with Casebook, ${t.longTasksBaseline} without`,
  );
  console.log(
    `  capture, click to case in sidebar: p50 ${r.capture.p50Ms} ms, p95 ${r.capture.p95Ms} ms ` +
      `(budget p95 150 ms: ${ok((r.capture.p95Ms ?? Infinity) <= 150)})`,
  );
  console.log('  written to bench-results/latest.json\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
