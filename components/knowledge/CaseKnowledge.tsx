import type { CaseKnowledge } from '@/lib/knowledge/case-knowledge';
import { request } from '@/lib/messages/client';
import { ArticleLink, DraftBadge } from './ArticleLink';
import { ContactLinks } from './ContactLinks';
import { useAction } from './useAction';
import './knowledge.css';

/**
 * A case's experts and knowledge, with suggestions: shown in the sidebar and in the
 * dashboard's case. Every change is a request; the background records it in the case's
 * history and ticks the checklist step, and the fresh case comes back by push or query.
 */
export function CaseKnowledgePanel({
  caseId,
  knowledge,
  heading,
}: {
  caseId: string;
  knowledge: CaseKnowledge;
  /** Given in the sidebar, where the panel is a card of its own. */
  heading?: string;
}) {
  const action = useAction();
  const { experts, articles, suggestedExperts, suggestedArticles } = knowledge;
  const act = (key: string, work: () => Promise<unknown>) => void action.run(key, work);

  return (
    <section
      className={heading ? 'case-knowledge card' : 'case-knowledge'}
      aria-label={heading ?? 'Experts and knowledge'}
    >
      {heading && <h2>{heading}</h2>}
      <section aria-labelledby={`${caseId}-experts`} className="stack">
        <h3 id={`${caseId}-experts`} className="sub">
          Experts on this case
        </h3>
        {experts.length ? (
          <ul className="k-list" aria-label="Experts on this case">
            {experts.map((expert) => (
              <li key={expert.id} className="k-item">
                <div className="k-main">
                  <strong>{expert.name}</strong>
                  {expert.role && <span className="muted"> · {expert.role}</span>}
                  {expert.removed && <span className="muted"> (removed from the directory)</span>}
                  <ContactLinks contacts={expert.contacts} owner={expert.name} />
                </div>
                <button
                  type="button"
                  className="k-action"
                  aria-label={`Remove ${expert.name} from the case`}
                  disabled={action.busy !== null}
                  onClick={() =>
                    act(`rm-${expert.id}`, () =>
                      request('case.removeExpert', { caseId, expertId: expert.id }),
                    )
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">No experts on this case yet.</p>
        )}
      </section>

      <section aria-labelledby={`${caseId}-suggested-experts`} className="stack">
        <h3 id={`${caseId}-suggested-experts`} className="sub">
          Suggested experts
        </h3>
        {suggestedExperts.length ? (
          <ul className="k-list" aria-label="Suggested experts">
            {suggestedExperts.map((expert) => (
              <li key={expert.id} className="k-item">
                <div className="k-main">
                  <strong>{expert.name}</strong>
                  {expert.role && <span className="muted"> · {expert.role}</span>}
                  <div className="k-why small muted">{expert.reasons.join(', ')}</div>
                </div>
                <button
                  type="button"
                  className="k-action"
                  aria-label={`Add ${expert.name} to the case`}
                  disabled={action.busy !== null}
                  onClick={() =>
                    act(`add-${expert.id}`, () =>
                      request('case.addExpert', { caseId, expertId: expert.id }),
                    )
                  }
                >
                  {action.busy === `add-${expert.id}` ? 'Adding…' : 'Add to case'}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">
            {experts.length ? 'No other expert' : 'No expert'} covers this case’s topics. Add
            experts and their topics in the dashboard’s Experts view.
          </p>
        )}
      </section>

      <section aria-labelledby={`${caseId}-articles`} className="stack">
        <h3 id={`${caseId}-articles`} className="sub">
          Knowledge on this case
        </h3>
        {articles.length ? (
          <ul className="k-list" aria-label="Knowledge on this case">
            {articles.map((article) => (
              <li key={article.id} className="k-item">
                <div className="k-main">
                  <ArticleLink title={article.title} url={article.url} />
                  {article.status === 'draft' && (
                    <>
                      {' '}
                      <DraftBadge />
                    </>
                  )}
                  {article.removed && <span className="muted"> (removed)</span>}
                </div>
                <button
                  type="button"
                  className="k-action"
                  aria-label={`Unlink “${article.title}” from the case`}
                  disabled={action.busy !== null}
                  onClick={() =>
                    act(`unlink-${article.id}`, () =>
                      request('case.unlinkArticle', { caseId, articleId: article.id }),
                    )
                  }
                >
                  Unlink
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">No knowledge linked yet.</p>
        )}
      </section>

      <section aria-labelledby={`${caseId}-suggested-articles`} className="stack">
        <h3 id={`${caseId}-suggested-articles`} className="sub">
          Suggested knowledge
        </h3>
        {suggestedArticles.length ? (
          <ul className="k-list" aria-label="Suggested knowledge">
            {suggestedArticles.map((article) => (
              <li key={article.id} className="k-item">
                <div className="k-main">
                  <ArticleLink title={article.title} url={article.url} />
                  {article.summary && <div className="k-summary small">{article.summary}</div>}
                  <div className="k-why small muted">{article.reasons.join(', ')}</div>
                </div>
                <button
                  type="button"
                  className="k-action"
                  aria-label={`Link “${article.title}” to the case`}
                  disabled={action.busy !== null}
                  onClick={() =>
                    act(`link-${article.id}`, () =>
                      request('case.linkArticle', { caseId, articleId: article.id }),
                    )
                  }
                >
                  {action.busy === `link-${article.id}` ? 'Linking…' : 'Link to case'}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">
            {articles.length ? 'No other published article' : 'No published article'} matches this
            case’s words.
          </p>
        )}
      </section>
      {action.error && (
        <p role="alert" className="error">
          {action.error}
        </p>
      )}
    </section>
  );
}
