/// <reference types="node" />
// Faults injected into the extension's service worker through the DevTools protocol, and
// the checks that captures stayed whole: shared by the durability test (test/e2e) and the
// fault figures of `npm run bench`.
import type { CDPSession, Locator, Page } from 'playwright-core';
import { storedRecords } from './stored-records';

/**
 * Stops the worker each time it starts (or is running), for `ms`, while `during` runs
 * (a click): requests then go unanswered again and again. Returns the stops sent.
 */
export async function stopWorkerWhenUp(
  cdp: CDPSession,
  ms: number,
  during: () => Promise<void>,
): Promise<number> {
  let stops = 0;
  const stop = (event: { versions: { versionId: string; runningStatus: string }[] }) => {
    for (const version of event.versions) {
      if (version.runningStatus !== 'starting' && version.runningStatus !== 'running') continue;
      stops += 1;
      void cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId }).catch(() => {});
    }
  };
  cdp.on('ServiceWorker.workerVersionUpdated', stop);
  try {
    await cdp.send('ServiceWorker.stopAllWorkers');
    stops += 1;
    await during();
    await new Promise((done) => setTimeout(done, ms));
  } finally {
    cdp.off('ServiceWorker.workerVersionUpdated', stop);
  }
  return stops;
}

/** What a capture button said once it settled, and for which post. */
export interface CaptureOutcome {
  postId: string;
  state: string;
  title: string;
}

/** Waits until the button is no longer busy (deadline in ms) and reads what it says. */
export async function settledOutcome(button: Locator, timeoutMs = 20_000): Promise<CaptureOutcome> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = (await button.getAttribute('data-state')) ?? '';
    if (state !== 'busy' || Date.now() > deadline) {
      return {
        postId: (await button.getAttribute('data-post-id')) ?? '',
        state,
        title: (await button.getAttribute('title')) ?? '',
      };
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * What is wrong with the database after faults, as sentences (none: all is whole): every
 * case's posts are stored, no post is in two cases, the running totals count exactly the
 * records, and each button said what the database holds (captured only with its case;
 * otherwise idle, or an error in words; never stuck busy).
 */
export async function captureProblems(
  dashboard: Page,
  outcomes: CaptureOutcome[],
  platform = 'x',
): Promise<string[]> {
  const problems: string[] = [];
  const cases = (await storedRecords(dashboard, 'cases')).filter((c) => !c.deleted);
  const posts = await storedRecords(dashboard, 'posts');
  const counters = new Map(
    (await storedRecords(dashboard, 'counters')).map((c) => [c.key, Number(c.value)]),
  );
  const postKeys = new Set(posts.map((p) => String(p.key)));
  const inCases = cases.flatMap((record) => record.postKeys as string[]);
  for (const key of inCases) if (!postKeys.has(key)) problems.push(`case without its post ${key}`);
  if (new Set(inCases).size !== inCases.length) problems.push('a post is in two cases');
  if ((counters.get('cases') ?? 0) !== cases.length)
    problems.push(`cases counted ${counters.get('cases') ?? 0}, stored ${cases.length}`);
  if ((counters.get('posts') ?? 0) !== posts.length)
    problems.push(`posts counted ${counters.get('posts') ?? 0}, stored ${posts.length}`);
  const captured = new Set(inCases);
  for (const outcome of outcomes) {
    const stored = captured.has(`${platform}:${outcome.postId}`);
    if ((outcome.state === 'captured') !== stored)
      problems.push(`button said ${outcome.state} (${outcome.title}), case stored: ${stored}`);
    else if (outcome.state === 'busy' || (outcome.state === 'error' && !outcome.title))
      problems.push(`button left ${outcome.state} without saying why`);
  }
  return problems;
}
