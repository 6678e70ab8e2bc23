import { browser } from 'wxt/browser';
import type { CasebookDatabase } from '../db/database';
import type { FollowUp } from '../db/schema';
import { countOverdue, pendingFollowUps } from '../followups/queries';
import {
  alarmChanges,
  badgeText,
  isFollowUpAlarm,
  MAX_ALARMS,
  parseAlarmName,
  planAlarms,
  REPLAN_ALARM,
  reminderFor,
} from '../followups/reminders';
import { markFollowUpNotified, recordFollowUpCameDue } from '../followups/store';

/** Overdue is a warning: the badge is red (readable with the white badge text). */
export const BADGE_COLOR = '#B42318';
const NOTIFICATION_PREFIX = 'followup:';

/** The toolbar button: MV3 calls it `action`, Firefox's MV2 build `browserAction`. */
const toolbar = () => browser.action ?? browser.browserAction;

/**
 * Follow-up reminders in the browser: alarms made to match the database (never kept only
 * in memory), a notification when one fires, and the toolbar badge counting overdue
 * follow-ups. Everything is re-derived from the database on each start of the service
 * worker, on the browser's start, after every change and after every alarm.
 */
export class FollowUpReminders {
  /** One sync or alarm at a time: two overlapping syncs could leave a stale alarm. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: CasebookDatabase,
    private readonly now: () => number = () => Date.now(),
    /**
     * Whether this browser's agent is to be reminded of the follow-up (issue 12: the alert
     * is on, and in a team the follow-up is theirs); every one when absent.
     */
    private readonly remindsMe: (followUp: FollowUp) => Promise<boolean> = async () => true,
    /**
     * Tells this browser's agent's follow-ups from teammates' (a lead's browser pulls
     * everyone's); every one is theirs when absent. A teammate's follow-up gets no reminder
     * here and is never marked reminded here: the marks are synced, and would keep the
     * owner's browser from reminding the owner.
     */
    private readonly mine: () => Promise<(followUp: FollowUp) => boolean> = async () => () => true,
  ) {}

  /** Listens for alarms, notification clicks and the browser's start; syncs now. */
  start(): Promise<void> {
    browser.alarms.onAlarm.addListener((alarm) => this.onAlarm(alarm.name));
    browser.notifications?.onClicked.addListener((id) => this.open(id));
    browser.notifications?.onButtonClicked.addListener((id) => this.open(id));
    browser.runtime.onStartup.addListener(() => this.refresh());
    return this.refresh();
  }

  /** Makes our alarms match the pending follow-ups, and the badge the overdue count. */
  refresh(): Promise<void> {
    return this.enqueue(() => this.sync());
  }

  /** Resolves once every queued sync and alarm is done. */
  async idle(): Promise<void> {
    await this.queue;
  }

  /** An alarm fired: show its reminder (once), then re-plan and recount. */
  onAlarm(name: string): Promise<void> {
    if (!isFollowUpAlarm(name)) return Promise.resolve();
    return this.enqueue(async () => {
      const parsed = name === REPLAN_ALARM ? null : parseAlarmName(name);
      if (parsed) await this.remind(parsed.followUpId, parsed.kind);
      await this.sync();
    });
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work).catch((error: unknown) => {
      // The next change, alarm or start syncs again from the database.
      console.warn('Casebook: follow-up reminders', error);
    });
    this.queue = run;
    return run;
  }

  private async sync(): Promise<void> {
    const now = this.now();
    const plan = planAlarms(await pendingFollowUps(this.db), now, MAX_ALARMS, await this.mine());
    const { clear, create } = alarmChanges(await browser.alarms.getAll(), plan);
    for (const name of clear) await browser.alarms.clear(name);
    for (const alarm of create) await browser.alarms.create(alarm.name, { when: alarm.when });
    await this.updateBadge(now);
  }

  private async updateBadge(now: number): Promise<void> {
    const overdue = await countOverdue(this.db, now);
    const button = toolbar();
    if (!button) return;
    await button.setBadgeText({ text: badgeText(overdue) });
    await button.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await button.setTitle({
      title:
        overdue === 0
          ? 'Open the Casebook dashboard'
          : `Open the Casebook dashboard (${overdue} follow-up${overdue === 1 ? '' : 's'} overdue)`,
    });
  }

  private async remind(followUpId: string, kind: 'before' | 'due' | 'again'): Promise<void> {
    const followUp = await this.db.followUps.get(followUpId);
    if (!followUp || followUp.deleted) return;
    const now = this.now();
    const reminder = reminderFor(followUp, kind, now);
    if (!reminder) return;
    // A teammate's: their browser reminds them. Only the stream's "came due" event (under a
    // derived id, so sync keeps one); its alarms here are only ever at its due moment.
    if (!(await this.mine())(followUp)) {
      if (reminder.shown === 'due') await recordFollowUpCameDue(this.db, followUp.id);
      return;
    }
    // Ours with the alert off: no notification, but marked as reminded all the same (else
    // the due alarm is planned again at once; the badge still counts it).
    if (await this.remindsMe(followUp)) await this.show(followUp, reminder);
    await markFollowUpNotified(this.db, followUp.id, reminder.shown, now);
  }

  private async show(followUp: FollowUp, reminder: NonNullable<ReturnType<typeof reminderFor>>) {
    const options = {
      type: 'basic' as const,
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: reminder.title,
      message: reminder.message,
      contextMessage: await this.customerOf(followUp),
      priority: reminder.shown === 'due' ? 2 : 1,
    };
    const id = `${NOTIFICATION_PREFIX}${followUp.id}`;
    try {
      await browser.notifications.create(id, {
        ...options,
        buttons: [{ title: followUp.caseId ? 'Open the case' : 'Open the dashboard' }],
      });
    } catch {
      // Firefox has no notification buttons: a click on the notification opens it too.
      await browser.notifications.create(id, options);
    }
  }

  /** Who the promise was made to, as the notification's second line. */
  private async customerOf(followUp: FollowUp): Promise<string> {
    const record = followUp.caseId ? await this.db.cases.get(followUp.caseId) : undefined;
    if (record)
      return `${record.customer.name || record.customer.handle} (@${record.customer.handle}) · ${record.ref}`;
    return followUp.customerKey ?? `Owed by ${followUp.owner}`;
  }

  /** A click on a reminder opens the follow-up's case in the dashboard. */
  private async open(notificationId: string): Promise<void> {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const followUp = await this.db.followUps.get(notificationId.slice(NOTIFICATION_PREFIX.length));
    const dashboard = browser.runtime.getURL('/dashboard.html');
    const url = followUp?.caseId
      ? `${dashboard}#case=${encodeURIComponent(followUp.caseId)}`
      : dashboard;
    await browser.tabs.create({ url, active: true });
    await browser.notifications.clear(notificationId);
  }
}
