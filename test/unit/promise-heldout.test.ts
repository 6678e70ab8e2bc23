import { describe, expect, it } from 'vitest';
import { findPromises, type FoundPromise, type PromiseSettings } from '@/lib/followups/promises';
import {
  CORPUS_NOW,
  CORPUS_ZONE,
  PROMISE_CORPUS,
  type CorpusEntry,
  type ExpectedDue,
  type Weekday,
} from '../support/promise-sets/corpus';
import { HELDOUT_DEV, HELDOUT_TEST } from '../support/promise-sets/heldout';
import { HELDOUT_FINAL } from '../support/promise-sets/final';
import { HELDOUT_FINAL2 } from '../support/promise-sets/final2';

// The held-out measure of findPromises (issue 5, point 1). Each set was written by someone
// who had not read the detector. DEV was for tuning and TEST for measuring; FINAL was written
// blind while the detector was tuned on DEV. The blind figures, before any tuning on the set
// itself: TEST 0.920 / 0.754 (precision / recall) and FINAL 0.955 / 0.753. The detector was
// then tuned on all three, so these thresholds now guard against regressions. FINAL2 was
// written blind after that tuning and is NOT tuned on: it is the honest measure. It scored
// precision 0.931, recall 0.931 and due times within an hour 73/77 when it arrived; its
// floors below (0.90 each) only catch a regression, and whoever tunes the detector must not
// read its sentences or its lists of misses. Scores are counted per
// promise, not per text: a text labelled with `count` 2 where one promise is found is a miss,
// and a second promise found in a one-promise text is a false alarm.

const SETTINGS: PromiseSettings = {
  defaultWindowMinutes: 1440,
  useBusinessHours: false,
  timeZone: CORPUS_ZONE,
};
const DUE_TOLERANCE_MS = 60 * 60_000;
const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The labelled due time as an instant; the labels are wall times in UTC (CORPUS_ZONE). */
function expectedDueAt(due: ExpectedDue, now: Date): Date {
  if ('day' in due) return wallTime(now, due.day, due.hour, due.minute ?? 0);
  if ('weekday' in due) {
    for (let day = 0; day <= 7; day += 1) {
      const at = wallTime(now, day, due.hour, due.minute ?? 0);
      if (WEEKDAYS[at.getUTCDay()] === due.weekday && at > now) return at;
    }
    throw new Error(`No ${due.weekday} ahead`);
  }
  const minutes = (due.days ?? 0) * 1440 + (due.hours ?? 0) * 60 + (due.minutes ?? 0);
  return new Date(now.getTime() + minutes * MINUTE);
}

function wallTime(now: Date, dayOffset: number, hour: number, minute: number): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(midnight + dayOffset * DAY + (hour * 60 + minute) * MINUTE);
}

interface Score {
  entries: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Texts: promise-bearing texts with at least one promise found, and texts flagged wrongly. */
  textRecall: number;
  textPrecision: number;
  dueChecked: number;
  dueRight: number;
  misses: string[];
  falseAlarms: string[];
  dueWrong: string[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
const quoted = (text: string): string => JSON.stringify(text);
const phrases = (found: readonly FoundPromise[]): string =>
  found.map((p) => `${quoted(p.phrase)} → ${p.dueAt.toISOString()}`).join('; ');

function score(corpus: readonly CorpusEntry[]): Score {
  const s: Score = {
    entries: corpus.length,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: 0,
    recall: 0,
    textRecall: 0,
    textPrecision: 0,
    dueChecked: 0,
    dueRight: 0,
    misses: [],
    falseAlarms: [],
    dueWrong: [],
  };
  let textsFlagged = 0;
  let textsFlaggedRightly = 0;
  let promiseTexts = 0;
  for (const entry of corpus) {
    const found = findPromises(entry.text, CORPUS_NOW, SETTINGS);
    const expected = entry.promise ? (entry.count ?? 1) : 0;
    s.truePositives += Math.min(found.length, expected);
    s.falsePositives += Math.max(0, found.length - expected);
    s.falseNegatives += Math.max(0, expected - found.length);
    if (entry.promise) promiseTexts += 1;
    if (found.length > 0) {
      textsFlagged += 1;
      if (entry.promise) textsFlaggedRightly += 1;
    }
    if (found.length < expected) {
      s.misses.push(`${quoted(entry.text)} — expected ${expected}, found ${found.length}`);
    }
    if (found.length > expected) {
      s.falseAlarms.push(
        `${quoted(entry.text)} — expected ${expected}, found ${found.length}: ${phrases(found)}`,
      );
    }
    const first = found[0];
    if (entry.due && first) {
      s.dueChecked += 1;
      const want = expectedDueAt(entry.due, CORPUS_NOW);
      if (Math.abs(first.dueAt.getTime() - want.getTime()) <= DUE_TOLERANCE_MS) s.dueRight += 1;
      else {
        s.dueWrong.push(
          `${quoted(entry.text)} — expected ${want.toISOString()}, got ${first.dueAt.toISOString()} (cue ${quoted(first.cue ?? 'none')})`,
        );
      }
    }
  }
  s.precision = ratio(s.truePositives, s.truePositives + s.falsePositives);
  s.recall = ratio(s.truePositives, s.truePositives + s.falseNegatives);
  s.textPrecision = ratio(textsFlaggedRightly, textsFlagged);
  s.textRecall = ratio(textsFlaggedRightly, promiseTexts);
  return s;
}

const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;

function report(name: string, s: Score): string {
  const list = (items: string[]): string =>
    items.length ? items.map((item) => `  - ${item}`).join('\n') : '  (none)';
  return [
    `Held-out ${name}: ${s.entries} texts`,
    `  promises: precision ${pct(s.precision)}, recall ${pct(s.recall)} ` +
      `(TP ${s.truePositives}, FP ${s.falsePositives}, FN ${s.falseNegatives})`,
    `  texts:    precision ${pct(s.textPrecision)}, recall ${pct(s.textRecall)}`,
    `  due within 60 min: ${s.dueRight}/${s.dueChecked} (${pct(ratio(s.dueRight, s.dueChecked))})`,
    `Misses (${s.misses.length}):`,
    list(s.misses),
    `False alarms (${s.falseAlarms.length}):`,
    list(s.falseAlarms),
    `Wrong due times (${s.dueWrong.length}):`,
    list(s.dueWrong),
  ].join('\n');
}

const SETS = [
  ['DEV', HELDOUT_DEV],
  ['TEST', HELDOUT_TEST],
  ['FINAL', HELDOUT_FINAL],
] as const;

describe('the held-out corpus itself', () => {
  it.each(SETS)('%s has at least 100 texts, about half of them promises', (_name, corpus) => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    const share = corpus.filter((entry) => entry.promise).length / corpus.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it.each(SETS)('%s labels due times and counts only on promises', (_name, corpus) => {
    for (const entry of corpus) {
      if (!entry.promise) expect(entry.due ?? entry.count, entry.text).toBeUndefined();
      if (entry.count !== undefined) expect(entry.count, entry.text).toBeGreaterThanOrEqual(2);
      if (entry.due)
        expect(expectedDueAt(entry.due, CORPUS_NOW) > CORPUS_NOW, entry.text).toBe(true);
    }
  });

  it('has no text twice, within a set, across the sets or with the first corpus', () => {
    const sets = [HELDOUT_DEV, HELDOUT_TEST, HELDOUT_FINAL, HELDOUT_FINAL2, PROMISE_CORPUS];
    const texts = sets.flat().map((entry) => entry.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('reads the labels by the documented conventions', () => {
    // Wed 11 March 2026 10:00 UTC.
    expect(expectedDueAt({ hours: 24 }, CORPUS_NOW).toISOString()).toBe('2026-03-12T10:00:00.000Z');
    expect(expectedDueAt({ day: 0, hour: 17 }, CORPUS_NOW).toISOString()).toBe(
      '2026-03-11T17:00:00.000Z',
    );
    expect(expectedDueAt({ weekday: 'mon', hour: 12 }, CORPUS_NOW).toISOString()).toBe(
      '2026-03-16T12:00:00.000Z',
    );
    expect(expectedDueAt({ weekday: 'wed', hour: 17 }, CORPUS_NOW).toISOString()).toBe(
      '2026-03-11T17:00:00.000Z',
    );
    expect(expectedDueAt({ weekday: 'wed', hour: 9 }, CORPUS_NOW).toISOString()).toBe(
      '2026-03-18T09:00:00.000Z',
    );
  });
});

describe('findPromises on the blind set FINAL2 (never tuned on)', () => {
  it('keeps precision and recall ≥ 0.90', () => {
    const s = score(HELDOUT_FINAL2);
    // Figures only: the lists would show the sentences to whoever tunes the detector.
    console.log(report('FINAL2', s).split('\n').slice(0, 4).join('\n'));
    expect.soft(s.precision, 'FINAL2 precision').toBeGreaterThanOrEqual(0.9);
    expect.soft(s.recall, 'FINAL2 recall').toBeGreaterThanOrEqual(0.9);
  });
});

describe('findPromises on the held-out corpus', () => {
  it.each(SETS)('%s: precision ≥ 0.95 and recall ≥ 0.90', (name, corpus) => {
    const s = score(corpus);
    console.log(report(name, s));
    expect.soft(s.precision, `${name} precision`).toBeGreaterThanOrEqual(0.95);
    expect.soft(s.recall, `${name} recall`).toBeGreaterThanOrEqual(0.9);
  });
});
