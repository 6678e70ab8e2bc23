import { describe, expect, it } from 'vitest';
import { findPromises, type FoundPromise, type PromiseSettings } from '@/lib/followups/promises';
import {
  CORPUS_NOW,
  CORPUS_ZONE,
  PROMISE_CORPUS,
  type CorpusEntry,
  type ExpectedDue,
  type Weekday,
} from './promise-corpus';
import { HELDOUT_FINAL } from './promise-final';
import { HELDOUT_FINAL2 } from './promise-final2';
import { HELDOUT_DEV, HELDOUT_TEST } from './promise-heldout';

// The FINAL2 held-out measure of findPromises (issue 5, point 1): a set written blind to the
// detector, to its tuning corpus, to its DEV/TEST sets and to the first FINAL set, seen by
// nobody tuning. It reports precision, recall (per
// promise: a text labelled `count` 2 with one found is a miss, a second find in a one-promise
// text a false alarm) and due-time accuracy, with every miss and false alarm. It asserts only
// the set's own sanity; the thresholds are the lead's call, not this file's.

const SETTINGS: PromiseSettings = {
  defaultWindowMinutes: 1440,
  useBusinessHours: false,
  timeZone: CORPUS_ZONE,
};
const DUE_TOLERANCE_MS = 60 * 60_000;
const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The labelled due time as an instant; labels are wall times in UTC (CORPUS_ZONE). */
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

interface FinalScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  dueChecked: number;
  dueRight: number;
  misses: string[];
  falseAlarms: string[];
  dueWrong: string[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;
const quoted = (text: string): string => JSON.stringify(text);
const phrases = (found: readonly FoundPromise[]): string =>
  found.map((p) => `${quoted(p.phrase)} → ${p.dueAt.toISOString()}`).join('; ');

function scoreFinal(corpus: readonly CorpusEntry[]): FinalScore {
  const s: FinalScore = {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    dueChecked: 0,
    dueRight: 0,
    misses: [],
    falseAlarms: [],
    dueWrong: [],
  };
  for (const entry of corpus) {
    const found = findPromises(entry.text, CORPUS_NOW, SETTINGS);
    const expected = entry.promise ? (entry.count ?? 1) : 0;
    s.truePositives += Math.min(found.length, expected);
    s.falsePositives += Math.max(0, found.length - expected);
    s.falseNegatives += Math.max(0, expected - found.length);
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
          `${quoted(entry.text)} — expected ${want.toISOString()}, got ${first.dueAt.toISOString()} (phrase ${quoted(first.phrase)})`,
        );
      }
    }
  }
  return s;
}

function reportFinal(s: FinalScore, entries: number): string {
  const list = (items: string[]): string =>
    items.length ? items.map((item) => `  - ${item}`).join('\n') : '  (none)';
  const precision = ratio(s.truePositives, s.truePositives + s.falsePositives);
  const recall = ratio(s.truePositives, s.truePositives + s.falseNegatives);
  return [
    `Held-out FINAL2: ${entries} texts`,
    `  promises: precision ${pct(precision)}, recall ${pct(recall)} ` +
      `(TP ${s.truePositives}, FP ${s.falsePositives}, FN ${s.falseNegatives})`,
    `  due within 60 min: ${s.dueRight}/${s.dueChecked} (${pct(ratio(s.dueRight, s.dueChecked))})`,
    `Misses (${s.misses.length}):`,
    list(s.misses),
    `False alarms (${s.falseAlarms.length}):`,
    list(s.falseAlarms),
    `Wrong due times (${s.dueWrong.length}):`,
    list(s.dueWrong),
  ].join('\n');
}

describe('the FINAL2 held-out corpus', () => {
  it('is large enough and about half promises', () => {
    expect(HELDOUT_FINAL2.length).toBeGreaterThanOrEqual(120);
    const share = HELDOUT_FINAL2.filter((e) => e.promise).length / HELDOUT_FINAL2.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it('labels due and count only on promises, with due times ahead of now', () => {
    for (const entry of HELDOUT_FINAL2) {
      expect(entry.text.trim(), 'empty text').not.toBe('');
      if (!entry.promise) expect(entry.due ?? entry.count, entry.text).toBeUndefined();
      if (entry.count !== undefined) expect(entry.count, entry.text).toBeGreaterThanOrEqual(2);
      if (entry.due) {
        expect(expectedDueAt(entry.due, CORPUS_NOW) > CORPUS_NOW, entry.text).toBe(true);
      }
    }
  });

  it('has no text twice, and shares none with the tuning corpus, DEV/TEST or FINAL', () => {
    const texts = HELDOUT_FINAL2.map((e) => e.text);
    expect(new Set(texts).size).toBe(texts.length);
    const seen = new Set(
      [...PROMISE_CORPUS, ...HELDOUT_DEV, ...HELDOUT_TEST, ...HELDOUT_FINAL].map((e) => e.text),
    );
    expect(texts.filter((text) => seen.has(text))).toEqual([]);
  });

  it('reads the labels by the documented conventions', () => {
    expect(expectedDueAt({ day: 2, hour: 10 }, CORPUS_NOW).toISOString()).toBe(
      '2026-03-13T10:00:00.000Z', // 2 working days from Wed 10:00: Fri 10:00
    );
    expect(expectedDueAt({ weekday: 'mon', hour: 17 }, CORPUS_NOW).toISOString()).toBe(
      '2026-03-16T17:00:00.000Z',
    );
    expect(expectedDueAt({ day: 0, hour: 18 }, CORPUS_NOW).toISOString()).toBe(
      '2026-03-11T18:00:00.000Z', // 11am PT in PDT
    );
  });
});

describe('findPromises on the FINAL2 held-out corpus', () => {
  it('reports precision, recall and due accuracy (no thresholds: the lead sets them)', () => {
    const s = scoreFinal(HELDOUT_FINAL2);
    console.log(reportFinal(s, HELDOUT_FINAL2.length));
    expect(s.truePositives + s.falseNegatives).toBe(
      HELDOUT_FINAL2.reduce((n, e) => n + (e.promise ? (e.count ?? 1) : 0), 0),
    );
  });
});
