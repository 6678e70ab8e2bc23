import type { CasebookDatabase } from '../db/database';
import type { Actor } from '../cases/actor';
import { deleteArticle, publishArticle, saveArticle } from '../knowledge/articles';
import {
  addExpertToCase,
  linkArticleToCase,
  removeExpertFromCase,
  unlinkArticleFromCase,
} from '../knowledge/case-links';
import { deleteExpert, saveExpert } from '../knowledge/experts';
import { applyImport } from '../knowledge/import/write';
import { writeUpCase } from '../knowledge/write-up';
import type { Handlers } from '../messages/router';
import type { SidebarHub } from './sidebar-hub';

type KnowledgeRequest =
  | 'expert.save'
  | 'expert.delete'
  | 'article.save'
  | 'article.publish'
  | 'article.delete'
  | 'articles.import'
  | 'case.addExpert'
  | 'case.removeExpert'
  | 'case.linkArticle'
  | 'case.unlinkArticle'
  | 'case.writeUp';

/**
 * The experts and knowledge requests. Every change is followed by a push, so open
 * sidebars show the new suggestions and the case's experts and articles.
 */
export function knowledgeHandlers(
  db: CasebookDatabase,
  hub: Pick<SidebarHub, 'pushAll'>,
  actor: () => Actor,
): Pick<Handlers, KnowledgeRequest> {
  const thenPush = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await hub.pushAll();
    return result;
  };
  return {
    'expert.save': ({ expert }) => thenPush(saveExpert(db, expert, actor())),
    'expert.delete': ({ expertId }) =>
      thenPush(deleteExpert(db, expertId, actor()).then(() => null)),
    'article.save': ({ article }) => thenPush(saveArticle(db, article, actor())),
    'article.publish': ({ articleId }) => thenPush(publishArticle(db, articleId, actor())),
    'article.delete': ({ articleId }) =>
      thenPush(deleteArticle(db, articleId, actor()).then(() => null)),
    'articles.import': ({ rows }) => thenPush(applyImport(db, rows, actor())),
    'case.addExpert': ({ caseId, expertId }) =>
      thenPush(addExpertToCase(db, caseId, expertId, actor())),
    'case.removeExpert': ({ caseId, expertId }) =>
      thenPush(removeExpertFromCase(db, caseId, expertId, actor())),
    'case.linkArticle': ({ caseId, articleId }) =>
      thenPush(linkArticleToCase(db, caseId, articleId, actor())),
    'case.unlinkArticle': ({ caseId, articleId }) =>
      thenPush(unlinkArticleFromCase(db, caseId, articleId, actor())),
    'case.writeUp': ({ caseId, writeUp }) =>
      thenPush(writeUpCase(db, caseId, writeUp, actor()).then(({ article }) => article)),
  };
}
