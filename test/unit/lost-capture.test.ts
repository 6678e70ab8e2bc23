import { describe, expect, it } from 'vitest';
import {
  LOST_CAPTURE_CHECKS_MS,
  NOT_SAVED,
  settleLostCapture,
  UNKNOWN_IF_SAVED,
} from '@/lib/page/lost-capture';

/** A clock the test moves: records each wait instead of sleeping. */
const recordWaits = () => {
  const waits: number[] = [];
  return { waits, wait: async (ms: number) => void waits.push(ms) };
};

describe('a capture whose answer was lost', () => {
  it('shows captured when the case is there', async () => {
    const { wait } = recordWaits();
    const state = await settleLostCapture(async () => ({ ref: 'C-1' }), wait);
    expect(state).toEqual({ kind: 'captured', ref: 'C-1' });
  });

  it('says nothing was saved when the case is not there', async () => {
    const { wait } = recordWaits();
    const state = await settleLostCapture(async () => null, wait);
    expect(state).toEqual({ kind: 'error', message: NOT_SAVED });
  });

  it('asks again while the worker restarts, at the planned times', async () => {
    const { waits, wait } = recordWaits();
    let asked = 0;
    const state = await settleLostCapture(async () => {
      asked += 1;
      if (asked < LOST_CAPTURE_CHECKS_MS.length) throw new Error('no answer');
      return { ref: 'C-2' };
    }, wait);
    expect(state).toEqual({ kind: 'captured', ref: 'C-2' });
    // Waits add up to each planned time after the loss.
    const at = waits.map((_, i) => waits.slice(0, i + 1).reduce((a, b) => a + b, 0));
    expect(at).toEqual([...LOST_CAPTURE_CHECKS_MS]);
  });

  it('says it may not be saved when the worker never answers', async () => {
    const { wait } = recordWaits();
    const state = await settleLostCapture(async () => {
      throw new Error('no answer');
    }, wait);
    expect(state).toEqual({ kind: 'error', message: UNKNOWN_IF_SAVED });
  });
});
