import { useId, useMemo, useState } from 'react';
import { classifyPost } from '@/lib/listening/classify';
import type { ListeningSettings } from '@/lib/listening/settings';
import { compileWatchList } from '@/lib/listening/watch-list';

const LABELS = {
  question: 'Question',
  complaint: 'Complaint',
  praise: 'Praise',
  other: 'Other',
} as const;

/**
 * "Try it" (issue 11): a post's text, read live with the section's unsaved values, so a
 * lead sees what a new term or threshold does before saving it.
 */
export function ListeningTryIt({ listening }: { listening: ListeningSettings }) {
  const [text, setText] = useState('');
  const [author, setAuthor] = useState('');
  const id = useId();
  const resultId = useId();
  const match = useMemo(
    () => compileWatchList(listening.watchList)(text, author.trim() || null),
    [listening.watchList, text, author],
  );
  const label = useMemo(
    () => classifyPost(text, listening.classifier),
    [listening.classifier, text],
  );
  return (
    <fieldset className="card try-it">
      <legend>Try it</legend>
      <div className="field">
        <label htmlFor={`${id}-text`}>Post text to try</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text}
          aria-describedby={resultId}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-author`}>Posted by (optional)</label>
        <input
          id={`${id}-author`}
          type="text"
          placeholder="@handle"
          value={author}
          onChange={(event) => setAuthor(event.target.value)}
        />
      </div>
      <div id={resultId} role="group" aria-label="Try-it result" aria-live="polite">
        {text.trim() === '' ? (
          <p className="muted small">Paste a post to see how it is read, with the values above.</p>
        ) : (
          <ul className="try-it-result">
            <li>
              <strong>Watch list:</strong>{' '}
              {match.excludedBy.length > 0
                ? `not matched, excluded by ${match.excludedBy.map((t) => `“${t}”`).join(', ')}`
                : match.matched
                  ? `matched: ${match.terms.map((t) => `“${t}”`).join(', ')}`
                  : 'not matched (no term of the list found)'}
            </li>
            <li>
              <strong>Classifier:</strong> {LABELS[label.label]},{' '}
              {label.needsAnswer ? `needs answer (priority ${label.priority})` : 'no answer needed'}
              {label.reasons.length > 0 && (
                <ul>
                  {label.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
            </li>
          </ul>
        )}
      </div>
    </fieldset>
  );
}
