/// <reference types="node" />
// `npx tsx test/bench/similar.ts [openCases]`: is a kept index of open cases worth it?
// Measures, on a fake-indexeddb database in Node (slower than Chromium's IndexedDB, so the
// reads are if anything overstated), what the sidebar would pay per view:
//   cold  — read the candidates, build a MiniSearch index, rank (no kept index);
//   warm  — rank against the kept index after one new capture (applied case by case).
// Timing lives here, never in pass/fail tests.
import 'fake-indexeddb/auto';
import { capturePost } from '../../lib/cases/capture';
import { findSimilar } from '../../lib/cases/similar';
import { OpenCaseIndex, readOpenCandidates } from '../../lib/cases/similar-open';
import { CasebookDatabase } from '../../lib/db/database';
import type { Case } from '../../lib/db/schema';

interface DemoPost {
  id: string;
  handle: string;
  text: string;
}
// The demo site's generator of posts (plain JS served to the browser, without types).
const DEMO_DATA = '../demo/x.com/demo/data.js';
const { generatedPost } = (await import(DEMO_DATA)) as { generatedPost(i: number): DemoPost };

const OPEN_CASES = Number(process.argv[2] ?? 6000);
const RUNS = 15;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const time = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

function parsed(i: number) {
  const post = generatedPost(i);
  return {
    platform: 'x' as const,
    postId: post.id,
    permalink: `https://x.com/${post.handle}/status/${post.id}`,
    author: {
      handle: post.handle,
      name: post.handle,
      profileUrl: null,
      avatarUrl: null,
      followers: null,
      verified: false,
    },
    text: post.text,
    title: null,
    truncated: false,
    postedAt: null,
    language: null,
    metrics: { replies: null, reposts: null, likes: null, bookmarks: null, views: null },
    isReply: false,
    isPromoted: false,
    isArticle: false,
    quoted: null,
  };
}

async function seed(db: CasebookDatabase) {
  // One real capture gives a valid case; the rest are copies with other texts (fast).
  const { caseId } = await capturePost(db, parsed(0), { by: 'me', now: 1 });
  const template = (await db.cases.get(caseId))!;
  const cases: Case[] = [];
  for (let i = 1; i < OPEN_CASES; i++) {
    const post = parsed(i);
    cases.push({
      ...template,
      id: `case-${String(i).padStart(6, '0')}`,
      ref: `C-${i.toString(16).toUpperCase().padStart(6, '0')}`,
      status: (['new', 'open', 'waiting'] as const)[i % 3]!,
      text: post.text,
      title: post.text.slice(0, 80),
      customerKey: `x:${post.author.handle}`,
      customer: { ...template.customer, handle: post.author.handle },
      postKeys: [`x:${post.postId}`],
      updatedAt: 1 + i,
    });
  }
  await db.cases.bulkAdd(cases);
}

async function main() {
  const db = new CasebookDatabase(`bench-similar-${Date.now()}`);
  await seed(db);
  const targets = await db.cases.limit(RUNS).toArray();

  const cold: number[] = [];
  for (const target of targets) {
    cold.push(await time(async () => findSimilar(target, await readOpenCandidates(db))));
  }
  const index = new OpenCaseIndex(db);
  const firstBuild = await time(() => index.similarTo(targets[0]!));
  const warm: number[] = [];
  for (const [i, target] of targets.entries()) {
    await capturePost(db, parsed(OPEN_CASES + i), { by: 'me', now: 10_000_000 + i });
    warm.push(await time(() => index.similarTo(target)));
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  console.log(
    JSON.stringify(
      {
        openCases: OPEN_CASES,
        indexed: index.size,
        builds: index.builds,
        coldMedianMs: round(median(cold)),
        firstBuildMs: round(firstBuild),
        warmAfterCaptureMedianMs: round(median(warm)),
      },
      null,
      2,
    ),
  );
  db.close();
}

await main();
