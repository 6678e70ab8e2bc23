import type { Actor } from '../cases/actor';
import { policyFor } from '../cases/sla-policy';
import type { CasebookDatabase } from '../db/database';
import type { Case, FollowUpSource, Platform } from '../db/schema';
import { readSettings, type Settings } from '../settings';
import { reportedToDirect } from './note-text';
import { findPromises, type PromiseSettings } from './promises';
import type { FollowUp } from '../db/schema';
import { createFollowUps } from './store';

/**
 * Where Casebook catches promises (issue 5, point 2): replies sent on a site, replies it
 * inserted (saved replies), and case notes. Each place hands the words here; the promises
 * in them become follow-ups to keep, change or dismiss (kept at once with automatic
 * follow-ups on).
 */

/** How promises fall due for a case on this channel: the team's window and its hours. */
export function promiseSettings(settings: Settings, channel: Platform): PromiseSettings {
  const schedule = policyFor(settings.slaPolicies, channel, 'public')?.schedule;
  return {
    defaultWindowMinutes: settings.followUps.defaultWindowMinutes,
    useBusinessHours: settings.followUps.useBusinessHours,
    businessHours: schedule,
  };
}

export interface CaughtWords {
  text: string;
  source: FollowUpSource;
  /** The channel whose SLA hours apply (the case's, or the site's). */
  channel: Platform;
  caseId: string | null;
  customerKey: string | null;
  /** The permalink or page where the words were written. */
  where: string | null;
}

/** The text findPromises should read: a note reports promises ("told her we'd…"). */
const readable = (words: Pick<CaughtWords, 'text' | 'source'>) =>
  words.source === 'note' ? reportedToDirect(words.text) : words.text;

/**
 * Files the promises in these words as follow-ups owed by the acting agent. The same
 * promise caught twice within minutes (a reply Casebook inserted is also seen sent) is one
 * follow-up (see createFollowUps). Nothing is filed when the words hold no promise.
 */
export async function catchPromises(
  db: CasebookDatabase,
  words: CaughtWords,
  actor: Actor,
): Promise<{ created: FollowUp[]; duplicates: FollowUp[] }> {
  const settings = await readSettings(db);
  const found = findPromises(
    readable(words),
    new Date(actor.now),
    promiseSettings(settings, words.channel),
  );
  if (!found.length) return { created: [], duplicates: [] };
  return createFollowUps(
    db,
    {
      caseId: words.caseId,
      customerKey: words.customerKey,
      owner: actor.by,
      text: words.text,
      source: words.source,
      where: words.where,
      promises: found.map(({ phrase, dueAt }) => ({ phrase, dueAt })),
      confirmed: settings.followUps.autoConfirm,
    },
    actor,
  );
}

/** The promises in a note just added to a case, proposed as follow-ups of that case. */
export function catchPromisesInNote(
  db: CasebookDatabase,
  record: Pick<Case, 'id' | 'channel' | 'customerKey' | 'permalink'>,
  note: string,
  actor: Actor,
): Promise<{ created: FollowUp[]; duplicates: FollowUp[] }> {
  return catchPromises(
    db,
    {
      text: note,
      source: 'note',
      channel: record.channel,
      caseId: record.id,
      customerKey: record.customerKey || null,
      where: record.permalink,
    },
    actor,
  );
}
