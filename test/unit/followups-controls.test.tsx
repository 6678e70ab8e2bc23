import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CaseFollowUps } from '@/components/followups/CaseFollowUps';
import { PendingReplies, type SessionArea } from '@/lib/background/reply-inserter';
import { capturePost } from '@/lib/cases/capture';
import type { CasebookDatabase } from '@/lib/db/database';
import { followUpHistoryLabel } from '@/lib/followups/history-label';
import {
  fromLocalInput,
  snoozeChoices,
  snoozeProblem,
  timeLeft,
  toLocalInput,
  tomorrowMorning,
} from '@/lib/followups/snooze-times';
import {
  confirmFollowUp,
  createFollowUps,
  dismissFollowUp,
  markFollowUpDone,
  markFollowUpMissed,
  reassignFollowUp,
  snoozeFollowUp,
} from '@/lib/followups/store';
import { readSettings, saveSettings } from '@/lib/settings';
import { serveBackground } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const HOUR = 3_600_000;
const PHRASE = "We'll get back to you within 2 hours";

async function deskWithPromise(now = Date.now()) {
  const db = freshDatabase();
  await saveSettings(db, { ...(await readSettings(db)), agents: ['me', 'Priya', 'Sam'] });
  const { caseId } = await capturePost(db, parsedPost(), actor(now - HOUR));
  const { created } = await createFollowUps(
    db,
    {
      caseId,
      customerKey: null,
      owner: 'me',
      text: `Hi Dana! ${PHRASE}.`,
      source: 'reply',
      where: 'https://x.com/dana_r/status/1850000000000000001',
      promises: [{ phrase: PHRASE, dueAt: new Date(now + 2 * HOUR) }],
      confirmed: true,
    },
    actor(now),
  );
  return { db, caseId, followUp: created[0]! };
}

describe('snooze times', () => {
  it('offers an hour and tomorrow 9:00 local, and checks a picked time', () => {
    const now = new Date(2026, 10, 23, 16, 40).getTime();
    const [hour, tomorrow] = snoozeChoices(now);
    expect(hour).toMatchObject({ label: 'For 1 hour', until: now + HOUR });
    expect(tomorrow!.label).toBe('Tomorrow 9:00');
    expect(new Date(tomorrow!.until)).toEqual(new Date(2026, 10, 24, 9, 0));
    // The last day of a month rolls into the next.
    expect(new Date(tomorrowMorning(new Date(2026, 11, 31, 23, 0).getTime()))).toEqual(
      new Date(2027, 0, 1, 9, 0),
    );
    expect(fromLocalInput(toLocalInput(now))).toBe(now);
    expect(fromLocalInput('')).toBeNull();
    expect(snoozeProblem(null, now)).toBe('Pick a date and a time.');
    expect(snoozeProblem(now - 1, now)).toBe('Pick a time still to come.');
    expect(snoozeProblem(now + 1, now)).toBeNull();
    expect(timeLeft(now + 2 * HOUR, now)).toEqual({ text: 'in 2 h', overdue: false });
    expect(timeLeft(now - 40 * 60_000, now)).toEqual({ text: 'overdue by 40 min', overdue: true });
  });
});

describe('follow-up lines in the case history', () => {
  it('says in words what the store wrote for each change', async () => {
    const now = Date.UTC(2026, 10, 23, 9, 0);
    const { db, caseId, followUp } = await deskWithPromise(now);
    const id = followUp.id;
    await confirmFollowUp(db, id, { dueAt: now + 5 * HOUR }, actor(now + 1));
    await snoozeFollowUp(db, id, now + 3 * HOUR, actor(now + 2));
    await reassignFollowUp(db, id, 'Priya', actor(now + 3));
    await markFollowUpMissed(db, id, actor(now + 4));
    await markFollowUpDone(db, id, { kind: 'note', text: 'called her' }, actor(now + 5));
    const record = await db.cases.get(caseId);
    const time = (at: number) => new Date(at).toISOString().slice(11, 16);
    const lines = record!.history
      .filter((e) => e.type === 'followup')
      .map((e) => followUpHistoryLabel(e, time));
    expect(lines).toEqual([
      `promised a follow-up due 11:00: “${PHRASE}”`,
      `moved the follow-up “${PHRASE}” to 14:00`,
      `snoozed the follow-up “${PHRASE}” until 12:00`,
      `handed the follow-up “${PHRASE}” to Priya`,
      `follow-up missed: “${PHRASE}”`,
      `follow-up done: “${PHRASE}” (called her)`,
    ]);
    const other = await deskWithPromise(now);
    await dismissFollowUp(other.db, other.followUp.id, 'not a promise', actor(now + 1));
    const dismissed = (await other.db.cases.get(other.caseId))!.history.at(-1)!;
    expect(followUpHistoryLabel(dismissed, time)).toBe(
      `dismissed the follow-up “${PHRASE}”, because: not a promise`,
    );
    // A time cut off by the 200-character limit: the words stand as written.
    expect(
      followUpHistoryLabel({ from: 'promised', to: 'we will call (due 2026-11-2' }, time),
    ).toBe('promised a follow-up: “we will call (due 2026-11-2”');
  });
});

describe('pending inserts keep their words', () => {
  it('hands the inserted text to the report, and reads entries an older worker stored', async () => {
    const data = new Map<string, unknown>([['pendingReplies:7', { 'case-old': 1000 }]]);
    const session: SessionArea = {
      get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
      set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
      remove: async (key) => void data.delete(key),
    };
    const pending = new PendingReplies(session);
    const seen: string[] = [];
    expect(await pending.report(7, 'case-old', 2000, async (i) => void seen.push(i.text))).toBe(
      true,
    );
    await pending.add(7, 'case-1', 3000, "We'll call back Friday");
    const restarted = new PendingReplies(session);
    expect(await restarted.report(7, 'case-1', 4000, async (i) => void seen.push(i.text))).toBe(
      true,
    );
    expect(seen).toEqual(['', "We'll call back Friday"]);
  });
});

describe("the case page's follow-ups", () => {
  let db: CasebookDatabase;
  let caseId: string;
  let id: string;

  beforeEach(async () => {
    ({
      db,
      caseId,
      followUp: { id },
    } = await deskWithPromise());
    serveBackground(db);
  });

  const item = async () =>
    within(await screen.findByRole('list', { name: 'Follow-ups of this case' })).getByRole(
      'listitem',
    );

  it('snoozes for an hour, from the keyboard', async () => {
    const user = userEvent.setup();
    render(<CaseFollowUps db={db} caseId={caseId} agents={['me', 'Priya', 'Sam']} />);
    const line = await item();
    expect(line).toHaveTextContent(`“${PHRASE}” Due`);
    expect(line).toHaveTextContent('Owed by me');
    within(line).getByRole('button', { name: 'Snooze' }).focus();
    await user.keyboard('{Enter}');
    // The panel takes the keyboard: its first choice has focus.
    const panel = within(line).getByRole('form', { name: `Snooze “${PHRASE}”` });
    expect(within(panel).getByRole('button', { name: 'For 1 hour' })).toHaveFocus();
    const before = Date.now();
    await user.keyboard('{Enter}');
    await within(line).findByText(/^Snoozed until \w{3} \d\d:\d\d\.$/);
    const stored = await db.followUps.get(id);
    expect(stored!.snoozedUntil).toBeGreaterThanOrEqual(before + HOUR - 1000);
    expect(await within(line).findByText(/· snoozed until/)).toBeInTheDocument();
  });

  it('refuses a snooze into the past, with the reason on screen', async () => {
    const user = userEvent.setup();
    render(<CaseFollowUps db={db} caseId={caseId} agents={['me']} />);
    const line = await item();
    await user.click(within(line).getByRole('button', { name: 'Snooze' }));
    const input = within(line).getByLabelText('or until');
    await user.clear(input);
    await user.type(input, '2020-01-01T09:00');
    await user.click(within(line).getByRole('button', { name: 'Snooze until then' }));
    expect(within(line).getByRole('alert')).toHaveTextContent('Pick a time still to come.');
    expect((await db.followUps.get(id))!.snoozedUntil).toBeNull();
  });

  it('hands it to another agent, and says so when there is nobody to hand it to', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<CaseFollowUps db={db} caseId={caseId} agents={['me']} />);
    let line = await item();
    await user.click(within(line).getByRole('button', { name: 'Reassign' }));
    expect(line).toHaveTextContent('No other agent to hand it to');
    rerender(<CaseFollowUps db={db} caseId={caseId} agents={['me', 'Priya', 'Sam']} />);
    line = await item();
    await user.selectOptions(within(line).getByLabelText('Hand to'), 'Sam');
    await user.click(within(line).getByRole('button', { name: 'Reassign to Sam' }));
    await within(line).findByText('Owed by Sam · from a reply');
    expect((await db.followUps.get(id))!.owner).toBe('Sam');
  });

  it('marks it missed only after the confirmation, and shows an error from the background', async () => {
    const user = userEvent.setup();
    render(<CaseFollowUps db={db} caseId={caseId} agents={['me']} />);
    const line = await item();
    await user.click(within(line).getByRole('button', { name: 'Mark missed' }));
    const confirm = within(line).getByRole('group', { name: `Mark missed “${PHRASE}”` });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect((await db.followUps.get(id))!.status).toBe('pending');

    await user.click(within(line).getByRole('button', { name: 'Mark missed' }));
    // Meanwhile someone else marked it done: the background refuses, the page says why.
    await markFollowUpDone(db, id, { kind: 'note', text: 'called' }, actor());
    await user.click(within(line).getByRole('button', { name: 'Yes, mark missed' }));
    expect(await within(await item()).findByRole('alert')).toHaveTextContent(
      'This follow-up is done: it cannot be marked missed.',
    );
  });

  it('marks it missed, after which it can still be done late', async () => {
    const user = userEvent.setup();
    render(<CaseFollowUps db={db} caseId={caseId} agents={['me']} />);
    const line = await item();
    await user.click(within(line).getByRole('button', { name: 'Mark missed' }));
    await user.click(within(line).getByRole('button', { name: 'Yes, mark missed' }));
    await within(line).findByText(/· missed/);
    expect(within(line).queryByRole('button', { name: 'Snooze' })).toBeNull();
    await user.type(within(line).getByLabelText(/How it was kept/), 'Called her on Friday');
    await user.click(within(line).getByRole('button', { name: 'Mark done' }));
    await within(line).findByText(/· done/);
    expect((await db.followUps.get(id))!.status).toBe('done');
  });
});
