import { z } from '../zod';
import { POST_LIMITS } from '../db/constants';
import { PlatformSchema } from '../db/schema';
import { SiteSwitchesSchema } from '../site-switches';

const id = z.string().min(1).max(64);

/**
 * Requests of issue 7 (lib/messages/protocol.ts): the site switches, the page's health as
 * the content script sees it, and capturing a selection from any page.
 */
export const SITE_REQUESTS = {
  /** Which sites are on (options page). */
  'sites.get': { access: 'extension', payload: z.object({}) },
  /** Turns sites on or off: registration and the open tabs follow at once. */
  'sites.set': { access: 'extension', payload: SiteSwitchesSchema },
  /**
   * The content script's finding: on a page that should show posts, how many it found.
   * Only numbers and the site: no page text crosses.
   */
  'page.health': {
    access: 'content',
    payload: z.object({
      platform: PlatformSchema,
      expected: z.boolean(),
      postsFound: z.number().int().nonnegative().max(1_000_000),
    }),
  },
  /** From the sidebar: capture what is selected in its tab (opens the capture window). */
  'selection.fromTab': { access: 'extension', payload: z.object({}) },
  /** The capture window reads the selection it was opened for. */
  'selection.draft': { access: 'extension', payload: z.object({ draftId: id }) },
  /** The capture window's "Capture as case": the (possibly trimmed) text and the author. */
  'selection.capture': {
    access: 'extension',
    payload: z.object({
      draftId: id,
      text: z.string().max(POST_LIMITS.text),
      author: z
        .object({
          name: z.string().max(POST_LIMITS.name),
          handle: z.string().max(POST_LIMITS.url),
        })
        .nullable(),
    }),
  },
} as const;
