import { useState } from 'react';
import { handleLabel } from '@/lib/customers/handle-label';
import {
  needingAnswer,
  type ListenedPost,
  type PageListening,
} from '@/lib/listening/page-listening';
import { request } from '@/lib/messages/client';

const LABEL_NAMES: Record<ListenedPost['label'], string> = {
  question: 'Question',
  complaint: 'Complaint',
  praise: 'Praise',
  other: 'Mention',
};

/**
 * What listening found on this page (issue 11): how many posts mention the watch list, and
 * those that need an answer, most urgent first, each with its reasons and a one-click
 * capture. Shown only on a page where something matched.
 */
export function ListeningPanel({ listening }: { listening: PageListening | null | undefined }) {
  if (!listening?.posts.length) return null;
  const waiting = needingAnswer(listening);
  const praise = listening.posts.filter((post) => post.label === 'praise');
  const mentions = listening.posts.length;
  return (
    <details className="listening" open={waiting.length + praise.length > 0}>
      <summary>
        <span className="listening-title">Listening</span>{' '}
        <span data-testid="listening-counts">
          {waiting.length} need{waiting.length === 1 ? 's' : ''} an answer · {mentions} mention
          {mentions === 1 ? '' : 's'} on this page
        </span>
      </summary>
      {waiting.length ? (
        <ol className="listening-list" aria-label="Posts that need an answer, most urgent first">
          {waiting.map((post) => (
            <ListenedItem key={post.postId} post={post} />
          ))}
        </ol>
      ) : (
        <p className="muted">None of them asks a question or complains.</p>
      )}
      {praise.length > 0 && (
        <ul className="listening-list" aria-label="Praise to keep as testimonials">
          {praise.map((post) => (
            <ListenedItem key={post.postId} post={post} as="testimonial" />
          ))}
        </ul>
      )}
    </details>
  );
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; ref: string }
  | { kind: 'failed'; message: string };

const ACTIONS = {
  case: { button: 'Capture as case', busy: 'Capturing…', name: 'as a case' },
  testimonial: { button: 'Save as testimonial', busy: 'Saving…', name: 'as a testimonial' },
} as const;

function ListenedItem({ post, as = 'case' }: { post: ListenedPost; as?: 'case' | 'testimonial' }) {
  const action = ACTIONS[as];
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const who = post.author ? post.author.name || handleLabel(post.author.handle) : 'this post';
  const capture = async () => {
    setOutcome({ kind: 'busy' });
    try {
      const answer = await request('listening.capture', { postId: post.postId, as });
      setOutcome(
        answer.ok ? { kind: 'done', ref: answer.ref } : { kind: 'failed', message: answer.message },
      );
    } catch (error) {
      setOutcome({
        kind: 'failed',
        message: error instanceof Error ? error.message : 'Capture failed',
      });
    }
  };
  return (
    <li className="listening-item stack" data-post-id={post.postId}>
      <div className="listening-head">
        <span className={`listening-label ${post.label}`}>{LABEL_NAMES[post.label]}</span>
        {post.author && (
          <bdi className="listening-author">
            {post.author.name} <span className="muted">{handleLabel(post.author.handle)}</span>
          </bdi>
        )}
      </div>
      <p className="listening-snippet">
        <bdi>{post.snippet}</bdi>
      </p>
      {post.reasons.length > 0 && <p className="muted small">Why: {post.reasons.join('; ')}</p>}
      {outcome.kind === 'done' ? (
        <p className="ok" role="status">
          {as === 'case' ? `Captured as case ${outcome.ref}` : 'Saved as a testimonial'}
        </p>
      ) : (
        <button
          type="button"
          className="listening-capture"
          disabled={outcome.kind === 'busy'}
          aria-label={`${as === 'case' ? 'Capture' : 'Save'} post by ${who} ${action.name}`}
          onClick={() => void capture()}
        >
          {outcome.kind === 'busy' ? action.busy : action.button}
        </button>
      )}
      {outcome.kind === 'failed' && (
        <p role="alert" className="error">
          {outcome.message}
        </p>
      )}
    </li>
  );
}
