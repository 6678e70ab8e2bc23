import { z } from '../zod';
import { POST_LIMITS } from '../db/constants';
import { PlatformSchema } from '../db/schema';
import { MAX_WATCH_TERM_LENGTH } from './watch-list-schema';
import {
  LISTENED_TEXT_LENGTH,
  MAX_LISTENED_PER_REPORT,
  type ListenedPostInput,
  type ListeningCaptureAnswer,
} from './page-listening';

/**
 * The listening requests (issue 11; lib/messages/protocol.ts). A content script asks for
 * the team's watch list and reports the posts of its page that match it; the sidebar asks
 * its page to capture one of them. The text a page reports is only classified and shown
 * in the sidebar, never stored with a case: capture reads the post again.
 */
const postId = z.string().min(1).max(128);

export const ListenedPostInputSchema: z.ZodType<ListenedPostInput> = z.object({
  postId,
  text: z.string().max(LISTENED_TEXT_LENGTH),
  terms: z.array(z.string().max(MAX_WATCH_TERM_LENGTH + 1)).max(20),
  author: z
    .object({
      handle: z.string().max(100),
      name: z.string().max(POST_LIMITS.name),
    })
    .nullable(),
});

/** What a page answers to the sidebar's capture (a TabCommand's answer, checked like a request). */
export const ListeningCaptureAnswerSchema: z.ZodType<ListeningCaptureAnswer> = z.union([
  z.object({ ok: z.literal(true), ref: z.string() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

export const LISTENING_REQUESTS = {
  /** The team's watch list, for the page to find mentions in (brand terms, no customer data). */
  'listening.watchList': {
    access: 'content',
    payload: z.object({ platform: PlatformSchema }),
  },
  /** Posts of the sender's page that match the watch list: labelled, kept for the sidebar. */
  'listening.seen': {
    access: 'content',
    payload: z.object({
      platform: PlatformSchema,
      /**
       * The page's address now: a site's own navigation starts a new list. From the page,
       * since a port's sender keeps the address it connected from; it only groups this
       * tab's own list.
       */
      pageUrl: z.string().max(POST_LIMITS.url),
      posts: z.array(ListenedPostInputSchema).min(1).max(MAX_LISTENED_PER_REPORT),
    }),
  },
  /** The sidebar's one click on a post its page listed: a case, or (praise) a testimonial. */
  'listening.capture': {
    access: 'extension',
    payload: z.object({ postId, as: z.enum(['case', 'testimonial']).default('case') }),
  },
} as const;
