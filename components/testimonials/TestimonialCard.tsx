import { handleLabel } from '@/lib/customers/handle-label';
import type { Testimonial, TestimonialState } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { ActionStatus } from '../ActionStatus';
import { initials, PLATFORM_LABELS } from '../format';
import { SafeLink } from '../SafeLink';
import { useAction } from '../useAction';
import { ConsentControls } from './ConsentControls';
import { EditTestimonial } from './EditTestimonial';
import { EraseAuthor } from './EraseAuthor';
import { countLabel, dayOf, STATE_LABELS } from './labels';

/** One testimonial in the library: the quote as text, who said it, and what to do with it. */
export function TestimonialCard({ testimonial: t }: { testimonial: Testimonial }) {
  const action = useAction();
  const titleId = `t-${t.id}-who`;
  const moderate = (state: TestimonialState) =>
    void action.run(state, () => request('testimonial.moderate', { testimonialId: t.id, state }));
  const m = t.metrics;
  return (
    <article className={`t-card t-${t.state}`} aria-labelledby={titleId}>
      <header className="t-head">
        <span className="avatar" aria-hidden="true">
          {initials(t.author.name, t.author.handle)}
        </span>
        <span className="t-who">
          <strong id={titleId} dir="auto">
            {t.author.name || t.author.handle}
          </strong>
          <span className="muted small">
            <bdi>{handleLabel(t.author.handle)}</bdi> · {PLATFORM_LABELS[t.platform]}
            {t.postedAt !== null && <> · {dayOf(t.postedAt)}</>}
          </span>
        </span>
        <button
          type="button"
          className="t-star"
          aria-pressed={t.favourite}
          aria-label={`Favourite: ${t.author.name || t.author.handle}`}
          title={t.favourite ? 'Remove from favourites' : 'Add to favourites'}
          disabled={action.busy !== null}
          onClick={() =>
            void action.run('favourite', () =>
              request('testimonial.edit', { testimonialId: t.id, favourite: !t.favourite }),
            )
          }
        >
          {t.favourite ? '★' : '☆'}
        </button>
      </header>
      {t.rating !== null && (
        <p className="t-rating" role="img" aria-label={`Rated ${t.rating} out of 5`}>
          {'★'.repeat(t.rating)}
          <span className="t-rating-off">{'★'.repeat(5 - t.rating)}</span>
        </p>
      )}
      <blockquote className="t-quote post-text" dir="auto">
        {t.quote}
      </blockquote>
      <p className="muted small" aria-label="Engagement">
        {countLabel(m.likes)} likes · {countLabel(m.reposts)} reposts · {countLabel(m.replies)}{' '}
        replies
        {m.views !== null && <> · {countLabel(m.views)} views</>}
      </p>
      <p className="t-badges">
        <span className={`badge state-${t.state}`}>{STATE_LABELS[t.state]}</span>
        {t.product && <span className="badge">{t.product}</span>}
        {t.tags.map((tag) => (
          <span key={tag} className="badge tag">
            #{tag}
          </span>
        ))}
      </p>
      <div className="t-buttons" role="group" aria-label="Moderation">
        <button
          type="button"
          aria-pressed={t.state === 'approved'}
          disabled={action.busy !== null || t.state === 'approved'}
          onClick={() => moderate('approved')}
        >
          Approve
        </button>
        <button
          type="button"
          aria-pressed={t.state === 'rejected'}
          disabled={action.busy !== null || t.state === 'rejected'}
          onClick={() => moderate('rejected')}
        >
          Reject
        </button>
        <SafeLink href={t.permalink}>Open the original</SafeLink>
        <ActionStatus done={action.done ? 'Saved.' : null} error={action.error} />
      </div>
      <ConsentControls testimonial={t} />
      <details className="t-more">
        <summary>Edit quote, tags, product, rating</summary>
        <EditTestimonial testimonial={t} />
      </details>
      <p className="small muted">
        Saved by {t.savedBy} on {dayOf(t.savedAt)}
        {t.caseId && (
          <>
            {' '}
            · <a href={`#case=${encodeURIComponent(t.caseId)}`}>Open the case</a>
          </>
        )}
      </p>
      <EraseAuthor testimonial={t} />
    </article>
  );
}
