import type { ParsedPost } from '../db/schema';
import { batchedLookup } from './batched-lookup';
import { askWhatWasSaved, isLostAnswer, testimonialStateAfter } from './lost-answer';
import { controlsOf } from './post-controls';
import {
  setTestimonialState,
  TESTIMONIAL_ATTR,
  type TestimonialButtonState,
} from './testimonial-button';

export interface TestimonialSaverDeps {
  /** The adapter's parse of the post holding this button, or null when it cannot read it. */
  parse: (button: HTMLButtonElement) => { post: Element; parsed: ParsedPost } | null;
  /** Sends 'testimonial.save' for the parsed post; rejects with a message on failure. */
  save: (post: ParsedPost) => Promise<unknown>;
  /** Asks 'testimonials.savedOf': the ids of these posts that are saved already. */
  savedOf: (postIds: string[]) => Promise<string[]>;
  /** After a save: the agent is on this post (the sidebar, when open, shows its author). */
  onSaved?: (post: Element) => void;
  setTimeout: (run: () => void, ms: number) => unknown;
  /** A pause before asking again what was saved, after a lost answer. */
  wait: (ms: number) => Promise<void>;
  doc?: Document;
}

/**
 * The page side of "Save as testimonial": the button's states, saving the post the button
 * sits in, and showing posts saved before as saved. State is kept by post id: the site
 * may show the same post twice or reuse a row for another post while a save is under way.
 */
export function createTestimonialSaver(deps: TestimonialSaverDeps) {
  const saved = new Set<string>();
  const doc = deps.doc ?? document;
  const show = (postId: string, state: TestimonialButtonState) => {
    for (const each of controlsOf(TESTIMONIAL_ATTR, postId, doc)) setTestimonialState(each, state);
  };

  const lookUp = batchedLookup<true>({
    lookUp: async (postIds) =>
      Object.fromEntries((await deps.savedOf(postIds)).map((id) => [id, true as const])),
    onFound: (postId) => {
      saved.add(postId);
      show(postId, { kind: 'saved' });
    },
    known: (postId) => saved.has(postId),
    setTimeout: deps.setTimeout,
  });

  return {
    /** A button placed for this post: saved already, or (a reused one) idle again. */
    placed(button: HTMLButtonElement, postId: string, reused: boolean) {
      if (saved.has(postId)) setTestimonialState(button, { kind: 'saved' });
      else if (reused) setTestimonialState(button, { kind: 'idle' });
    },
    /** Posts that arrived together: one question for those not known to be saved. */
    lookUp,
    /** Saves the post holding this button; the state its buttons end in (the sidebar says it). */
    async save(button: HTMLButtonElement): Promise<TestimonialButtonState> {
      if (button.dataset.state === 'saving') return { kind: 'saving' };
      const read = deps.parse(button);
      if (!read) {
        const failed = { kind: 'failed', message: 'Casebook could not read this post' } as const;
        setTestimonialState(button, failed);
        return failed;
      }
      const { postId } = read.parsed;
      const end = (state: TestimonialButtonState) => {
        show(postId, state);
        return state;
      };
      show(postId, { kind: 'saving' });
      try {
        // Saving a saved post again is harmless: the background never keeps it twice.
        await deps.save(read.parsed);
        saved.add(postId);
        const done = end({ kind: 'saved' });
        if (read.post.isConnected) deps.onSaved?.(read.post);
        return done;
      } catch (error) {
        // A post known to be saved stays "Saved": only the repeat failed, not the record.
        if (saved.has(postId)) return end({ kind: 'saved' });
        if (!isLostAnswer(error)) {
          const message = error instanceof Error ? error.message : 'Saving failed';
          return end({ kind: 'failed', message });
        }
        // The worker stopped before answering: the save is whole or absent; ask which.
        const answer = await askWhatWasSaved(
          async () => ((await deps.savedOf([postId])).includes(postId) ? true : null),
          deps.wait,
        );
        if (answer.kind === 'saved') saved.add(postId);
        return end(testimonialStateAfter(answer));
      }
    },
  };
}
