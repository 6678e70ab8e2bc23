import type { CasebookDatabase } from '../db/database';
import type { Case } from '../db/schema';
import type { Actor } from '../cases/actor';
import { changeCase } from '../cases/change';
import type { StepRoleId } from '../cases/checklist';
import { liveRecord } from '../db/records';

/**
 * Experts and articles on a case. Every change goes through changeCase and is recorded
 * in the case's history ('expert' / 'article': from → to). Adding the first expert ticks
 * the checklist step "Find the experts and add them", linking an article "Link existing
 * knowledge", when the case has that step open; the tick is recorded like a click. The
 * steps are known by their role ids (STEP_ROLES), which the settings page lets a lead
 * give to any step of a template.
 */
export const STEP_FOR = {
  experts: 'experts',
  articles: 'knowledge',
  writeUp: 'write-up',
} as const satisfies Record<string, StepRoleId>;

/** As many as CaseSchema allows; said here so the agent gets a clear message. */
export const MAX_ON_CASE = { experts: 50, articles: 100 } as const;

/** The case with a checklist step ticked (and recorded), if it has the step open. */
export function tickStepIn(record: Case, stepId: string, actor: Actor): Case {
  const step = record.checklist.find((s) => s.id === stepId);
  if (!step || step.doneAt !== null) return record;
  return {
    ...record,
    checklist: record.checklist.map((s) =>
      s.id === stepId ? { ...s, doneAt: actor.now, doneBy: actor.by } : s,
    ),
    history: [
      ...record.history,
      { at: actor.now, by: actor.by, type: 'step', from: null, to: step.label.slice(0, 200) },
    ],
  };
}

type Field = 'experts' | 'articles';
const EVENT = { experts: 'expert', articles: 'article' } as const;

function added(record: Case, field: Field, id: string, name: string, actor: Actor): Case | null {
  if (record[field].includes(id)) return null;
  if (record[field].length >= MAX_ON_CASE[field]) {
    throw new Error(`A case can have at most ${MAX_ON_CASE[field]} ${field}; remove one first.`);
  }
  const next: Case = {
    ...record,
    [field]: [...record[field], id],
    updatedAt: actor.now,
    history: [
      ...record.history,
      { at: actor.now, by: actor.by, type: EVENT[field], from: null, to: name.slice(0, 200) },
    ],
  };
  return tickStepIn(next, field === 'experts' ? STEP_FOR.experts : STEP_FOR.articles, actor);
}

function removed(record: Case, field: Field, id: string, name: string, actor: Actor): Case | null {
  if (!record[field].includes(id)) return null;
  return {
    ...record,
    [field]: record[field].filter((x) => x !== id),
    updatedAt: actor.now,
    history: [
      ...record.history,
      { at: actor.now, by: actor.by, type: EVENT[field], from: name.slice(0, 200), to: null },
    ],
  };
}

/**
 * The name recorded in the history. Adding needs a live record; a deleted expert or
 * article can still be taken off the case (under its old name).
 */
async function nameOf(db: CasebookDatabase, field: Field, id: string, live: boolean) {
  if (field === 'experts') {
    const expert = live ? await liveRecord(db.experts, 'expert', id) : await db.experts.get(id);
    return expert?.name ?? id;
  }
  const article = live ? await liveRecord(db.articles, 'article', id) : await db.articles.get(id);
  return article?.title ?? id;
}

async function change(
  db: CasebookDatabase,
  caseId: string,
  field: Field,
  id: string,
  actor: Actor,
  add: boolean,
) {
  const tables = [db.cases, db.events, db.counters, db.settings, db.experts, db.articles];
  return db.transaction('rw', tables, async () => {
    const name = await nameOf(db, field, id, add);
    return changeCase(db, caseId, actor.now, (record) =>
      add ? added(record, field, id, name, actor) : removed(record, field, id, name, actor),
    );
  });
}

export const addExpertToCase = (
  db: CasebookDatabase,
  caseId: string,
  expertId: string,
  actor: Actor,
) => change(db, caseId, 'experts', expertId, actor, true);
export const removeExpertFromCase = (
  db: CasebookDatabase,
  caseId: string,
  expertId: string,
  actor: Actor,
) => change(db, caseId, 'experts', expertId, actor, false);
export const linkArticleToCase = (
  db: CasebookDatabase,
  caseId: string,
  articleId: string,
  actor: Actor,
) => change(db, caseId, 'articles', articleId, actor, true);
export const unlinkArticleFromCase = (
  db: CasebookDatabase,
  caseId: string,
  articleId: string,
  actor: Actor,
) => change(db, caseId, 'articles', articleId, actor, false);
