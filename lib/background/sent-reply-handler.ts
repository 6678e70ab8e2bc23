import type { CasebookDatabase } from '../db/database';
import type { Actor } from '../cases/actor';
import { recordReplyUnlessSince } from '../cases/edit';
import { customerKey, isOpenStatus, PLATFORM_LABELS, postKey, type Case } from '../db/schema';
import { catchPromises } from '../followups/catch';
import type { Handlers, Sender } from '../messages/router';
import { adapterFor } from '../sites';
import type { SiteAdapter } from '../sites/types';
import type { FocusStore } from './focus-store';
import type { FollowUpReminders } from './followup-alarms';
import { SAME_REPLY_MS } from './reply-handlers';
import type { SidebarHub } from './sidebar-hub';

/** The supported site a request came from, when it is the top frame of a site tab. */
function siteTabOf(sender: Sender): { tabId: number; url: URL; site: SiteAdapter } | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !sender.url || (sender.frameId ?? 0) !== 0) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  const site = url.protocol === 'https:' ? adapterFor(url) : null;
  return site ? { tabId, url, site } : null;
}

async function caseOfPost(db: CasebookDatabase, key: string): Promise<Case | null> {
  const found = await db.cases
    .where('postKeys')
    .equals(key)
    .filter((c) => !c.deleted)
    .first();
  return found ?? null;
}

/**
 * A reply the agent sent on a site with the site's own button (the send watcher reads
 * every one, whether Casebook inserted it or not):
 * - it stops the response clock of the case it answers, like a recorded reply, when that
 *   case is in work and the answered post is the one the tab shows or the agent is on
 *   (a page cannot make us record a reply on any case it names). A reply recorded in the
 *   last few seconds (Casebook's own insert, reported sent by 'reply.sent') is the same
 *   reply and is not counted again;
 * - its promises become follow-ups of that case (or of the person in view), for the agent
 *   to keep, change or dismiss in the sidebar, or kept at once with automatic follow-ups on.
 * A reply with no promise, to no one Casebook knows, records nothing.
 */
export function sentReplyHandler(deps: {
  db: CasebookDatabase;
  focus: FocusStore;
  hub: Pick<SidebarHub, 'pushAll'>;
  reminders: Pick<FollowUpReminders, 'refresh'>;
  actor: () => Actor;
  /** Whether this tab's reply for the case was one Casebook inserted (a saved reply). */
  insertedRecently: (tabId: number, caseId: string, now: number) => Promise<boolean>;
}): Pick<Handlers, 'reply.sentText'> {
  const { db, focus, hub } = deps;
  return {
    'reply.sentText': async ({ text, postId }, sender: Sender) => {
      const from = siteTabOf(sender);
      if (!from) throw new Error('This request must come from a site tab.');
      const { site } = from;
      const inView = await focus.get(from.tabId);
      const answered = postId ?? inView?.postId ?? null;
      const record = answered ? await caseOfPost(db, postKey(site.id, answered)) : null;
      const person =
        record?.customerKey ?? (inView?.author ? customerKey(site.id, inView.author.handle) : null);
      if (!record && !person) return { promises: 0, replied: false };

      const actor = deps.actor();
      const onScreen =
        answered === site.replyBoxes?.postPageId(from.url) || answered === inView?.postId;
      let replied = false;
      if (record && onScreen && isOpenStatus(record.status)) {
        const { already } = await recordReplyUnlessSince(
          db,
          record.id,
          `replied on ${PLATFORM_LABELS[record.channel]}`,
          actor.now - SAME_REPLY_MS,
          actor,
        );
        replied = already === null;
      }
      const { created } = await catchPromises(
        db,
        {
          text,
          source:
            record && (await deps.insertedRecently(from.tabId, record.id, actor.now))
              ? 'saved-reply'
              : 'reply',
          channel: record?.channel ?? site.id,
          caseId: record?.id ?? null,
          customerKey: person,
          // Where the reply was sent, as the browser reports the tab (never the page's word).
          where: from.url.href,
        },
        actor,
      );
      if (created.length) await deps.reminders.refresh();
      if (created.length || replied) await hub.pushAll();
      return { promises: created.length, replied };
    },
  };
}
