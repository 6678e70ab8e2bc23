import type { CasebookDatabase } from '../db/database';
import { ArticleSchema, isOpenStatus, type Article, type Case } from '../db/schema';
import type { Actor } from '../cases/actor';
import { changeCase } from '../cases/change';
import { STEP_FOR, MAX_ON_CASE, tickStepIn } from './case-links';
import { WriteUpSchema, type WriteUp } from './inputs';
import { nextMeta } from './records';

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

/** What the write-up form starts with: the case's title, its text and its notes. */
export function writeUpDraft(record: Pick<Case, 'title' | 'text' | 'notes' | 'tags'>) {
  return {
    title: record.title.slice(0, 300),
    problem: record.text,
    resolution: '',
    notes: record.notes.map((n) => n.text).join('\n\n'),
    tags: record.tags,
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
