import type { Actor } from '../cases/actor';
import type { CasebookDatabase } from '../db/database';
import { liveRecord, RecordNotFoundError } from '../db/records';
import { authorKeyOf } from '../testimonials/testimonial';
import { saveTestimonial, type SaveResult } from '../testimonials/store';
import { FeedbackError } from './store';
import { isTestimonialWorthy } from './positive';

/**
 * Saves a clearly positive feedback answer as a testimonial in the customer's words: the
 * comment is the quote, the case's post gives the author and the link to the conversation.
 * It is keyed "feedback-<case id>" in the post's place, so one case gives one such quote;
 * the marketer approves it (and asks consent) like any other.
 */
export async function saveFeedbackTestimonial(
  db: CasebookDatabase,
  caseId: string,
  actor: Actor,
): Promise<SaveResult> {
  return db.transaction('rw', [db.testimonials, db.events, db.cases, db.posts], async () => {
    const record = await liveRecord(db.cases, 'case', caseId);
    const feedback = record.feedback;
    if (!feedback || !isTestimonialWorthy(feedback)) {
      throw new FeedbackError(
        `Case ${record.ref} has no clearly positive answer to save: only a top rating with the customer's own kind words is offered.`,
      );
    }
    const post = await db.posts.where('key').equals(record.postKeys[0]!).first();
    if (!post || post.deleted) throw new RecordNotFoundError('post', record.postKeys[0]!);
    return saveTestimonial(
      db,
      {
        ...post,
        postId: `feedback-${record.id}`,
        text: feedback.comment,
        postedAt: feedback.recordedAt,
        quoted: null,
      },
      { caseId: record.id, customerKey: authorKeyOf(post) },
      actor,
      'feedback',
    );
  });
}
