/// <reference types="node" />
import type { CDPSession, Frame, Page } from 'playwright-core';

export interface TimelineCost {
  /** Main-thread task time (ms) while the posts were added and handled. */
  taskMs: number;
  /** Long tasks (> 50 ms) the page saw meanwhile. */
  longTasks: number;
  /** Main-thread time in the content script's own stacks (its JS and the DOM calls it makes). */
  extensionMs: number;
  /** The longest unbroken stretch of content-script work, in ms (a long task is 50). */
  longestExtensionRunMs: number;
}

interface Profile {
  nodes: { id: number; parent?: number; callFrame: { url: string } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Attributes each CPU-profile sample to the extension when any frame of its stack is in a
 * content script, so the figure counts the extension's own work (including DOM calls it
 * makes), not the page's, however noisy the page's own time is.
 */
function extensionTime(profile: Profile): { totalMs: number; longestRunMs: number } {
  const parentOf = new Map<number, number>();
  const ownUrl = new Map<number, boolean>();
  for (const node of profile.nodes) {
    ownUrl.set(node.id, node.callFrame.url.includes('/content-scripts/'));
    for (const child of (node as { children?: number[] }).children ?? [])
      parentOf.set(child, node.id);
  }
  const inExtension = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id);
    const ours = ownUrl.get(id) === true || (parent !== undefined && isOurs(parent));
    inExtension.set(id, ours);
    return ours;
  };
  let totalUs = 0;
  let runUs = 0;
  let longestUs = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next one.
    const us = deltas[i + 1] ?? 0;
    if (isOurs(samples[i]!)) {
      totalUs += us;
      runUs += us;
      longestUs = Math.max(longestUs, runUs);
    } else {
      runUs = 0;
    }
  }
  return { totalMs: totalUs / 1000, longestRunMs: longestUs / 1000 };
}

/** Sum of Chromium's TaskDuration metric, the renderer main thread's busy time, in ms. */
async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Main-thread cost of some work on the page: the renderer's total task time, long tasks,
 * and the part spent in the content script's stacks (from a CPU profile).
 */
export async function measureMainThread(
  page: Page,
  work: () => Promise<void>,
): Promise<TimelineCost> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number };
    w.__longTasks = 0;
    new PerformanceObserver((list) => (w.__longTasks += list.getEntries().length)).observe({
      type: 'longtask',
    });
  });
  const before = await taskDuration(cdp);
  await work();
  // Let trailing messages (capture-state lookups) settle before reading the clock.
  await page.waitForTimeout(300);
  const after = await taskDuration(cdp);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const extension = extensionTime(profile);
  const longTasks = await page.evaluate(
    () => (window as unknown as { __longTasks: number }).__longTasks,
  );
  await cdp.detach();
  return {
    taskMs: after - before,
    longTasks,
    extensionMs: extension.totalMs,
    longestExtensionRunMs: extension.longestRunMs,
  };
}

// Each step waits two frames and a task, so whatever the page or the extension batches per
// frame has run. (Inline arrows only: tsx wraps named functions in a helper the page lacks.)

/** Adds `total` posts to the demo timeline in batches, as a fast scroll loading rows would. */
export async function appendPosts(page: Page, total: number, batch: number): Promise<void> {
  for (let added = 0; added < total; added += batch) {
    await page.evaluate(async (n) => {
      (window as unknown as { __demo: { appendPosts(n: number): void } }).__demo.appendPosts(n);
      await new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))),
      );
    }, batch);
  }
}

/** Scrolls from the top to the bottom of what is loaded, one screen per step. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const steps = await page.evaluate(() =>
    Math.ceil(document.documentElement.scrollHeight / window.innerHeight),
  );
  for (let i = 0; i < steps; i++) {
    await page.evaluate(async () => {
      window.scrollBy(0, window.innerHeight);
      await new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))),
      );
    });
  }
}

/** The sidebar's frame (an extension page, cross-origin to the host). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe[data-casebook-sidebar]');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('The sidebar frame did not appear.');
  return frame;
}

/**
 * Click-to-shown latency of one capture: the click's time in the page and the time the
 * sidebar first shows a different case ref, both on the shared high-resolution clock.
 */
export async function measureCapture(
  page: Page,
  sidebar: Frame,
  postIndex: number,
): Promise<number> {
  const previous = await sidebar
    .locator('[data-testid="current-case-ref"]')
    .textContent({ timeout: 100 })
    .catch(() => null);
  // No named inner functions here: tsx would wrap them in a helper the page lacks.
  const shown = sidebar.evaluate(async (prev) => {
    for (;;) {
      const text = document.querySelector('[data-testid="current-case-ref"]')?.textContent ?? null;
      if (text && text !== prev) return performance.timeOrigin + performance.now();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, previous);
  // A real (trusted) click, as the agent's: Casebook ignores clicks made by page scripts.
  // The page's own listener notes when the click event is dispatched.
  const button = page.getByRole('button', { name: 'Capture as case' }).nth(postIndex);
  await button.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    window.addEventListener(
      'click',
      () => {
        (window as unknown as { __clickedAt: number }).__clickedAt =
          performance.timeOrigin + performance.now();
      },
      { capture: true, once: true },
    );
  });
  await button.click();
  const clicked = await page.evaluate(
    () => (window as unknown as { __clickedAt: number }).__clickedAt,
  );
  return (await shown) - clicked;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export const median = (values: number[]) => percentile(values, 50);
