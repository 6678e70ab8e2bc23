import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLOR, FollowUpReminders } from '@/lib/background/followup-alarms';
import { capturePost } from '@/lib/cases/capture';
import type { CasebookDatabase } from '@/lib/db/database';
import type { FollowUp } from '@/lib/db/schema';
import {
  createFollowUps,
  markFollowUpDone,
  snoozeFollowUp,
  type NewFollowUps,
} from '@/lib/followups/store';
import { freshDatabase, parsedPost } from '../support/factories';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 10, 23, 9, 0);

let db: CasebookDatabase;
let caseId: string;
/** The test's clock: moved forward instead of waited for. */
let clock: number;

beforeEach(async () => {
  db = freshDatabase();
  clock = T0;
  caseId = (await capturePost(db, parsedPost(), { by: 'me', now: T0 - HOUR })).caseId;
});

async function promise(phrase: string, dueAt: number, overrides: Partial<NewFollowUps> = {}) {
  const { created } = await createFollowUps(
    db,
    {
      caseId,
      customerKey: null,
      owner: 'me',
      text: `Hi Dana, ${phrase}.`,
      source: 'reply',
      where: null,
      promises: [{ phrase, dueAt: new Date(dueAt) }],
      ...overrides,
    },
    { by: 'me', now: clock },
  );
  return created[0]!;
}

const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
const badge = () => fakeBrowser.action.getBadgeText({});

/** The background as a fresh service worker starts it. */
async function startWorker() {
  const reminders = new FollowUpReminders(db, () => clock);
  await reminders.start();
  return reminders;
}

/** The browser fires an alarm: its listeners run (and we wait for them). */
async function fire(name: string) {
  await fakeBrowser.alarms.onAlarm.trigger({
    name,
    scheduledTime: clock,
    persistAcrossSessions: true,
  });
}

describe('follow-up alarms in the background', () => {
  it('creates the alarms of pending follow-ups when the worker starts', async () => {
    const f = await promise("we'll get back to you within 24 hours", T0 + 24 * HOUR);
    await startWorker();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime]).sort()).toEqual([
      [`followup:${f.id}:before`, T0 + 23 * HOUR],
      [`followup:${f.id}:due`, T0 + 24 * HOUR],
    ]);
    expect(await badge()).toBe('');
  });

  it('recreates the alarms after a restart, from the database alone', async () => {
    const f = await promise('I will call you tomorrow', T0 + 24 * HOUR);
    await startWorker();
    // The browser restarts: its alarms are gone, the worker's memory too.
    fakeBrowser.reset();
    expect(await alarmNames()).toEqual([]);
    await startWorker();
    expect(await alarmNames()).toEqual([`followup:${f.id}:before`, `followup:${f.id}:due`]);
    // And the browser's start event syncs again (alarms removed meanwhile come back).
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await alarmNames()).toEqual([`followup:${f.id}:before`, `followup:${f.id}:due`]);
  });

  it('at the lead time shows "due soon"; at the due time "due now" and the badge counts it', async () => {
    const f = await promise("we'll get back to you within 24 hours", T0 + 24 * HOUR);
    await startWorker();
    clock = T0 + 23 * HOUR;
    await fire(`followup:${f.id}:before`);
    const soon = fakeBrowser.notifications.getAllCreateOptions();
    expect(soon[`followup:${f.id}`]).toMatchObject({
      title: 'Follow-up due in 60 min',
      message: "Hi Dana, we'll get back to you within 24 hours.",
      contextMessage: expect.stringMatching(/^Dana R \(@dana_r\) · C-/),
    });
    expect(await alarmNames()).toEqual([`followup:${f.id}:due`]);
    expect((await db.followUps.get(f.id))!.remindedAt).toBe(T0 + 23 * HOUR);

    clock = T0 + 24 * HOUR;
    await fire(`followup:${f.id}:due`);
    const due = fakeBrowser.notifications.getAllCreateOptions();
    expect(due[`followup:${f.id}`]).toMatchObject({ title: 'Follow-up due now' });
    expect(await badge()).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([180, 35, 24, 255]);
    expect(BADGE_COLOR).toBe('#B42318');
    // Notified once: a restart brings neither the alarm nor the notification back.
    expect(await alarmNames()).toEqual([]);
    fakeBrowser.reset();
    await startWorker();
    expect(await alarmNames()).toEqual([]);
    expect(await badge()).toBe('1');
  });

  it('an overdue follow-up never notified (the browser was closed) is notified at once', async () => {
    const f = await promise('let me check and get back to you by 5pm', T0 + HOUR);
    clock = T0 + 5 * HOUR; // the browser was closed through the due time
    await startWorker();
    expect(await fakeBrowser.alarms.get(`followup:${f.id}:due`)).toMatchObject({
      scheduledTime: T0 + 5 * HOUR,
    });
    expect(await badge()).toBe('1');
    await fire(`followup:${f.id}:due`);
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(shown[`followup:${f.id}`]).toMatchObject({ title: 'Follow-up overdue by 4 h' });
  });

  it('done clears the alarms and the badge; snooze moves the reminder', async () => {
    const a = await promise('I will send the refund today', T0 + 2 * HOUR);
    const b = await promise('our team will call you', T0 - HOUR);
    const reminders = await startWorker();
    expect(await badge()).toBe('1');
    await snoozeFollowUp(db, b.id, T0 + 3 * HOUR, { by: 'me', now: clock });
    await reminders.refresh();
    expect(await alarmNames()).toEqual(
      [`followup:${a.id}:before`, `followup:${a.id}:due`, `followup:${b.id}:again`].sort(),
    );
    await markFollowUpDone(db, b.id, { kind: 'note', text: 'Called' }, { by: 'me', now: clock });
    await markFollowUpDone(db, a.id, { kind: 'note', text: 'Sent' }, { by: 'me', now: clock });
    await reminders.refresh();
    expect(await alarmNames()).toEqual([]);
    expect(await badge()).toBe('');
  });

  it('an alarm for a follow-up done meanwhile shows nothing', async () => {
    const f = await promise('I will email you', T0 + HOUR);
    await startWorker();
    await markFollowUpDone(db, f.id, { kind: 'note', text: 'Emailed' }, { by: 'me', now: clock });
    clock = T0 + HOUR;
    await fire(`followup:${f.id}:due`);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('a click on the reminder opens the case in the dashboard', async () => {
    const f = await promise('I will email you', T0 + HOUR);
    await startWorker();
    clock = T0 + HOUR;
    await fire(`followup:${f.id}:due`);
    await fakeBrowser.notifications.onClicked.trigger(`followup:${f.id}`);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(
      `chrome-extension://${fakeBrowser.runtime.id}/dashboard.html#case=${caseId}`,
    );
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });
});

describe("a lead's browser, with a teammate's follow-up", () => {
  /** The lead's worker: in a team, the lead is "me"; Ben's follow-ups are not ours. */
  async function startLeadWorker() {
    const reminders = new FollowUpReminders(
      db,
      () => clock,
      async (followUp) => followUp.owner === 'me',
      async () => (followUp) => followUp.owner === 'me',
    );
    await reminders.start();
    return reminders;
  }

  const untouched = (f: FollowUp) => ({
    remindedAt: null,
    dueNotifiedAt: null,
    version: f.version,
    updatedAt: f.updatedAt,
  });

  it('plans only its due moment, and leaves the synced record alone when it comes', async () => {
    const f = await promise('I will call you tomorrow', T0 + 24 * HOUR, { owner: 'Ben' });
    await startLeadWorker();
    // No "due soon" here: that is Ben's browser's to show.
    expect(await alarmNames()).toEqual([`followup:${f.id}:due`]);
    // An alarm planned before (or for a follow-up reassigned since) changes nothing either.
    clock = T0 + 23 * HOUR;
    await fire(`followup:${f.id}:before`);
    expect(await db.followUps.get(f.id)).toMatchObject(untouched(f));

    clock = T0 + 24 * HOUR;
    await fire(`followup:${f.id}:due`);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(await db.followUps.get(f.id)).toMatchObject(untouched(f));
    expect(await badge()).toBe('1');
    // The stream still shows it came due, once, under the id Ben's browser uses too.
    const due = await db.events.where('type').equals('followup.cameDue').toArray();
    expect(due).toEqual([
      expect.objectContaining({ id: `due-${f.id}-${f.dueAt}`, at: f.dueAt, by: 'Ben' }),
    ]);
    // Not planned again, neither now nor after a restart: no loop.
    expect(await alarmNames()).toEqual([]);
    fakeBrowser.reset();
    clock = T0 + 30 * HOUR;
    await startLeadWorker();
    expect(await alarmNames()).toEqual([]);
    expect(await db.followUps.get(f.id)).toMatchObject(untouched(f));
  });

  it("the owner's browser, asleep at the due time, still reminds the owner", async () => {
    const f = await promise('let me check and get back to you by 5pm', T0 + HOUR, {
      owner: 'Ben',
    });
    await startLeadWorker();
    clock = T0 + HOUR;
    await fire(`followup:${f.id}:due`);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    // Ben's browser wakes up later, with the same (synced) record: it reminds Ben.
    fakeBrowser.reset();
    clock = T0 + 5 * HOUR;
    await startWorker();
    expect(await alarmNames()).toEqual([`followup:${f.id}:due`]);
    await fire(`followup:${f.id}:due`);
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(shown[`followup:${f.id}`]).toMatchObject({ title: 'Follow-up overdue by 4 h' });
    expect((await db.followUps.get(f.id))!.dueNotifiedAt).toBe(T0 + 5 * HOUR);
    expect(await db.events.where('type').equals('followup.cameDue').count()).toBe(1);
  });
});
