import { describe, expect, it } from 'vitest';
import {
  askWhatWasSaved,
  captureStateAfter,
  LOST_ANSWER_CHECKS_MS,
  NOT_SAVED,
  testimonialStateAfter,
  UNKNOWN_IF_SAVED,
} from '@/lib/page/lost-answer';

/** A clock the test moves: records each wait instead of sleeping. */
const recordWaits = () => {
  const waits: number[] = [];
  return { waits, wait: async (ms: number) => void waits.push(ms) };
};
const noAnswer = async (): Promise<never> => {
  throw new Error('no answer');
};

describe('work whose answer was lost', () => {
  it('shows captured (or saved) when the record is there, asked at once', async () => {
    const { waits, wait } = recordWaits();
    const answer = await askWhatWasSaved(async () => ({ ref: 'C-1' }), wait);
    expect(waits).toEqual([]);
    expect(captureStateAfter(answer)).toEqual({ kind: 'captured', ref: 'C-1' });
    expect(testimonialStateAfter(answer)).toEqual({ kind: 'saved' });
  });

  it('says nothing was saved when the record is not there', async () => {
    const { wait } = recordWaits();
    const answer = await askWhatWasSaved<{ ref: string }>(async () => null, wait);
    expect(captureStateAfter(answer)).toEqual({ kind: 'error', message: NOT_SAVED });
    expect(testimonialStateAfter(answer)).toEqual({ kind: 'failed', message: NOT_SAVED });
  });

  it('asks again while the worker restarts, at the planned times', async () => {
    const { waits, wait } = recordWaits();
    let asked = 0;
    const answer = await askWhatWasSaved(async () => {
      asked += 1;
      if (asked < LOST_ANSWER_CHECKS_MS.length) throw new Error('no answer');
      return { ref: 'C-2' };
    }, wait);
    expect(captureStateAfter(answer)).toEqual({ kind: 'captured', ref: 'C-2' });
    // Waits add up to each planned time after the loss (none before the first question).
    const at = waits.map((_, i) => waits.slice(0, i + 1).reduce((a, b) => a + b, 0));
    expect(at).toEqual(LOST_ANSWER_CHECKS_MS.slice(1));
  });

  it('says it may not be saved when the worker never answers', async () => {
    const { wait } = recordWaits();
    const answer = await askWhatWasSaved(noAnswer, wait);
    expect(answer).toEqual({ kind: 'unknown' });
    expect(captureStateAfter(answer)).toEqual({ kind: 'error', message: UNKNOWN_IF_SAVED });
    expect(testimonialStateAfter(answer)).toEqual({ kind: 'failed', message: UNKNOWN_IF_SAVED });
  });
});
