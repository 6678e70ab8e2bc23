import type { Case, CaseStatus } from '@/lib/db/schema';
import { newChecklist } from '@/lib/cases/checklist';

/**
 * Realistic cases in bulk for benchmarks and import tests: a seeded generator, so every
 * run builds the same 100,000 cases. Text is drawn from a vocabulary with a long tail
 * (a few words are very common, most are rare), as in real support posts.
 */
const TOPICS = [
  'login error',
  'refund request',
  'delivery late',
  'app crash',
  'billing twice',
  'password reset',
  'roaming charges',
  'outage',
  'cancel subscription',
  'wrong size',
];
const COMMON = 'the my is not and to it again why please help your app can i this'.split(' ');
const STATUSES: CaseStatus[] = ['new', 'open', 'open', 'waiting', 'resolved', 'closed', 'closed'];

/** mulberry32: a small seeded PRNG, good enough for test data. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A rare word: one of 20,000 made-up but pronounceable words. */
const SYLLABLES = 'ka lo mi ne ru sa ti vo be da fe gi ho ju ly pa qu ze'.split(' ');
const rareWord = (n: number) =>
  SYLLABLES[n % 18]! + SYLLABLES[Math.floor(n / 18) % 18]! + SYLLABLES[Math.floor(n / 324) % 18]!;

export function generateCases(count: number, seed = 1, start = Date.UTC(2026, 9, 1)): Case[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const topic = pick(TOPICS);
    const words = [pick(COMMON), topic, pick(COMMON), rareWord(Math.floor(rand() * 5832))];
    for (let w = 0; w < 12; w++) words.push(rand() < 0.6 ? pick(COMMON) : rareWord(i * 7 + w));
    const text = words.join(' ');
    const handle = `user_${Math.floor(rand() * 30_000)}`;
    const createdAt = start + i * 60_000;
    const status = pick(STATUSES);
    const id = `00000000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
    cases.push({
      id,
      ref: `C-${(0x100000 + i).toString(16).toUpperCase()}`,
      createdAt,
      updatedAt: createdAt,
      version: 1,
      deleted: false,
      status,
      title: text.slice(0, 80),
      text,
      channel: 'x',
      kind: 'public',
      priority: pick(['P1', 'P2', 'P3', 'P4'] as const),
      priorityReasons: [],
      resolutionDueAt: null,
      responseDueAt: null,
      slaDueAt: null,
      firstResponseAt: status === 'new' ? null : createdAt + 600_000,
      awaitingSince: status === 'new' ? createdAt : null,
      permalink: `https://x.com/${handle}/status/${1_800_000_000_000_000_000n + BigInt(i)}`,
      postKeys: [`x:${1_800_000_000_000_000_000n + BigInt(i)}`],
      customer: { platform: 'x', handle, name: handle, profileUrl: null, avatarUrl: null },
      customerKey: `x:${handle}`,
      assignee: 'me',
      notes: [],
      tags: rand() < 0.2 ? [topic.split(' ')[0]!] : [],
      checklist: newChecklist(),
      history: [{ at: createdAt, by: 'me', type: 'created', from: null, to: 'new' }],
      experts: [],
      articles: [],
      terms: [],
    });
  }
  return cases;
}
