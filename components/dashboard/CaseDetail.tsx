import { handleLabel } from '@/lib/customers/handle-label';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadCaseWithPosts } from '@/lib/cases/queries';
import type { CasebookDatabase } from '@/lib/db/database';
import type { CaseStatus, Post } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { fullTime, STATUS_LABELS } from '../format';
import { NoteForm, NotesList } from '../Notes';
import { Checklist, CloseReason } from '../Checklist';
import { PriorityBadge } from '../PriorityBadge';
import { StatusBadge } from '../StatusBadge';
import { readSettings } from '@/lib/settings';
import { AssigneeSelect, TagsEditor } from './CaseFields';
import { StatusSelect } from '../StatusSelect';
import { useStatusChange } from '../useStatusChange';
import { SimilarPicker } from '../group/SimilarPicker';
import { CaseKnowledgeSection } from '../knowledge/CaseKnowledgeSection';
import { WriteUpForm } from '../knowledge/WriteUpForm';
import { MarkReplied } from '../MarkReplied';
import { isOpenStatus, PLATFORM_LABELS } from '@/lib/db/constants';
import { postTimeLabel, ratingLabel } from '@/lib/cases/post-time';
import { SafeLink } from '../SafeLink';
import { CaseFollowUps } from '../followups/CaseFollowUps';
import { dueFormat } from '../followups/follow-up-format';
import { followUpHistoryLabel } from '@/lib/followups/history-label';
import { SyncConflicts } from './SyncConflicts';
import { RouteButton } from '../RouteButton';
import { FeedbackSection } from '../FeedbackSection';
import { caseFeedbackOf } from '@/lib/feedback/case-feedback';
import { CaseEscalation } from '../CaseEscalation';
import { useCrmsOn } from '../useCrmsOn';

export function CaseDetail({ db, caseId }: { db: CasebookDatabase; caseId: string }) {
  const loaded = useLiveQuery(() => loadCaseWithPosts(db, caseId), [db, caseId]);
  const status = useStatusChange(caseId);
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const feedback = useLiveQuery(
    async () => (loaded?.record ? caseFeedbackOf(db, loaded.record) : null),
    [db, loaded?.record],
  );
  const crmsOn = useCrmsOn();

  if (loaded === undefined) return <p className="muted">Loading case…</p>;
  if (loaded === null) return <p className="empty">This case does not exist any more.</p>;
  const { record, posts } = loaded;

  return (
    <article className="case-detail" aria-labelledby="case-detail-title">
      <header className="case-detail-head">
        <h2 id="case-detail-title">
          Case {record.ref} · <bdi>{handleLabel(record.customer.handle)}</bdi>
        </h2>
        <PriorityBadge priority={record.priority} reasons={record.priorityReasons} full />
        <StatusBadge status={record.status} />
        <StatusSelect value={record.status} onChange={status.change} disabled={status.busy} />
        {isOpenStatus(record.status) && <MarkReplied caseId={caseId} status={record.status} />}
      </header>
      <div className="case-fields">
        <AssigneeSelect record={record} agents={settings?.agents ?? []} />
        <RouteButton caseId={caseId} />
        <TagsEditor key={record.tags.join(',')} record={record} />
      </div>
      <SyncConflicts db={db} table="cases" recordId={caseId} />
      <CloseReason status={status} />
      {status.error && (
        <p role="alert" className="error">
          {status.error}
        </p>
      )}
      {feedback && <FeedbackSection caseId={caseId} status={record.status} feedback={feedback} />}
      <SimilarPicker db={db} record={record} />
      <section aria-label="Posts" className="stack">
        <h3>Posts</h3>
        {posts.map((post) => (
          <PostView key={post.id} post={post} />
        ))}
      </section>
      <Checklist caseId={caseId} steps={record.checklist} />
      <CaseKnowledgeSection db={db} record={record} />
      <WriteUpForm key={record.id} record={record} />
      <section aria-label="Notes" className="stack">
        <h3>Notes</h3>
        <NotesList notes={record.notes} />
        <NoteForm
          onAdd={(text) => request('case.addNote', { caseId, text }).then(() => undefined)}
        />
      </section>
      <CaseFollowUps db={db} caseId={caseId} agents={settings?.agents ?? []} />
      <CaseEscalation caseId={caseId} links={record.crmLinks ?? []} escalateTo={crmsOn} />
      <section aria-label="History" className="stack">
        <h3>History</h3>
        <ol className="history">
          {record.history.map((event, index) => (
            <li key={index}>
              <time>{fullTime(event.at)}</time> — {event.by}: {describeEvent(event)}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function describeEvent(event: {
  type: string;
  from: string | null;
  to: string | null;
  note?: string;
}): string {
  const label = (status: string | null) =>
    status && status in STATUS_LABELS ? STATUS_LABELS[status as CaseStatus] : (status ?? '');
  switch (event.type) {
    case 'created':
      return 'captured the post and opened the case';
    case 'status':
      return `status ${label(event.from)} → ${label(event.to)}`;
    case 'note':
      return 'added a note';
    case 'assignee':
      // A rule's assignment names the rule ("Routed by rule 2 'VIP billing'").
      return `assigned ${event.from ?? 'nobody'} → ${event.to ?? 'nobody'}${event.note ? ` (${event.note})` : ''}`;
    case 'step':
      return event.to ? `ticked "${event.to}"` : `unticked "${event.from}"`;
    case 'closed-incomplete':
      return `finished with open steps (${event.from}), because: ${event.to}`;
    case 'tags':
      return `tags ${event.from ?? 'none'} → ${event.to ?? 'none'}`;
    case 'reply':
      return `${event.to ?? 'replied'} (${event.from === 'first' ? 'first response' : 'next response'})`;
    case 'expert':
      return event.to ? `added the expert ${event.to}` : `removed the expert ${event.from}`;
    case 'article':
      return event.to ? `linked the article “${event.to}”` : `unlinked the article “${event.from}”`;
    case 'followup':
      return followUpHistoryLabel(event, (at) => dueFormat.format(at));
    case 'feedback':
      return event.to ?? 'feedback';
    case 'crm':
      // Issue 12: the CRM record the agent saved from an escalation ("Zendesk ticket #4822").
      return `escalated to ${event.to ?? 'a CRM'}, saved in the CRM and linked`;
    default:
      return event.type;
  }
}

const METRIC_NAMES: Record<string, [string, string]> = {
  replies: ['reply', 'replies'],
  reposts: ['repost', 'reposts'],
  likes: ['like', 'likes'],
  bookmarks: ['bookmark', 'bookmarks'],
  views: ['view', 'views'],
};

function metricText(key: string, value: number): string {
  const [one, many] = METRIC_NAMES[key] ?? [key, key];
  return `${value.toLocaleString()} ${value === 1 ? one : many}`;
}

function PostView({ post }: { post: Post }) {
  const metrics = Object.entries(post.metrics).filter(([, value]) => value !== null);
  return (
    <div className="post">
      <div>
        <strong>
          <bdi>{post.author.name}</bdi>
        </strong>{' '}
        <bdi className="muted">{handleLabel(post.author.handle)}</bdi>
        {post.author.verified && <span className="muted"> · verified</span>}
      </div>
      {post.parent && (
        <p className="muted small">
          Comment on{' '}
          <SafeLink href={post.parent.permalink}>{post.parent.title ?? 'this post'}</SafeLink>
        </p>
      )}
      {post.rating != null && <RatingStars rating={post.rating} />}
      {post.title && <h4>{post.title}</h4>}
      <p className="post-text">{post.text}</p>
      {post.truncated && (
        <p className="muted small">The page showed only the start of this post.</p>
      )}
      {post.quoted && (
        <blockquote className="quoted">
          <div className="muted">
            Quoting <bdi>{post.quoted.author.name}</bdi>{' '}
            <bdi>{handleLabel(post.quoted.author.handle)}</bdi>
          </div>
          <p className="post-text">{post.quoted.text}</p>
        </blockquote>
      )}
      <p className="muted small">
        {postTimeLabel(post, fullTime)}
        {metrics.length > 0 &&
          ' · ' + metrics.map(([key, value]) => metricText(key, value!)).join(', ')}
        {post.permalink && (
          <>
            {' · '}
            <a href={post.permalink} target="_blank" rel="noreferrer noopener">
              {post.platform === 'web'
                ? 'Open the page'
                : `Open on ${PLATFORM_LABELS[post.platform]}`}
            </a>
          </>
        )}
      </p>
    </div>
  );
}

function RatingStars({ rating }: { rating: number }) {
  const { stars, words } = ratingLabel(rating);
  return (
    <p className="rating" role="img" aria-label={words} title={words}>
      {stars}
    </p>
  );
}
