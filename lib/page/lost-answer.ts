import { NO_ANSWER_CODE, RequestError } from '../messages/client';
import type { ButtonState } from './capture-button';
import type { TestimonialButtonState } from './testimonial-button';

/** When to ask again whether work whose answer was lost was saved (ms after the loss). */
export const LOST_ANSWER_CHECKS_MS: readonly number[] = [0, 500, 2000];

export const NOT_SAVED = 'Not saved: Casebook stopped before it could save this post. Try again.';
export const UNKNOWN_IF_SAVED =
  'Casebook is not answering, so this post may not be saved. Reload the page to see.';

/** The request's answer never came: the worker stopped (lib/messages/client.ts). */
export const isLostAnswer = (error: unknown): boolean =>
  error instanceof RequestError && error.code === NO_ANSWER_CODE;

/** What the background holds after a lost answer: the record, none, or no word from it. */
export type LostAnswer<T> =
  { kind: 'saved'; found: T } | { kind: 'not-saved' } | { kind: 'unknown' };

/**
 * The worker stopped before it answered a capture or a save. Each is one transaction, so
 * the record is there whole or not at all: the background is asked which, a few times, as
 * it may be restarting. The buttons then never say "failed" while the record exists, nor
 * "captured" or "saved" while it does not.
 */
export async function askWhatWasSaved<T>(
  lookUp: () => Promise<T | null>,
  wait: (ms: number) => Promise<void>,
): Promise<LostAnswer<T>> {
  let waited = 0;
  for (const at of LOST_ANSWER_CHECKS_MS) {
    if (at > waited) await wait(at - waited);
    waited = at;
    try {
      const found = await lookUp();
      return found ? { kind: 'saved', found } : { kind: 'not-saved' };
    } catch {
      // Still not answering: ask again later.
    }
  }
  return { kind: 'unknown' };
}

export const captureStateAfter = (answer: LostAnswer<{ ref: string }>): ButtonState =>
  answer.kind === 'saved'
    ? { kind: 'captured', ref: answer.found.ref }
    : { kind: 'error', message: answer.kind === 'not-saved' ? NOT_SAVED : UNKNOWN_IF_SAVED };

export const testimonialStateAfter = (answer: LostAnswer<unknown>): TestimonialButtonState =>
  answer.kind === 'saved'
    ? { kind: 'saved' }
    : { kind: 'failed', message: answer.kind === 'not-saved' ? NOT_SAVED : UNKNOWN_IF_SAVED };
