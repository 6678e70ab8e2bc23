import { beforeEach, describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { recordReply, setCaseAssignee, setCaseStatus } from '@/lib/cases/edit';
import type { CasebookDatabase } from '@/lib/db/database';
import type { CasebookEvent } from '@/lib/db/schema';
import { EVENT_KINDS, kindEntryOf } from '@/lib/activity/kinds';
import { ALL_ACTIVITY, readStream, streamItemOf } from '@/lib/activity/stream';
import { freshDatabase, parsedPost } from '../support/factories';

const T0 = Date.UTC(2026, 10, 22, 10, 0);
const MIN = 60_000;
let db: CasebookDatabase;

const event = (change: Partial<CasebookEvent> & Pick<CasebookEvent, 'type'>): CasebookEvent => ({
  id: `e-${Math.random().toString(36).slice(2)}`,
  at: T0,
  by: 'me',
  caseId: null,
  data: {},
  ...change,
});

beforeEach(() => {
  db = freshDatabase();
});

describe('the stream items of events', () => {
  it('says each step in a short sentence naming the case', async () => {
    const { caseId, ref } = await capturePost(db, parsedPost(), { by: 'me', now: T0 });
    await setCaseAssignee(db, caseId, 'Sam', { by: 'Lee', now: T0 + MIN });
    await recordReply(db, caseId, 'replied on X', { by: 'Sam', now: T0 + 2 * MIN });
    await setCaseStatus(db, caseId, 'resolved', { by: 'Sam', now: T0 + 3 * MIN }, 'done');

    const page = await readStream(db, ALL_ACTIVITY, { limit: 50, me: 'me' });
    expect(page.items.map((i) => [i.kind, i.actor, i.text])).toEqual([
      ['status', 'Sam', `Resolved ${ref}`],
      ['reply', 'Sam', `Replied on ${ref} (first response)`],
      ['assignment', 'Lee', `Assigned ${ref} to Sam`],
      ['capture', 'me', expect.stringMatching(new RegExp(`^Captured ${ref} from @`))],
    ]);
    expect(page.items.every((i) => i.caseId === caseId && i.caseRef === ref)).toBe(true);
    expect(page.more).toBe(false);
  });

  it('shows a type it does not know generically, and leaves customer records out', () => {
    const unknown = streamItemOf(event({ type: 'case.reopened' as never, caseId: 'c1' }), {
      ref: 'C-ABCDEF',
      priority: 'P3',
      handle: '@x',
    });
    expect(unknown).toMatchObject({ kind: 'other', text: 'case.reopened on C-ABCDEF' });
    expect(streamItemOf(event({ type: 'customer.updated' }), null)).toBeNull();
    expect(kindEntryOf('customer.somethingNew')).toBeNull();
  });

  it('keeps captured words out of the sentence: one plain line, data as text', () => {
    const item = streamItemOf(
      event({ type: 'case.assigned', data: { to: '<b>Sam</b>\nnext line', note: null } }),
      null,
    );
    expect(item?.text).toBe('Assigned no case to <b>Sam</b> next line');
  });

  it('flags a P1 or VIP capture', () => {
    const item = streamItemOf(
      event({ type: 'case.created', caseId: 'c', data: { priority: 'P1', vip: true } }),
      { ref: 'C-ABCDEF', priority: 'P1', handle: '@dana' },
    );
    expect(item?.text).toBe('Captured C-ABCDEF from @dana (P1, VIP)');
  });

  it('says which CRM a case went to, and the rating on its own scale', () => {
    const gist = { ref: 'C-ABCDEF', priority: 'P3' as const, handle: '@dana' };
    const text = (type: CasebookEvent['type'], data: CasebookEvent['data']) =>
      streamItemOf(event({ type, caseId: 'c', data }), gist)?.text;
    expect(text('case.escalated', { system: 'zendesk' })).toBe('Escalated C-ABCDEF to Zendesk');
    expect(text('case.escalated', { system: 'evil<b>' })).toBe('Escalated C-ABCDEF');
    expect(text('case.crmLinked', { system: 'salesforce', recordId: '500X' })).toBe(
      'Linked C-ABCDEF to Salesforce record 500X',
    );
    expect(text('case.feedback', { score: 5, scale: 'three', value: 'good' })).toBe(
      'Customer rated C-ABCDEF Good',
    );
    expect(text('case.feedback', { score: 4, scale: 'five', value: 4 })).toBe(
      'Customer rated C-ABCDEF 4 of 5',
    );
    expect(text('case.feedback', { score: 9, scale: 'five', value: 9 })).toBe(
      'Feedback received on C-ABCDEF',
    );
  });

  it('maps every type of the event schema, escalation and feedback types included', () => {
    for (const type of ['case.escalated', 'case.feedback', 'testimonial.saved', 'followup.done'])
      expect(EVENT_KINDS[type]).toBeTruthy();
  });
});

describe('reading the stream', () => {
  const seed = async (n: number, at = (i: number) => T0 + i * MIN) => {
    await db.events.bulkAdd(
      Array.from({ length: n }, (_, i) =>
        event({
          id: `e${String(i).padStart(4, '0')}`,
          at: at(i),
          type: i % 2 ? 'case.reply' : 'case.note',
          by: i % 3 ? 'Sam' : 'me',
        }),
      ),
    );
  };

  it('pages newest first, and says when there is more', async () => {
    await seed(30);
    const first = await readStream(db, ALL_ACTIVITY, { limit: 10, me: 'me' });
    expect(first.items.map((i) => i.id)).toEqual(
      Array.from({ length: 10 }, (_, k) => `e${String(29 - k).padStart(4, '0')}`),
    );
    expect(first.more).toBe(true);
    const all = await readStream(db, ALL_ACTIVITY, { limit: 100, me: 'me' });
    expect(all.items).toHaveLength(30);
    expect(all.more).toBe(false);
  });

  it('reads events sharing one time across chunks once each, in a stable order', async () => {
    await seed(450, () => T0);
    const all = await readStream(db, ALL_ACTIVITY, { limit: 1000, me: 'me' });
    expect(all.items).toHaveLength(450);
    expect(new Set(all.items.map((i) => i.id)).size).toBe(450);
    expect(all.items[0]?.id).toBe('e0449');
  });

  it('filters by kind, by actor and by time', async () => {
    await seed(30);
    const replies = await readStream(
      db,
      { kinds: ['reply'], actor: 'anyone', since: null },
      { limit: 100, me: 'me' },
    );
    expect(replies.items).toHaveLength(15);
    expect(replies.items.every((i) => i.kind === 'reply')).toBe(true);
    const mine = await readStream(
      db,
      { kinds: [], actor: 'me', since: null },
      { limit: 100, me: 'ME' },
    );
    expect(mine.items.map((i) => i.actor)).toEqual(Array(10).fill('me'));
    const recent = await readStream(
      db,
      { kinds: [], actor: 'anyone', since: T0 + 25 * MIN },
      { limit: 100, me: 'me' },
    );
    expect(recent.items.map((i) => i.id)).toEqual(['e0029', 'e0028', 'e0027', 'e0026', 'e0025']);
  });

  it('stops a sparse filter after its scan budget and says there may be more', async () => {
    await seed(600);
    const page = await readStream(
      db,
      { kinds: ['testimonial'], actor: 'anyone', since: null },
      { limit: 10, me: 'me', scanLimit: 300 },
    );
    expect(page).toEqual({ items: [], more: true });
  });
});
