import type { CasebookDatabase } from '../db/database';
import { ArticleSchema, isOpenStatus, type Article, type Case } from '../db/schema';
import type { Actor } from '../cases/actor';
import { changeCase } from '../cases/change';
import { STEP_FOR, MAX_ON_CASE, tickStepIn } from './case-links';
import { WRITE_UP_LIMITS, WriteUpSchema, type WriteUp } from './inputs';
import { nextMeta } from '../db/records';

/** The body of a write-up article: the problem, its resolution, and the team's notes. */
export function writeUpBody({
  problem,
  resolution,
  notes,
}: {
  problem: string;
  resolution: string;
  notes: string;
}): string {
  const parts: string[] = [];
  if (problem.trim()) parts.push(`Problem\n${problem.trim()}`);
  parts.push(`Resolution\n${resolution.trim()}`);
  if (notes.trim()) parts.push(`Notes\n${notes.trim()}`);
  return parts.join('\n\n');
}

/** Said at the end of a prefilled part that was cut to fit the write-up's limit. */
export const TRIMMED_MARK = '\n\n(trimmed)';

/** The text, cut to `limit` characters with TRIMMED_MARK at the end when too long. */
export function trimmedTo(text: string, limit: number): { text: string; trimmed: boolean } {
  if (text.trim().length <= limit) return { text, trimmed: false };
  return {
    text: text.slice(0, limit - TRIMMED_MARK.length).trimEnd() + TRIMMED_MARK,
    trimmed: true,
  };
}

/**
 * What the write-up form starts with: the case's title, its text and its notes. A long
 * case (many notes, a huge post) is cut to the write-up's limits, visibly, so the form
 * can be saved as it opens; `trimmed` names the parts that were cut.
 */
export function writeUpDraft(record: Pick<Case, 'title' | 'text' | 'notes' | 'tags'>) {
  const problem = trimmedTo(record.text, WRITE_UP_LIMITS.problem);
  const notes = trimmedTo(record.notes.map((n) => n.text).join('\n\n'), WRITE_UP_LIMITS.notes);
  const trimmed: ('problem' | 'notes')[] = [];
  if (problem.trimmed) trimmed.push('problem');
  if (notes.trimmed) trimmed.push('notes');
  return {
    title: record.title.slice(0, 300),
    problem: problem.text,
    resolution: '',
    notes: notes.text,
    tags: record.tags,
    trimmed,
  };
}

export class CaseNotFinishedError extends Error {
  constructor() {
    super('Only a resolved or closed case can be written up.');
    this.name = 'CaseNotFinishedError';
  }
}

/**
 * Turns a finished case's write-up into a draft article (source 'case') linked to the
 * case, and ticks "Write up the issue and its resolution" if it is open: one transaction,
 * recorded in the case's history.
 */
export async function writeUpCase(
  db: CasebookDatabase,
  caseId: string,
  input: WriteUp,
  actor: Actor,
): Promise<{ record: Case; article: Article }> {
  const writeUp = WriteUpSchema.parse(input);
  const article = ArticleSchema.parse({
    ...nextMeta(undefined, actor.now),
    title: writeUp.title,
    url: null,
    body: writeUpBody(writeUp),
    tags: writeUp.tags,
    status: 'draft',
    source: 'case',
    caseId,
  });
  const record = await changeCase(
    db,
    caseId,
    actor.now,
    (before) => {
      if (isOpenStatus(before.status)) throw new CaseNotFinishedError();
      if (before.articles.length >= MAX_ON_CASE.articles) {
        throw new Error(
          `A case can have at most ${MAX_ON_CASE.articles} articles; remove one first.`,
        );
      }
      const linked: Case = {
        ...before,
        articles: [...before.articles, article.id],
        updatedAt: actor.now,
        history: [
          ...before.history,
          {
            at: actor.now,
            by: actor.by,
            type: 'article',
            from: null,
            to: `Draft: ${article.title}`.slice(0, 200),
          },
        ],
      };
      return tickStepIn(linked, STEP_FOR.writeUp, actor);
    },
    async () => {
      await db.articles.add(article);
    },
    [db.articles],
  );
  return { record, article };
}
