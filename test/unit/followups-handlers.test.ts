import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifyError } from '@/lib/background';
import { capturePost } from '@/lib/cases/capture';
import type { CasebookDatabase } from '@/lib/db/database';
import type { FollowUp } from '@/lib/db/schema';
import type { createRouter, RouterOptions, Sender } from '@/lib/messages/router';
import { quietHub, testRoute } from '../support/fake-background';
import { freshDatabase, parsedPost } from '../support/factories';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const options: RouterOptions = {
  extensionId: EXT_ID,
  extensionOrigin: ORIGIN,
  isSupportedPage: (url) => url.hostname === 'x.com',
  classify: classifyError,
};
const sidebar: Sender = { id: EXT_ID, url: `${ORIGIN}sidebar.html`, tab: { id: 7 } };
const contentScript: Sender = { id: EXT_ID, url: 'https://x.com/home', tab: { id: 7 }, frameId: 0 };

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 9, 0);

let db: CasebookDatabase;
let route: ReturnType<typeof createRouter>;
let hub: ReturnType<typeof quietHub>;
let caseId: string;

beforeEach(async () => {
  db = freshDatabase();
  hub = quietHub();
  route = testRoute(db, options, { hub, now: () => NOW });
  caseId = (await capturePost(db, parsedPost(), { by: 'me', now: NOW - HOUR })).caseId;
});

const send = (type: string, payload: unknown, sender: Sender = sidebar) =>
  route({ type, payload }, sender);

async function create(dueAt: number, phrase = "we'll get back to you within 24 hours") {
  const answer = await send('followups.create', {
    caseId,
    text: `Hi Dana, ${phrase}.`,
    source: 'reply',
    where: 'https://x.com/AcmeSupport/status/1850000000000000099',
    promises: [{ phrase, dueAt }],
    confirmed: true,
  });
  expect(answer).toMatchObject({ ok: true });
  return (answer as { data: { created: FollowUp[] } }).data.created[0]!;
}

const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
const badge = () => fakeBrowser.action.getBadgeText({});

describe('follow-up requests', () => {
  it('followups.create makes the follow-up, plans its alarms and pushes to sidebars', async () => {
    const followUp = await create(NOW + 24 * HOUR);
    expect(followUp).toMatchObject({
      caseId,
      customerKey: 'x:dana_r',
      owner: 'me',
      confirmedAt: NOW,
      where: 'https://x.com/AcmeSupport/status/1850000000000000099',
    });
    expect(await alarmNames()).toEqual([
      `followup:${followUp.id}:before`,
      `followup:${followUp.id}:due`,
    ]);
    expect(hub.pushes).toBe(1);
    // The same promise again within 10 minutes: reported as a duplicate, not made again.
    const again = await send('followups.create', {
      caseId,
      text: 'again',
      source: 'note',
      promises: [{ phrase: "we'll get back to you within 24 hours", dueAt: NOW + 24 * HOUR }],
    });
    expect(again).toMatchObject({
      ok: true,
      data: { created: [], duplicates: [{ id: followUp.id }] },
    });
  });

  it('refuses a content script, an empty or malformed payload, and an unknown owner', async () => {
    const forged = await send(
      'followups.create',
      { caseId, text: 'x', source: 'reply', promises: [{ phrase: 'x', dueAt: NOW }] },
      contentScript,
    );
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const empty = await send('followups.create', {
      caseId,
      text: 'x',
      source: 'reply',
      promises: [],
    });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const dateString = await send('followups.create', {
      caseId,
      text: 'x',
      source: 'reply',
      promises: [{ phrase: 'x', dueAt: '2026-11-24T09:00:00Z' }],
    });
    expect(dateString).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const stranger = await send('followups.create', {
      caseId,
      owner: 'Mallory',
      text: 'x',
      source: 'reply',
      promises: [{ phrase: 'x', dueAt: NOW }],
    });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await db.followUps.count()).toBe(0);
    expect(await send('followup.missed', { followUpId: 'x' }, contentScript)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('each change re-plans the alarms and the badge and pushes', async () => {
    const overdue = await create(NOW - HOUR, 'I will call you back');
    const later = await create(NOW + 24 * HOUR);
    expect(await badge()).toBe('1');

    const snoozed = await send('followup.snooze', { followUpId: overdue.id, until: NOW + HOUR });
    expect(snoozed).toMatchObject({ ok: true, data: { snoozedUntil: NOW + HOUR } });
    expect(await alarmNames()).toContain(`followup:${overdue.id}:again`);

    const moved = await send('followup.confirm', { followUpId: later.id, dueAt: NOW + 48 * HOUR });
    expect(moved).toMatchObject({ ok: true, data: { dueAt: NOW + 48 * HOUR } });
    expect(await fakeBrowser.alarms.get(`followup:${later.id}:due`)).toMatchObject({
      scheduledTime: NOW + 48 * HOUR,
    });

    const done = await send('followup.done', {
      followUpId: overdue.id,
      evidence: { kind: 'link', url: 'https://x.com/AcmeSupport/status/1850000000000000123' },
    });
    expect(done).toMatchObject({ ok: true, data: { status: 'done' } });
    expect(await badge()).toBe('');
    expect(await alarmNames()).not.toContain(`followup:${overdue.id}:again`);

    await settingsWithSam();
    expect(await send('followup.reassign', { followUpId: later.id, owner: 'Sam' })).toMatchObject({
      ok: true,
      data: { owner: 'Sam' },
    });
    expect(await send('followup.dismiss', { followUpId: later.id })).toMatchObject({
      ok: true,
      data: { status: 'dismissed' },
    });
    expect(await alarmNames()).toEqual([]);
    // Two creates, five changes and the settings save each pushed to the sidebars.
    expect(hub.pushes).toBe(8);
  });

  it('followup.missed, and clear errors for what the follow-up does not allow', async () => {
    const followUp = await create(NOW - HOUR);
    expect(await send('followup.missed', { followUpId: followUp.id })).toMatchObject({
      ok: true,
      data: { status: 'missed' },
    });
    expect(await badge()).toBe('');
    expect(await send('followup.snooze', { followUpId: followUp.id, until: NOW + HOUR })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'This follow-up is missed: it cannot be snoozed.' },
    });
    expect(
      await send('followup.done', { followUpId: 'nope', evidence: { kind: 'note', text: 'x' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await send('followup.done', {
        followUpId: followUp.id,
        evidence: { kind: 'note', text: ' ' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});

async function settingsWithSam() {
  const answer = await send('settings.save', { settings: { key: 'main', agents: ['me', 'Sam'] } });
  expect(answer).toMatchObject({ ok: true });
}
