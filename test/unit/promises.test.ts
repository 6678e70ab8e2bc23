import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { findPromises, type FoundPromise } from '@/lib/followups/promises';
import {
  CORPUS_NOW,
  CORPUS_ZONE,
  PROMISE_CORPUS,
  type ExpectedDue,
  type Weekday,
} from './promise-corpus';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** A labelled due time within this of the found one counts as right. */
const TOLERANCE_MS = 60 * 60_000;

function expectedAt(due: ExpectedDue, now: Date, zone: string): number {
  const local = DateTime.fromJSDate(now, { zone });
  if ('weekday' in due) {
    const target = WEEKDAYS.indexOf(due.weekday) + 1;
    let day = local.set({ hour: due.hour, minute: due.minute ?? 0, second: 0, millisecond: 0 });
    while (day.weekday !== target || day <= local) {
      day = day.plus({ days: 1 });
    }
    return day.toMillis();
  }
  if ('day' in due) {
    return local
      .plus({ days: due.day })
      .set({ hour: due.hour, minute: due.minute ?? 0, second: 0, millisecond: 0 })
      .toMillis();
  }
  return local
    .plus({ days: due.days ?? 0 })
    .plus({ hours: due.hours ?? 0, minutes: due.minutes ?? 0 })
    .toMillis();
}

describe('promise corpus', () => {
  const runs = PROMISE_CORPUS.map((entry) => ({
    entry,
    found: findPromises(entry.text, CORPUS_NOW, { timeZone: CORPUS_ZONE }),
  }));

  it('finds promises with precision ≥ 0.95 and recall ≥ 0.90', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const { entry, found } of runs) {
      const predicted = found.length > 0;
      if (predicted && entry.promise) tp++;
      else if (predicted) {
        fp++;
        wrong.push(
          `false promise: ${JSON.stringify(entry.text)} → ${found.map((f) => f.phrase).join(' | ')}`,
        );
      } else if (entry.promise) {
        fn++;
        wrong.push(`missed: ${JSON.stringify(entry.text)}`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `promise corpus: ${runs.length} texts, ${tp + fn} promises — precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})\n${wrong.join('\n')}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('sets the labelled due times right (≥ 0.90 within an hour)', () => {
    const labelled = runs.filter(({ entry }) => entry.promise && entry.due);
    const wrong: string[] = [];
    let right = 0;
    for (const { entry, found } of labelled) {
      const expected = expectedAt(entry.due as ExpectedDue, CORPUS_NOW, CORPUS_ZONE);
      const first: FoundPromise | undefined = found[0];
      if (first && Math.abs(first.dueAt.getTime() - expected) <= TOLERANCE_MS) right++;
      else
        wrong.push(
          `${JSON.stringify(entry.text)}: expected ${new Date(expected).toISOString()}, got ${first?.dueAt.toISOString() ?? 'nothing'} (cue ${first?.cue ?? 'none'})`,
        );
    }
    const accuracy = right / labelled.length;
    console.log(
      `due times: ${right}/${labelled.length} within an hour (${accuracy.toFixed(3)})\n${wrong.join('\n')}`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('separates the promises of a text that makes several', () => {
    const counted = runs.filter(({ entry }) => entry.count);
    for (const { entry, found } of counted)
      expect(found, entry.text).toHaveLength(entry.count ?? 1);
  });
});
