/// <reference types="node" />
import type { CDPSession, Frame, Page } from 'playwright-core';

export interface TimelineCost {
  /** Main-thread task time (ms) while the posts were added and handled. */
  taskMs: number;
  /** Long tasks (> 50 ms) the page saw meanwhile. */
  longTasks: number;
}

/** Sum of Chromium's TaskDuration metric, the renderer main thread's busy time, in ms. */
async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Adds `total` posts to the demo timeline in batches, as scrolling would, letting two
 * frames pass after each batch so the extension's batched work runs inside the window.
 */
export async function measureTimeline(
  page: Page,
  total: number,
  batch: number,
): Promise<TimelineCost> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number };
    w.__longTasks = 0;
    new PerformanceObserver((list) => (w.__longTasks += list.getEntries().length)).observe({
      type: 'longtask',
    });
  });
  const before = await taskDuration(cdp);
  for (let added = 0; added < total; added += batch) {
    await page.evaluate(
      (n) =>
        new Promise<void>((resolve) => {
          (window as unknown as { __demo: { appendPosts(n: number): void } }).__demo.appendPosts(n);
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }),
      batch,
    );
  }
  // Let trailing messages (capture-state lookups) settle before reading the clock.
  await page.waitForTimeout(300);
  const after = await taskDuration(cdp);
  const longTasks = await page.evaluate(
    () => (window as unknown as { __longTasks: number }).__longTasks,
  );
  await cdp.detach();
  return { taskMs: after - before, longTasks };
}

/** The sidebar's frame inside the page (an extension page, cross-origin to the host). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('The sidebar frame did not appear.');
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
  const shown = sidebar.evaluate(
    (prev) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const text =
            document.querySelector('[data-testid="current-case-ref"]')?.textContent ?? null;
          if (text && text !== prev) resolve(performance.timeOrigin + performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
    previous,
  );
  const clicked = await page.evaluate((index) => {
    const buttons = document.querySelectorAll<HTMLButtonElement>(
      'button[aria-label="Capture as case"]',
    );
    const button = buttons[index];
    if (!button) throw new Error(`No capture button #${index}`);
    button.scrollIntoView({ block: 'center' });
    const at = performance.timeOrigin + performance.now();
    button.click();
    return at;
  }, postIndex);
  return (await shown) - clicked;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export const median = (values: number[]) => percentile(values, 50);
