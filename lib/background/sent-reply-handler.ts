import type { CasebookDatabase } from '../db/database';
import type { Actor } from '../cases/actor';
import { customerKey, postKey } from '../db/schema';
import { findPromises, type PromiseSettings } from '../followups/promises';
import { createFollowUps } from '../followups/store';
import { policyFor } from '../cases/sla-policy';
import type { Handlers, Sender } from '../messages/router';
import { readSettings, type Settings } from '../settings';
import { adapterFor } from '../sites';
import type { FocusStore } from './focus-store';
import type { FollowUpReminders } from './followup-alarms';
import type { SidebarHub } from './sidebar-hub';

/** How promises fall due for a case on this channel: the team's window and its hours. */
function promiseSettings(
  settings: Settings,
  channel: Parameters<typeof policyFor>[1],
): PromiseSettings {
  const schedule = policyFor(settings.slaPolicies, channel, 'public')?.schedule;
  return {
    defaultWindowMinutes: settings.followUps.defaultWindowMinutes,
    useBusinessHours: settings.followUps.useBusinessHours,
    businessHours: schedule,
  };
}

/**
 * A reply the agent sent on a site: its promises become follow-ups of the case it
 * answers (the post's case, else the case or person in view in that tab), for the agent
 * to keep, change or dismiss in the sidebar — or kept at once with automatic follow-ups
 * on. A reply with no promise, or to no one Casebook knows, leaves nothing.
 */
export function sentReplyHandler(deps: {
  db: CasebookDatabase;
  focus: FocusStore;
  hub: Pick<SidebarHub, 'pushAll'>;
  reminders: Pick<FollowUpReminders, 'refresh'>;
  actor: () => Actor;
}): Pick<Handlers, 'reply.sentText'> {
  const { db, focus, hub } = deps;
  return {
    'reply.sentText': async ({ text, postId, pageUrl }, sender: Sender) => {
      const tabId = sender.tab?.id;
      const site = sender.url ? adapterFor(new URL(sender.url)) : null;
      if (tabId === undefined || !site) throw new Error('This request must come from a site tab.');
      const inView = await focus.get(tabId);
      const answered = postId ?? inView?.postId ?? null;
      const record = answered
        ? await db.cases
            .where('postKeys')
            .equals(postKey(site.id, answered))
            .filter((c) => !c.deleted)
            .first()
        : undefined;
      const person =
        record?.customerKey ?? (inView?.author ? customerKey(site.id, inView.author.handle) : null);
      if (!record && !person) return { promises: 0 };
      const actor = deps.actor();
      const settings = await readSettings(db);
      const found = findPromises(text, new Date(actor.now), promiseSettings(settings, site.id));
      if (!found.length) return { promises: 0 };
      const { created } = await createFollowUps(
        db,
        {
          caseId: record?.id ?? null,
          customerKey: person,
          owner: actor.by,
          text,
          source: 'reply',
          where: record?.permalink ?? pageUrl,
          promises: found.map(({ phrase, dueAt }) => ({ phrase, dueAt })),
          confirmed: settings.followUps.autoConfirm,
        },
        actor,
      );
      await deps.reminders.refresh();
      await hub.pushAll();
      return { promises: created.length };
    },
  };
}
