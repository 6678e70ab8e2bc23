import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_ALERT_SETTINGS,
  hotCaptureNotices,
  isMine,
  MAX_CAPTURE_NOTICES,
  remindsMe,
  type PulledCapture,
} from '@/lib/activity/alerts';
import { openAssignedCasesOnClick } from '@/lib/background/assignment-notifier';
import { FollowUpReminders } from '@/lib/background/followup-alarms';
import { SyncRunner, type SyncRunnerDeps } from '@/lib/background/sync-runner';
import { capturePost } from '@/lib/cases/capture';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Case, CasebookEvent } from '@/lib/db/schema';
import { createFollowUps, markFollowUpNotified } from '@/lib/followups/store';
import { readSettings, saveSettings } from '@/lib/settings';
import { applyPulled } from '@/lib/sync/apply-pulled';
import { formatHlc } from '@/lib/sync/hlc';
import type { PulledChange, SyncTable } from '@/lib/sync/protocol';
import { freshDatabase, parsedPost } from '../support/factories';

const NOW = Date.UTC(2026, 10, 22, 12);
const ON = { me: 'Ana', joining: false, settings: DEFAULT_ALERT_SETTINGS };

const capture = (over: Partial<PulledCapture> = {}): PulledCapture => ({
  event: { caseId: 'c1', by: 'Ben', data: { priority: 'P1', vip: false } },
  ref: 'C-3F9A2B',
  priority: 'P1',
  vip: false,
  customer: '@dana_r',
  ...over,
});

describe('VIP or P1 captured: the decision', () => {
  it('tells of a P1 or VIP case someone else captured, naming the case and who', () => {
    expect(hotCaptureNotices([capture()], ON)).toEqual([
      {
        id: 'captured:c1',
        caseId: 'c1',
        title: 'P1 case C-3F9A2B captured',
        message: 'By Ben: @dana_r',
      },
    ]);
    const vip = capture({
      priority: 'P3',
      event: { caseId: 'c2', by: 'Ben', data: { vip: true } },
    });
    expect(hotCaptureNotices([vip], ON)[0]?.title).toBe('VIP case C-3F9A2B captured');
  });

  it('says nothing of an ordinary case, of my own captures, on joining, or with the alert off', () => {
    const plain = capture({ priority: 'P2', event: { caseId: 'c1', by: 'Ben', data: {} } });
    expect(hotCaptureNotices([plain], ON)).toEqual([]);
    expect(hotCaptureNotices([capture({ event: { ...capture().event, by: 'ana' } })], ON)).toEqual(
      [],
    );
    expect(hotCaptureNotices([capture()], { ...ON, joining: true })).toEqual([]);
    expect(
      hotCaptureNotices([capture()], { ...ON, settings: { ...ON.settings, hotCapture: false } }),
    ).toEqual([]);
  });

  it('sums up many at once', () => {
    const many = Array.from({ length: MAX_CAPTURE_NOTICES + 1 }, (_, i) =>
      capture({ ref: `C-00000${i}`, event: { caseId: `c${i}`, by: 'Ben', data: {} } }),
    );
    expect(hotCaptureNotices(many, ON)).toEqual([
      expect.objectContaining({ id: 'captured:many', title: '4 VIP or P1 cases captured' }),
    ]);
  });

  it('reminds me of my own follow-ups only in a team, and of none with the alert off', () => {
    const context = { me: 'Ana', inTeam: true, settings: DEFAULT_ALERT_SETTINGS };
    expect(remindsMe({ owner: 'ana' }, context)).toBe(true);
    expect(remindsMe({ owner: 'Ben' }, context)).toBe(false);
    expect(remindsMe({ owner: 'Ben' }, { ...context, inTeam: false })).toBe(true);
    const off = { ...context, settings: { ...DEFAULT_ALERT_SETTINGS, followUpDue: false } };
    expect(remindsMe({ owner: 'Ana' }, off)).toBe(false);
    // Mine or a teammate's, whatever the alert (the off alert still marks my own reminded).
    expect(isMine({ owner: 'ana ' }, context)).toBe(true);
    expect(isMine({ owner: 'Ben' }, context)).toBe(false);
    expect(isMine({ owner: 'Ben' }, { ...context, inTeam: false })).toBe(true);
  });
});

let seq = 0;
function pulled(table: SyncTable, record: { id: string }, wall: number): PulledChange {
  const stamp = formatHlc({ wall, counter: 0, node: 'ben' });
  const { id, ...fields } = record;
  return {
    table,
    id,
    fields,
    clocks: Object.fromEntries(Object.keys(fields).map((field) => [field, stamp])),
    seq: String(++seq),
  };
}

/** Ben's browser captures a P1 case routed to Ana: the case and its events, as pulled. */
async function bensP1Case(): Promise<PulledChange[]> {
  const scratch = freshDatabase();
  const { caseId } = await capturePost(scratch, parsedPost(), { by: 'Ben', now: NOW - 60_000 });
  const record = (await scratch.cases.get(caseId))!;
  const given: Case = {
    ...record,
    priority: 'P1',
    assignee: 'Ana',
    history: [...record.history, { at: NOW, by: 'Ben', type: 'assignee', from: 'Ben', to: 'Ana' }],
  };
  const events = (await scratch.events.toArray()).map((e): CasebookEvent =>
    e.type === 'case.created' ? { ...e, data: { ...e.data, priority: 'P1' } } : e,
  );
  return [pulled('cases', given, NOW), ...events.map((e) => pulled('events', e, NOW))];
}

describe('VIP or P1 captured: after a round of sync', () => {
  it('applyPulled notes the captures new here', async () => {
    const db = freshDatabase();
    const page = await bensP1Case();
    const first = await applyPulled(db, page, '1', NOW);
    expect(first.captured).toEqual([
      expect.objectContaining({ by: 'Ben', data: expect.objectContaining({ priority: 'P1' }) }),
    ]);
    expect((await applyPulled(db, page, '2', NOW)).captured).toEqual([]);
  });

  async function runRound(alerts: Partial<typeof DEFAULT_ALERT_SETTINGS>) {
    const db = freshDatabase();
    await saveSettings(db, {
      ...(await readSettings(db)),
      alerts: { ...DEFAULT_ALERT_SETTINGS, ...alerts },
    });
    let page: PulledChange[] = [];
    const notify = vi.fn<NonNullable<SyncRunnerDeps['notifyAssigned']>>(async () => undefined);
    const stored = new Map<string, unknown>();
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    const runner = new SyncRunner({
      db,
      storage: {
        get: async (key) => stored.get(key),
        set: async (key, value) => void stored.set(key, value),
        remove: async (key) => void stored.delete(key),
      },
      alarms: { create: async () => {}, once: async () => {}, clear: async () => {} },
      hasPermission: async () => true,
      fetch: async (input) => {
        const url = String(input);
        if (url.endsWith('/v1/me'))
          return json({
            member: { name: 'Ana', role: 'agent' },
            team: { name: 'Desk', members: [{ name: 'Ben', role: 'agent' }] },
          });
        if (url.includes('/v1/sync/pull')) {
          const changes = page;
          page = [];
          return json({
            changes,
            cursor: String(seq),
            more: false,
            clock: formatHlc({ wall: NOW, counter: 0, node: 'server' }),
          });
        }
        return json({
          applied: 1,
          duplicate: false,
          clock: formatHlc({ wall: NOW, counter: 0, node: 'server' }),
        });
      },
      now: () => NOW,
      notifyAssigned: notify,
    });
    await runner.connect('https://sync.acme.example', `cbk_${'a'.repeat(43)}`);
    page = await bensP1Case();
    expect(await runner.runNow()).toMatchObject({ state: 'synced' });
    return notify.mock.calls.flatMap((call) => call[0]).map((notice) => notice.id.split(':')[0]);
  }

  it('shows "assigned to you" and "P1 captured", each unless turned off', async () => {
    expect(await runRound({})).toEqual(['assigned', 'captured']);
    expect(await runRound({ hotCapture: false })).toEqual(['assigned']);
    expect(await runRound({ assignedToMe: false })).toEqual(['captured']);
  });
});

describe('follow-up reminders with the alert off', () => {
  let db: CasebookDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });

  it('shows none, yet marks the reminder given (so its alarm is not planned again)', async () => {
    const { caseId } = await capturePost(db, parsedPost(), { by: 'me', now: NOW - 60_000 });
    const { created } = await createFollowUps(
      db,
      {
        caseId,
        customerKey: null,
        owner: 'me',
        text: 'I will call you back within the hour.',
        source: 'reply',
        where: null,
        promises: [{ phrase: 'within the hour', dueAt: new Date(NOW + 3_600_000) }],
        confirmed: true,
      },
      { by: 'me', now: NOW },
    );
    const f = created[0]!;
    let clock = NOW;
    const reminders = new FollowUpReminders(
      db,
      () => clock,
      async () => false,
    );
    await reminders.start();
    clock = NOW + 3_600_000;
    await reminders.onAlarm(`followup:${f.id}:due`);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect((await db.followUps.get(f.id))!.dueNotifiedAt).toBe(clock);
    // The stream shows it came due: one event, under a derived id (the same in every browser).
    const due = await db.events.where('type').equals('followup.cameDue').toArray();
    expect(due).toEqual([
      expect.objectContaining({ id: `due-${f.id}-${f.dueAt}`, at: f.dueAt, by: 'me', caseId }),
    ]);
    await markFollowUpNotified(db, f.id, 'due', clock + 1);
    expect(await db.events.where('type').equals('followup.cameDue').count()).toBe(1);
  });
});

describe('a click on a "captured" notification', () => {
  it('opens its case in the dashboard', async () => {
    openAssignedCasesOnClick();
    await fakeBrowser.notifications.create('captured:c42', {
      type: 'basic',
      iconUrl: 'icon.png',
      title: 'P1 case C-3F9A2B captured',
      message: 'By Ben',
    });
    await fakeBrowser.notifications.onClicked.trigger('captured:c42');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContainEqual(
      expect.stringMatching(/dashboard\.html#case=c42$/),
    );
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });
});
