import type { CaseDetail, CaseOrigin } from '@/lib/cases/sidebar-view';
import { ratingLabel } from '@/lib/cases/post-time';
import { SafeLink } from '../SafeLink';
import { request } from '@/lib/messages/client';
import { fullTime, timeAgo } from '../format';
import { NoteForm, NotesList } from '../Notes';
import { Checklist, CloseReason } from '../Checklist';
import { PriorityBadge } from '../PriorityBadge';
import { SlaBadge } from '../SlaBadge';
import { StatusBadge } from '../StatusBadge';
import { StatusSelect } from '../StatusSelect';
import { useStatusChange } from '../useStatusChange';
import { ReplySection } from './ReplySection';
import { CaseTestimonial } from './CaseTestimonial';
import { CaseAssignee } from './CaseAssignee';
import { FeedbackSection } from '../FeedbackSection';

/** The case in front of the agent: status, the post's text and link, notes. */
export function CaseCard({ record }: { record: CaseDetail }) {
  const status = useStatusChange(record.id);

  return (
    <section aria-labelledby="current-case-title" className="card">
      <div className="card-head">
        <h2 id="current-case-title">
          Case <span data-testid="current-case-ref">{record.ref}</span>
        </h2>
        <StatusBadge status={record.status} />
      </div>
      <div className="row">
        <PriorityBadge priority={record.priority} reasons={record.priorityReasons} full />
      </div>
      <SlaBadge sla={record.sla} />
      {record.origin && <CaseOriginLine origin={record.origin} />}
      <p className="post-text" data-testid="current-case-text">
        {record.text}
      </p>
      <p className="muted small">
        Opened <time title={fullTime(record.createdAt)}>{timeAgo(record.createdAt)}</time>
        {record.permalink && (
          <>
            {' · '}
            <a href={record.permalink} target="_blank" rel="noreferrer noopener">
              Open post
            </a>
          </>
        )}
      </p>
      {record.testimonial && (
        <CaseTestimonial caseId={record.id} testimonial={record.testimonial} />
      )}
      <div className="row">
        <StatusSelect value={record.status} onChange={status.change} disabled={status.busy} />
      </div>
      <CloseReason status={status} />
      {status.error && (
        <p role="alert" className="error">
          {status.error}
        </p>
      )}
      <CaseAssignee record={record} />
      {record.feedback && (
        <FeedbackSection caseId={record.id} status={record.status} feedback={record.feedback} />
      )}
      <ReplySection record={record} />
      <Checklist caseId={record.id} steps={record.checklist} />
      <h3 className="sub">Notes</h3>
      <NotesList notes={record.notes} />
      <NoteForm
        onAdd={async (text) => {
          await request('case.addNote', { caseId: record.id, text });
        }}
      />
    </section>
  );
}

/** A comment's post and a review's stars, above the captured text. */
function CaseOriginLine({ origin }: { origin: CaseOrigin }) {
  const rating = origin.rating === null ? null : ratingLabel(origin.rating);
  return (
    <p className="muted small" data-testid="case-origin">
      {origin.parent && (
        <>
          Comment on{' '}
          <SafeLink href={origin.parent.permalink}>{origin.parent.title ?? 'this post'}</SafeLink>
        </>
      )}
      {origin.parent && rating && ' · '}
      {rating && (
        <span className="rating" role="img" aria-label={rating.words} title={rating.words}>
          {rating.stars}
        </span>
      )}
      {origin.shownTime && (origin.parent || rating) && ' · '}
      {origin.shownTime && <>posted “{origin.shownTime}” before capture</>}
    </p>
  );
}
