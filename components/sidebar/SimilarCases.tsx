import { handleLabel } from '@/lib/customers/handle-label';
import '../group/group.css';
import { browser } from 'wxt/browser';
import type { SimilarOpen } from '@/lib/cases/sidebar-view';
import { groupHash } from '../group/group-link';
import { StatusBadge } from '../StatusBadge';
import { dashboardUrl } from './CaseLinks';
import { WordList } from '../WordList';

export const groupUrl = (caseIds: readonly string[]) =>
  `${browser.runtime.getURL('/dashboard.html')}#${groupHash(caseIds)}`;

/**
 * Open cases of other customers about the same problem as the current case, with the
 * words they share, and a link that opens them all (this case first) as one group to
 * answer in the dashboard.
 */
export function SimilarCases({ caseId, similar }: { caseId: string; similar: SimilarOpen[] }) {
  if (similar.length === 0) return null;
  const title = `Similar open cases (${similar.length})`;
  return (
    <section aria-labelledby="similar-title" className="stack similar">
      <h2 id="similar-title">{title}</h2>
      <ul className="case-list" aria-label="Similar open cases">
        {similar.map(({ summary, handle, reason }) => (
          <li key={summary.id}>
            <a
              className="case-link"
              href={dashboardUrl(summary.id)}
              target="_blank"
              rel="noreferrer"
            >
              <span className="case-link-top">
                <strong>{summary.ref}</strong> <bdi className="muted">{handleLabel(handle)}</bdi>{' '}
                <StatusBadge status={summary.status} />
              </span>
              <span className="case-link-title">
                <bdi>{summary.title}</bdi>
              </span>
              <span className="muted small" data-testid="shared-words">
                Shares: <WordList words={reason.shared} />
              </span>
            </a>
          </li>
        ))}
      </ul>
      <a
        className="button-link primary"
        href={groupUrl([caseId, ...similar.map((s) => s.summary.id)])}
        target="_blank"
        rel="noreferrer"
      >
        Answer as a group
      </a>
    </section>
  );
}
