import { siteOfSender } from './sender-site';
import type { Actor } from '../cases/actor';
import type { CasebookDatabase } from '../db/database';
import type { ParsedPost } from '../db/schema';
import type { ErrorCode } from '../messages/protocol';
import { tabOf, type Handlers, type Sender } from '../messages/router';
import type { SiteAdapter } from '../sites/types';
import { eraseTestimonials } from '../testimonials/erase';
import {
  editTestimonial,
  moderateTestimonial,
  saveFromCase,
  savedOf,
  saveTestimonial,
  setConsent,
} from '../testimonials/store';
import { TestimonialInputError, TestimonialStateError } from '../testimonials/testimonial';
import type { SidebarHub } from './sidebar-hub';

type TestimonialRequest =
  | 'testimonial.save'
  | 'testimonials.savedOf'
  | 'testimonial.saveFromCase'
  | 'testimonial.edit'
  | 'testimonial.moderate'
  | 'testimonial.consent'
  | 'testimonials.erase';

/** A 'testimonial.save' whose post is not the sending page's to save. */
export class TestimonialSenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TestimonialSenderError';
  }
}

const isOn = (adapter: SiteAdapter, href: string | null) => {
  if (href === null) return true;
  try {
    return adapter.match(new URL(href));
  } catch {
    return false;
  }
};

/**
 * A content script may save only a post of the site it runs on: the sender is a tab
 * whose page a site adapter handles, that adapter is the post's platform, and the post's
 * own links point to that site (a forged post cannot make the library link elsewhere).
 */
function checkSavedFrom(sender: Sender, post: ParsedPost): void {
  tabOf(sender);
  const adapter = siteOfSender(sender);
  if (!adapter) {
    throw new TestimonialSenderError('Save a post as a testimonial from the site that shows it.');
  }
  if (adapter.id !== post.platform) {
    throw new TestimonialSenderError(
      `This page is on ${adapter.name}; it cannot save a ${post.platform} post.`,
    );
  }
  if (!isOn(adapter, post.permalink) || !isOn(adapter, post.author.profileUrl)) {
    throw new TestimonialSenderError(`The post's links must point to ${adapter.name}.`);
  }
}

/**
 * The testimonial requests. Saving from the page is the one content request that writes
 * (a pending testimonial of what the page shows, never twice); everything else comes from
 * Casebook's own pages. Sidebars refresh after every change.
 */
export function testimonialHandlers(
  db: CasebookDatabase,
  hub: Pick<SidebarHub, 'pushAll'>,
  actor: () => Actor,
): Pick<Handlers, TestimonialRequest> {
  const thenPush = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await hub.pushAll();
    return result;
  };
  return {
    'testimonial.save': async ({ post }, sender) => {
      checkSavedFrom(sender, post);
      const { testimonial, already } = await thenPush(saveTestimonial(db, post, null, actor()));
      // A page's script sits beside the content script: it learns only that the post is
      // saved, never the stored quote, consent evidence or who saved it.
      return { id: testimonial.id, already };
    },
    'testimonials.savedOf': ({ platform, postIds }, sender) => {
      const adapter = siteOfSender(sender);
      if (sender.tab && adapter?.id !== platform) {
        throw new TestimonialSenderError('A page may ask only about the posts of its own site.');
      }
      return savedOf(db, platform, postIds);
    },
    'testimonial.saveFromCase': ({ caseId, postKey }) =>
      thenPush(saveFromCase(db, caseId, postKey, actor())),
    'testimonial.edit': ({ testimonialId, ...change }) =>
      thenPush(editTestimonial(db, testimonialId, change, actor())),
    'testimonial.moderate': ({ testimonialId, state }) =>
      thenPush(moderateTestimonial(db, testimonialId, state, actor())),
    'testimonial.consent': ({ testimonialId, ...input }) =>
      thenPush(setConsent(db, testimonialId, input, actor())),
    'testimonials.erase': ({ reason, ...target }) =>
      thenPush(eraseTestimonials(db, target, reason, actor())),
  };
}

/** The error code of a testimonial function's error (see classifyError). */
export function testimonialErrorCode(error: unknown): ErrorCode | null {
  if (error instanceof TestimonialInputError) return 'invalid-payload';
  if (error instanceof TestimonialStateError) return 'conflict';
  if (error instanceof TestimonialSenderError) return 'forbidden';
  return null;
}
