import './feedback.css';
import { useId, useState } from 'react';
import type { CaseFeedbackView } from '@/lib/feedback/case-feedback';
import { readRating, ratingText } from '@/lib/feedback/rating';
import { THREE_POINTS, type FeedbackRating } from '@/lib/feedback/rating-schema';
import { isOpenStatus, type CaseStatus } from '@/lib/db/constants';
import { request } from '@/lib/messages/client';
import { ActionStatus } from './ActionStatus';
import { fullTime, timeAgo } from './format';
import { useAction } from './useAction';
import { libraryUrl } from './sidebar/testimonial-status';

interface Props {
  caseId: string;
  status: CaseStatus;
  feedback: CaseFeedbackView;
}

/**
 * Feedback on a resolved case (issue 12): ask for it (the request goes into the post's
 * reply box, for the agent to send), then keep the customer's rating and comment. Pasting
 * the customer's answer suggests the rating it gives; the agent confirms it. A clearly
 * positive answer is offered as a testimonial.
 */
export function FeedbackSection({ caseId, status, feedback }: Props) {
  const titleId = useId();
  const action = useAction();
  const [changing, setChanging] = useState(false);
  // Open again: the rating it had is shown, but nothing is asked until it is resolved.
  const finished = !isOpenStatus(status);
  if (!finished && !feedback.rating) return null;

  const ask = () =>
    void action.run(
      'The feedback request is in the reply box: review it and send it with the site\u2019s button.',
      () => request('feedback.request', { caseId }),
      'Casebook could not put the feedback request in.',
    );

  return (
    <section className="feedback" aria-labelledby={titleId} data-testid="case-feedback">
      <h3 className="sub" id={titleId}>
        Feedback
      </h3>
      {feedback.rating ? (
        <p data-testid="feedback-rating">
          Rated <strong>{ratingText(feedback.rating)}</strong>
          {feedback.recordedAt !== null && (
            <span className="muted small">
              {' '}
              <time title={fullTime(feedback.recordedAt)}>{timeAgo(feedback.recordedAt)}</time>
              {feedback.source === 'reply' ? ', from the customer\u2019s reply' : ''}
            </span>
          )}
          {feedback.comment && <q className="feedback-comment">{feedback.comment}</q>}
        </p>
      ) : feedback.requestedAt !== null ? (
        <p className="muted small" data-testid="feedback-requested">
          Asked <time title={fullTime(feedback.requestedAt)}>{timeAgo(feedback.requestedAt)}</time>
          {feedback.requestedBy ? ` by ${feedback.requestedBy}` : ''}; a follow-up reminds you to
          look for the answer.
        </p>
      ) : (
        <p className="muted small">Ask the customer how it went, then keep their rating here.</p>
      )}
      {finished && (
        <div className="row">
          <button type="button" onClick={ask} disabled={!!action.busy}>
            {action.busy
              ? 'Putting it in\u2026'
              : feedback.requestedAt
                ? 'Ask again'
                : 'Ask for feedback'}
          </button>
        </div>
      )}
      <ActionStatus done={action.done} error={action.error} />
      {feedback.offerTestimonial && <FeedbackTestimonial caseId={caseId} />}
      {feedback.testimonial && (
        <p className="small" data-testid="feedback-testimonial">
          <span aria-hidden="true">{'\u2665'} </span>
          The answer is kept as a testimonial ({feedback.testimonial}) ·{' '}
          <a href={libraryUrl()} target="_blank" rel="noreferrer">
            Open in the library
          </a>
        </p>
      )}
      {finished &&
        (feedback.rating && !changing ? (
          <div className="row">
            <button type="button" onClick={() => setChanging(true)}>
              Change rating
            </button>
          </div>
        ) : (
          <RatingForm caseId={caseId} feedback={feedback} onSaved={() => setChanging(false)} />
        ))}
    </section>
  );
}

/** The agent's entry of the answer: the rating on the desk's scale and the comment. */
function RatingForm({
  caseId,
  feedback,
  onSaved,
}: {
  caseId: string;
  feedback: CaseFeedbackView;
  onSaved: () => void;
}) {
  const action = useAction();
  const [picked, setPicked] = useState<FeedbackRating | null>(null);
  const [comment, setComment] = useState('');
  // Whether the comment is the customer's own words (their reply), or the agent's note.
  const [theirWords, setTheirWords] = useState(false);
  const name = useId();
  const commentId = useId();
  const read = comment.trim() ? readRating(comment, feedback.scale) : null;
  // The agent's own pick wins; else what the customer's words say.
  const rating = picked ?? read?.rating ?? null;
  const source = theirWords ? 'reply' : 'agent';
  const choices: FeedbackRating[] =
    feedback.scale === 'five'
      ? [1, 2, 3, 4, 5].map((value) => ({ scale: 'five', value }))
      : THREE_POINTS.map((value) => ({ scale: 'three', value }));

  const save = () =>
    void action
      .run(
        'Rating saved.',
        () => request('feedback.record', { caseId, rating: rating!, comment, source }),
        'Casebook could not save the rating.',
      )
      .then((saved) => {
        if (!saved) return;
        setPicked(null);
        setComment('');
        setTheirWords(false);
        onSaved();
      });

  return (
    <form
      className="feedback-form"
      aria-label={
        feedback.rating ? 'Change the customer\u2019s rating' : 'Record the customer\u2019s rating'
      }
      onSubmit={(event) => {
        event.preventDefault();
        if (rating) save();
      }}
    >
      <label htmlFor={commentId}>
        The customer&rsquo;s answer (paste it, or note what they said)
      </label>
      <textarea
        id={commentId}
        rows={2}
        maxLength={2000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <label className="small">
        <input
          type="checkbox"
          checked={theirWords}
          onChange={(event) => setTheirWords(event.target.checked)}
        />{' '}
        These are the customer&rsquo;s own words (their reply)
      </label>
      {read && !picked && (
        <p className="muted small" data-testid="feedback-read">
          Reads as {ratingText(read.rating)} (&ldquo;{read.why}&rdquo;): change it below if that is
          wrong.
        </p>
      )}
      <fieldset className="rating-choices">
        <legend>Rating</legend>
        {choices.map((choice) => {
          const text = ratingText(choice);
          return (
            <label key={text}>
              <input
                type="radio"
                name={name}
                checked={rating?.value === choice.value}
                onChange={() => setPicked(choice)}
              />{' '}
              {text}
            </label>
          );
        })}
      </fieldset>
      <button type="submit" disabled={!rating || !!action.busy}>
        {action.busy ? 'Saving\u2026' : 'Save rating'}
      </button>
      <ActionStatus done={action.done} error={action.error} />
    </form>
  );
}

/** The offer to keep a clearly positive answer as a testimonial. */
function FeedbackTestimonial({ caseId }: { caseId: string }) {
  const action = useAction();
  return (
    <aside className="testimonial-suggestion" aria-label="Positive feedback">
      <p>
        <strong>A clearly positive answer.</strong>{' '}
        <span className="muted small">Save the customer&rsquo;s words as a testimonial?</span>
      </p>
      <button
        type="button"
        disabled={!!action.busy}
        onClick={() =>
          void action.run(
            'Saved as testimonial.',
            () => request('testimonial.fromFeedback', { caseId }),
            'Casebook could not save the testimonial.',
          )
        }
      >
        {action.busy ? 'Saving\u2026' : 'Save feedback as testimonial'}
      </button>
      <ActionStatus done={action.done} error={action.error} />
    </aside>
  );
}
