import type { CasebookDatabase } from '../db/database';
import type { Article, Case, Expert } from '../db/schema';
import type { HotTopic } from '../cases/topics';
import { safeContactHref } from './contacts';
import { loadLibrary } from './library';
import { suggestArticles, suggestExperts } from './suggest';

/**
 * What a case shows of experts and knowledge: the ones on it and the suggested ones.
 * Plain data (no records), so the background can push it to the sidebar.
 */
export interface ExpertCard {
  id: string;
  name: string;
  role: string;
  topics: string[];
  /** Only http(s), mailto: and tel: links. */
  contacts: { label: string; url: string }[];
  /** Deleted from the directory since it was added to the case. */
  removed: boolean;
}

export interface ArticleCard {
  id: string;
  title: string;
  url: string | null;
  summary: string;
  status: Article['status'];
  removed: boolean;
}

export type Suggested<T> = T & { reasons: string[] };

export interface CaseKnowledge {
  experts: ExpertCard[];
  articles: ArticleCard[];
  suggestedExperts: Suggested<ExpertCard>[];
  suggestedArticles: Suggested<ArticleCard>[];
}

const SUMMARY_LENGTH = 200;

export function expertCard(expert: Expert): ExpertCard {
  return {
    id: expert.id,
    name: expert.name,
    role: expert.role,
    topics: expert.topics,
    contacts: expert.contacts.filter((c) => safeContactHref(c.url) !== null),
    removed: expert.deleted,
  };
}

export function articleCard(article: Article): ArticleCard {
  const summary = article.body.replace(/\s+/g, ' ').trim();
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    summary: summary.length > SUMMARY_LENGTH ? `${summary.slice(0, SUMMARY_LENGTH - 1)}…` : summary,
    status: article.status,
    removed: article.deleted,
  };
}

/** A case's id list resolved to cards; an id whose record is gone shows as removed. */
const missingExpert = (id: string): ExpertCard => ({
  id,
  name: 'Removed expert',
  role: '',
  topics: [],
  contacts: [],
  removed: true,
});
const missingArticle = (id: string): ArticleCard => ({
  id,
  title: 'Removed article',
  url: null,
  summary: '',
  status: 'published',
  removed: true,
});

/** The experts and articles of a case, and suggestions for it (point reads + the library). */
export async function caseKnowledge(
  db: CasebookDatabase,
  record: Case,
  hotTopics: readonly HotTopic[] = [],
): Promise<CaseKnowledge> {
  const [experts, articles, library] = await Promise.all([
    db.experts.bulkGet(record.experts),
    db.articles.bulkGet(record.articles),
    loadLibrary(db),
  ]);
  return {
    experts: record.experts.map((id, i) =>
      experts[i] ? expertCard(experts[i]) : missingExpert(id),
    ),
    articles: record.articles.map((id, i) =>
      articles[i] ? articleCard(articles[i]) : missingArticle(id),
    ),
    suggestedExperts: suggestExperts(record, library.experts, { hotTopics }).map((s) => ({
      ...expertCard(s.item),
      reasons: s.reasons,
    })),
    suggestedArticles: suggestArticles(record, library.articles).map((s) => ({
      ...articleCard(s.item),
      reasons: s.reasons,
    })),
  };
}
