import type { CasebookDatabase } from '../db/database';
import { bumpCounter } from '../db/counters';
import { isOpenStatus, type Case, type CaseStatus } from '../db/schema';
import { newId } from '../ids';
export { CaseNotFoundError } from './change';
import type { Actor } from './actor';
import { changeCase } from './change';
import { missingRequired } from './checklist';
import { applyTagTemplates, tagsEventText } from './tag-templates';
import { readSettings } from '../settings';
import { replyRefusal, replySince } from './reply-rules';

/** Closing or resolving with required checklist steps open needs a reason. */
export class ChecklistIncompleteError extends Error {
  constructor(readonly missing: string[]) {
    super(
      `${missing.length} required step${missing.length === 1 ? ' is' : 's are'} not done: ` +
        `${missing.join('; ')}. Give a reason to close anyway.`,
    );
    this.name = 'ChecklistIncompleteError';
  }
}

const FINISHED: readonly CaseStatus[] = ['resolved', 'closed'];

export async function setCaseStatus(
  db: CasebookDatabase,
  caseId: string,
  status: CaseStatus,
  actor: Actor,
  /** Why the case may finish with required steps open (recorded in its history). */
  reason?: string,
): Promise<Case> {
  return changeCase(
    db,
    caseId,
    actor.now,
    (record) => {
      if (record.status === status) return null;
      const missing = FINISHED.includes(status)
        ? missingRequired(record.checklist).map((step) => step.label)
        : [];
      const why = reason?.trim().slice(0, 200);
      if (missing.length && !why) throw new ChecklistIncompleteError(missing);
      const next: Case = {
        ...record,
        status,
        updatedAt: actor.now,
        history: [
          ...record.history,
          ...(missing.length
            ? [
                {
                  at: actor.now,
                  by: actor.by,
                  type: 'closed-incomplete' as const,
                  from: missing.join('; ').slice(0, 200),
                  to: why ?? null,
                },
              ]
            : []),
          { at: actor.now, by: actor.by, type: 'status', from: record.status, to: status },
        ],
      };
      return { ...next, ...responseStateAfter(record, status, actor.now) };
    },
    async (before, after) => {
      const delta = Number(isOpenStatus(after.status)) - Number(isOpenStatus(before.status));
      await bumpCounter(db, 'openCases', delta);
      await db.events.add({
        id: newId(),
        at: actor.now,
        by: actor.by,
        type: 'case.status',
        caseId,
        data: { from: before.status, to: after.status },
      });
    },
  );
}

/**
 * What a status change says about the reply clocks. Waiting on the customer means the
 * agent has answered (so a first response counts as given); finishing ends any pending
 * reply; and a case coming back from waiting or finished means the customer spoke
 * again, so the next-response clock starts now.
 */
function responseStateAfter(
  record: Case,
  status: CaseStatus,
  now: number,
): Pick<Case, 'awaitingSince' | 'firstResponseAt'> {
  if (status === 'waiting') {
    return { awaitingSince: null, firstResponseAt: record.firstResponseAt ?? now };
  }
  if (FINISHED.includes(status)) {
    return { awaitingSince: null, firstResponseAt: record.firstResponseAt };
  }
  const back = record.status === 'waiting' || FINISHED.includes(record.status);
  return {
    awaitingSince: back ? now : record.awaitingSince,
    firstResponseAt: record.firstResponseAt,
  };
}

export async function addCaseNote(
  db: CasebookDatabase,
  caseId: string,
  text: string,
  actor: Actor,
): Promise<Case> {
  const note = { id: newId(), text: text.trim(), at: actor.now, by: actor.by };
  return changeCase(
    db,
    caseId,
    actor.now,
    (record) => ({
      ...record,
      notes: [...record.notes, note],
      updatedAt: actor.now,
      history: [
        ...record.history,
        { at: actor.now, by: actor.by, type: 'note', from: null, to: null },
      ],
    }),
    async () => {
      await db.events.add({
        id: newId(),
        at: actor.now,
        by: actor.by,
        type: 'case.note',
        caseId,
        data: { noteId: note.id },
      });
    },
  );
}

/** Assigns the case to an agent (or to nobody), recorded in its history. */
export async function setCaseAssignee(
  db: CasebookDatabase,
  caseId: string,
  assignee: string | null,
  actor: Actor,
): Promise<Case> {
  return changeCase(db, caseId, actor.now, (record) =>
    record.assignee === assignee
      ? null
      : {
          ...record,
          assignee,
          updatedAt: actor.now,
          history: [
            ...record.history,
            { at: actor.now, by: actor.by, type: 'assignee', from: record.assignee, to: assignee },
          ],
        },
  );
}

/**
 * Replaces the case's tags (lower-cased, each once), recorded in its history. A tag with
 * a checklist template brings the template's steps (see applyTagTemplates); the tags
 * event says which.
 */
export async function setCaseTags(
  db: CasebookDatabase,
  caseId: string,
  tags: readonly string[],
  actor: Actor,
): Promise<Case> {
  const next = [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();
  const { checklistTemplates } = await readSettings(db);
  return changeCase(db, caseId, actor.now, (record) => {
    if (record.tags.join(',') === next.join(',')) return null;
    const steps = applyTagTemplates(record, next, checklistTemplates);
    return {
      ...record,
      tags: next,
      checklist: steps.checklist,
      updatedAt: actor.now,
      history: [
        ...record.history,
        {
          at: actor.now,
          by: actor.by,
          type: 'tags',
          from: record.tags.join(', ').slice(0, 200) || null,
          to: tagsEventText(next, steps),
        },
      ],
    };
  });
}

/** Ticks (or unticks) a checklist step, recorded in the case's history. */
export async function tickChecklistStep(
  db: CasebookDatabase,
  caseId: string,
  stepId: string,
  done: boolean,
  actor: Actor,
): Promise<Case> {
  return changeCase(db, caseId, actor.now, (record) => {
    const step = record.checklist.find((s) => s.id === stepId);
    if (!step) throw new Error(`This case has no checklist step "${stepId}".`);
    if ((step.doneAt !== null) === done) return null;
    return {
      ...record,
      updatedAt: actor.now,
      checklist: record.checklist.map((s) =>
        s.id === stepId
          ? { ...s, doneAt: done ? actor.now : null, doneBy: done ? actor.by : null }
          : s,
      ),
      history: [
        ...record.history,
        {
          at: actor.now,
          by: actor.by,
          type: 'step',
          from: done ? null : step.label.slice(0, 200),
          to: done ? step.label.slice(0, 200) : null,
        },
      ],
    };
  });
}

/** A reply the case cannot take now (resolved or closed), in words the agent can act on. */
export class ReplyRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplyRefusedError';
  }
}

/** The case with the reply in its history: the first (or next) response, a new case opened. */
function withReply(record: Case, what: string, actor: Actor): Case {
  const refusal = replyRefusal(record.status);
  if (refusal) throw new ReplyRefusedError(`${record.ref}: ${refusal}`);
  const reply = { at: actor.now, by: actor.by, type: 'reply' as const };
  const opened =
    record.status === 'new' ? [{ ...reply, type: 'status' as const, from: 'new', to: 'open' }] : [];
  return {
    ...record,
    status: record.status === 'new' ? 'open' : record.status,
    firstResponseAt: record.firstResponseAt ?? actor.now,
    awaitingSince: null,
    updatedAt: actor.now,
    history: [
      ...record.history,
      {
        ...reply,
        from: record.firstResponseAt === null ? 'first' : 'next',
        to: what.slice(0, 200),
      },
      ...opened,
    ],
  };
}

const replyEvent =
  (db: CasebookDatabase, caseId: string, what: string, actor: Actor) => async (before: Case) => {
    await db.events.add({
      id: newId(),
      at: actor.now,
      by: actor.by,
      type: 'case.reply',
      caseId,
      data: { first: before.firstResponseAt === null, what: what.slice(0, 200) },
    });
  };

/**
 * Records an agent's reply to the customer: it meets the first (or next) response
 * target, and a new case becomes open. `what` says where the reply came from. Only a
 * case still in work (new, open, waiting) takes one (ReplyRefusedError otherwise).
 */
export async function recordReply(
  db: CasebookDatabase,
  caseId: string,
  what: string,
  actor: Actor,
): Promise<Case> {
  return changeCase(
    db,
    caseId,
    actor.now,
    (record) => withReply(record, what, actor),
    replyEvent(db, caseId, what, actor),
  );
}

/**
 * Like recordReply, unless a reply was recorded at or after `since` (in the same
 * transaction, so a reply reported meanwhile is never counted twice). `already` is that
 * reply's history text ("replied on X"), or null when this one was recorded.
 */
export async function recordReplyUnlessSince(
  db: CasebookDatabase,
  caseId: string,
  what: string,
  since: number,
  actor: Actor,
): Promise<{ record: Case; already: string | null }> {
  let already: string | null = null;
  const record = await changeCase(
    db,
    caseId,
    actor.now,
    (current) => {
      const earlier = replySince(current.history, since);
      already = earlier ? (earlier.to ?? 'replied') : null;
      return earlier ? null : withReply(current, what, actor);
    },
    replyEvent(db, caseId, what, actor),
  );
  return { record, already };
}
