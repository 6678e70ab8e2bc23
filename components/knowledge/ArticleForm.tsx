import { useId, useState, type FormEvent } from 'react';
import type { Article } from '@/lib/db/schema';
import { ArticleInputSchema, type ArticleInput } from '@/lib/knowledge/inputs';
import { request } from '@/lib/messages/client';
import { ConfirmDelete } from './ConfirmDelete';
import { issueMessages } from './issues';
import { useAction } from './useAction';
import { FormProblems } from './FormProblems';

const FIELD_NAMES = { title: 'Title', url: 'URL', body: 'Summary', tags: 'Tag', status: 'Status' };
const SOURCE_NAMES: Record<Article['source'], string> = {
  manual: 'Added by hand',
  import: 'Imported',
  case: 'Written up from a case',
};

/** Creates or edits one article; nothing typed is lost when saving fails. */
export function ArticleForm({
  article,
  onSaved,
  onDeleted,
}: {
  article: Article | null;
  onSaved: (article: Article, message: string) => void;
  onDeleted: (message: string) => void;
}) {
  const id = useId();
  const [title, setTitle] = useState(article?.title ?? '');
  const [url, setUrl] = useState(article?.url ?? '');
  const [body, setBody] = useState(article?.body ?? '');
  const [tags, setTags] = useState(article?.tags.join(', ') ?? '');
  const [status, setStatus] = useState<Article['status']>(article?.status ?? 'published');
  const [problems, setProblems] = useState<string[]>([]);
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: ArticleInput = {
      ...(article ? { id: article.id } : {}),
      title,
      url: url.trim(),
      body: body.trim(),
      tags: tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      status,
    };
    const checked = ArticleInputSchema.safeParse(input);
    setProblems(checked.success ? [] : issueMessages(checked.error, FIELD_NAMES));
    if (!checked.success) return;
    await action.run('save', async () => {
      const saved = await request('article.save', { article: input });
      onSaved(saved, article ? `Saved “${saved.title}”.` : `Added “${saved.title}”.`);
    });
  };

  return (
    <form className="record-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{article ? 'Edit article' : 'New article'}</h2>
      {article && (
        <p className="muted small">
          {SOURCE_NAMES[article.source]}
          {article.caseId && (
            <>
              {' · '}
              <a href={`#case=${encodeURIComponent(article.caseId)}`}>Open the case</a>
            </>
          )}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-t`}>Title</label>
        <input id={`${id}-t`} value={title} onChange={(e) => setTitle(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-u`}>URL</label>
        <input
          id={`${id}-u`}
          inputMode="url"
          value={url}
          placeholder="https://help.example.com/…"
          onChange={(e) => setUrl(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-b`}>Summary or body</label>
        <textarea
          id={`${id}-b`}
          className="long"
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-g`}>Tags</label>
        <input
          id={`${id}-g`}
          value={tags}
          placeholder="login, ios"
          onChange={(e) => setTags(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-s`}>Status</label>
        <select
          id={`${id}-s`}
          value={status}
          onChange={(e) => setStatus(e.target.value as Article['status'])}
        >
          <option value="published">Published (suggested on cases)</option>
          <option value="draft">Draft (not suggested yet)</option>
        </select>
      </div>
      <FormProblems problems={problems} error={action.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={action.busy !== null}>
          {action.busy === 'save' ? 'Saving…' : article ? 'Save changes' : 'Add article'}
        </button>
        {article && (
          <ConfirmDelete
            what={`“${article.title}”`}
            consequence="Cases it is linked to show it as removed."
            disabled={action.busy !== null}
            onDelete={() =>
              void action.run('delete', async () => {
                await request('article.delete', { articleId: article.id });
                onDeleted(`Deleted “${article.title}”.`);
              })
            }
          />
        )}
      </div>
    </form>
  );
}
