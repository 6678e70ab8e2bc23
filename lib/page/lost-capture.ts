import type { ButtonState } from './capture-button';

/** When to ask again whether a capture whose answer was lost was saved (ms after the loss). */
export const LOST_CAPTURE_CHECKS_MS: readonly number[] = [0, 500, 2000];

export const NOT_SAVED = 'Not saved: Casebook stopped before it could save this post. Try again.';
export const UNKNOWN_IF_SAVED =
  'Casebook is not answering, so this post may not be saved. Reload the page to see.';

/**
 * What a capture button says when the worker stopped before it answered: a capture is one
 * transaction, so the post is either captured or not at all, and the background is asked
 * which (a few times, as it may be restarting). Never "failed" while the case exists, nor
 * "captured" while it does not.
 */
export async function settleLostCapture(
  lookUp: () => Promise<{ ref: string } | null>,
  wait: (ms: number) => Promise<void>,
): Promise<ButtonState> {
  let waited = 0;
  for (const at of LOST_CAPTURE_CHECKS_MS) {
    await wait(at - waited);
    waited = at;
    try {
      const found = await lookUp();
      return found ? { kind: 'captured', ref: found.ref } : { kind: 'error', message: NOT_SAVED };
    } catch {
      // Still not answering: ask again later.
    }
  }
  return { kind: 'error', message: UNKNOWN_IF_SAVED };
}
