import { useState } from 'react';
import { handleLabel } from '@/lib/customers/handle-label';
import {
  needingAnswer,
  type ListenedPost,
  type PageListening,
} from '@/lib/listening/page-listening';
import { request } from '@/lib/messages/client';
import { useAction } from '../useAction';

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

const ACTIONS = {
  case: { button: 'Capture as case', busy: 'Capturing…', name: 'as a case' },
  testimonial: { button: 'Save as testimonial', busy: 'Saving…', name: 'as a testimonial' },
} as const;

function ListenedItem({ post, as = 'case' }: { post: ListenedPost; as?: 'case' | 'testimonial' }) {
  const action = ACTIONS[as];
  const run = useAction();
  const [ref, setRef] = useState<string | null>(null);
  const who = post.author ? post.author.name || handleLabel(post.author.handle) : 'this post';
  const capture = () =>
    run.run(
      as,
      async () => {
        const answer = await request('listening.capture', { postId: post.postId, as });
        if (!answer.ok) throw new Error(answer.message);
        setRef(answer.ref);
      },
      'Capture failed',
    );
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
      {run.done && ref ? (
        <p className="ok" role="status">
          {as === 'case' ? `Captured as case ${ref}` : 'Saved as a testimonial'}
        </p>
      ) : (
        <button
          type="button"
          className="listening-capture"
          disabled={run.busy !== null}
          aria-label={`${as === 'case' ? 'Capture' : 'Save'} post by ${who} ${action.name}`}
          onClick={() => void capture()}
        >
          {run.busy ? action.busy : action.button}
        </button>
      )}
      {run.error && (
        <p role="alert" className="error">
          {run.error}
        </p>
      )}
    </li>
  );
}
