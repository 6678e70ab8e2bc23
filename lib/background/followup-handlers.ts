import type { Actor } from '../cases/actor';
import type { CasebookDatabase } from '../db/database';
import {
  confirmFollowUp,
  createFollowUps,
  dismissFollowUp,
  FollowUpInputError,
  FollowUpStateError,
  markFollowUpDone,
  markFollowUpMissed,
  reassignFollowUp,
  snoozeFollowUp,
} from '../followups/store';
import type { ErrorCode } from '../messages/protocol';
import type { Handlers } from '../messages/router';
import { readSettings } from '../settings';
import { FollowUpReminders } from './followup-alarms';
import type { SidebarHub } from './sidebar-hub';

type FollowUpRequest =
  | 'followups.create'
  | 'followup.confirm'
  | 'followup.dismiss'
  | 'followup.done'
  | 'followup.snooze'
  | 'followup.reassign'
  | 'followup.missed';

export interface FollowUpHandlerDeps {
  db: CasebookDatabase;
  hub: Pick<SidebarHub, 'pushAll'>;
  agent: () => string;
  now: () => number;
  /** The background's reminders (one is made when absent, e.g. in tests). */
  followUps?: FollowUpReminders;
}

/**
 * The follow-up requests from the extension's pages. After every change the alarms and
 * the badge are re-planned from the database and open sidebars refresh.
 */
export function followUpHandlers(deps: FollowUpHandlerDeps): Pick<Handlers, FollowUpRequest> {
  const { db, hub } = deps;
  const reminders = deps.followUps ?? new FollowUpReminders(db, deps.now);
  const actor = (): Actor => ({ by: deps.agent(), now: deps.now() });
  const thenReplan = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await reminders.refresh();
    await hub.pushAll();
    return result;
  };
  return {
    'followups.create': async ({ owner, promises, ...rest }) => {
      const who = actor();
      if (owner !== undefined && !(await readSettings(db)).agents.includes(owner)) {
        throw new FollowUpInputError(`"${owner}" is not an agent of this team (see Settings).`);
      }
      return thenReplan(
        createFollowUps(
          db,
          {
            ...rest,
            owner: owner ?? who.by,
            promises: promises.map((p) => ({ phrase: p.phrase, dueAt: new Date(p.dueAt) })),
          },
          who,
        ),
      );
    },
    'followup.confirm': ({ followUpId, dueAt }) =>
      thenReplan(confirmFollowUp(db, followUpId, { dueAt }, actor())),
    'followup.dismiss': ({ followUpId, reason }) =>
      thenReplan(dismissFollowUp(db, followUpId, reason, actor())),
    'followup.done': ({ followUpId, evidence }) =>
      thenReplan(markFollowUpDone(db, followUpId, evidence, actor())),
    'followup.snooze': ({ followUpId, until }) =>
      thenReplan(snoozeFollowUp(db, followUpId, until, actor())),
    'followup.reassign': ({ followUpId, owner }) =>
      thenReplan(reassignFollowUp(db, followUpId, owner, actor())),
    'followup.missed': ({ followUpId }) => thenReplan(markFollowUpMissed(db, followUpId, actor())),
  };
}

/** The error code of a follow-up error (see classifyError), or null when it is not one. */
export function followUpErrorCode(error: unknown): ErrorCode | null {
  if (error instanceof FollowUpInputError) return 'invalid-payload';
  if (error instanceof FollowUpStateError) return 'conflict';
  return null;
}
