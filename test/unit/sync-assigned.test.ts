import { describe, expect, it, vi } from 'vitest';
import { SyncRunner, type SyncRunnerDeps } from '@/lib/background/sync-runner';
import { capturePost } from '@/lib/cases/capture';
import type { Case } from '@/lib/db/schema';
import { applyPulled } from '@/lib/sync/apply-pulled';
import {
  assignedBy,
  assignmentNotices,
  MAX_SINGLE_NOTICES,
  pulledAssignment,
  type PulledAssignment,
} from '@/lib/sync/assigned-to-me';
import { formatHlc } from '@/lib/sync/hlc';
import type { PulledChange } from '@/lib/sync/protocol';
import { freshDatabase, parsedPost } from '../support/factories';

const NOW = Date.UTC(2026, 10, 22, 12);
const ON = { me: 'Ana', syncOn: true, joining: false };

const change = (over: Partial<PulledAssignment> = {}): PulledAssignment => ({
  caseId: 'c1',
  ref: 'C-3F9A2B',
  before: 'Ben',
  after: 'Ana',
  by: 'Ben',
  customer: 'Dana R (@dana_r)',
  ...over,
});

describe('"assigned to you" after a round of sync: the decision', () => {
  it('a case the team gave me is news, said with the case and who gave it', () => {
    expect(assignmentNotices([change()], ON)).toEqual([
      {
        id: 'assigned:c1',
        caseId: 'c1',
        title: 'Case C-3F9A2B assigned to you',
        message: 'By Ben: Dana R (@dana_r)',
      },
    ]);
    // New to this browser (routed to me when Ben captured it), and names in any case.
    expect(assignmentNotices([change({ before: undefined, after: 'ana' })], ON)).toHaveLength(1);
  });

  it('is no news when I assigned it myself, when it was mine already, or is not mine', () => {
    expect(assignmentNotices([change({ by: 'Ana' })], ON)).toEqual([]);
    expect(assignmentNotices([change({ before: 'Ana' })], ON)).toEqual([]);
    expect(assignmentNotices([change({ after: 'Ben', before: 'Ana' })], ON)).toEqual([]);
    expect(assignmentNotices([change({ after: null })], ON)).toEqual([]);
  });

  it('says nothing with sync off, or when joining the team (every case is new here then)', () => {
    expect(assignmentNotices([change()], { ...ON, syncOn: false })).toEqual([]);
    expect(assignmentNotices([change()], { ...ON, joining: true })).toEqual([]);
  });

  it("counts a case's last change in the round: given, then taken back, is no news", () => {
    const back = change({ before: 'Ana', after: 'Ben', by: 'Lea' });
    expect(assignmentNotices([change(), back], ON)).toEqual([]);
    expect(assignmentNotices([change(), change()], ON)).toHaveLength(1);
  });

  it('many at once make one summary instead of a wall of notifications', () => {
    const many = Array.from({ length: MAX_SINGLE_NOTICES + 2 }, (_, i) =>
      change({ caseId: `c${i}`, ref: `C-00000${i}` }),
    );
    expect(assignmentNotices(many, ON)).toEqual([
      {
        id: 'assigned:many',
        caseId: null,
        title: '5 cases assigned to you',
        message: 'C-000000, C-000001, C-000002, C-000003, C-000004',
      },
    ]);
  });

  it('knows who assigned from the history: the latest entry giving it, else the creator', () => {
    const history: Case['history'] = [
      { at: 1, by: 'Ben', type: 'created', from: null, to: 'new' },
      { at: 2, by: 'Lea', type: 'assignee', from: null, to: 'Ana' },
      { at: 3, by: 'Ana', type: 'assignee', from: 'Ana', to: 'Ben' },
      { at: 4, by: 'Ben', type: 'assignee', from: 'Ben', to: 'Ana' },
    ];
    expect(assignedBy({ assignee: 'Ana', history })).toBe('Ben');
    expect(assignedBy({ assignee: 'Ben', history })).toBe('Ana');
    expect(assignedBy({ assignee: 'Ben', history: history.slice(0, 1) })).toBe('Ben');
    expect(pulledAssignment({ assignee: 'Ana' }, { ...sideOf('Ana'), history })).toBeNull();
  });
});

const sideOf = (assignee: string | null) => ({
  id: 'c1',
  ref: 'C-3F9A2B',
  assignee,
  history: [] as Case['history'],
  customer: {
    platform: 'x' as const,
    handle: 'dana_r',
    name: 'Dana R',
    profileUrl: null,
    avatarUrl: null,
  },
});

/** Ben's browser captures a case (it is his) and then gives it to Ana: as the server sends it. */
async function bensCase() {
  const scratch = freshDatabase();
  const { caseId } = await capturePost(scratch, parsedPost(), { by: 'Ben', now: NOW - 60_000 });
  const captured = (await scratch.cases.get(caseId))!;
  const given: Case = {
    ...captured,
    assignee: 'Ana',
    history: [
      ...captured.history,
      { at: NOW, by: 'Ben', type: 'assignee', from: 'Ben', to: 'Ana' },
    ],
  };
  return { captured, given };
}

let seq = 0;
/** A pulled change carrying every field of the record, stamped by Ben's browser. */
function pulled(record: Case, wall: number): PulledChange {
  const stamp = formatHlc({ wall, counter: 0, node: 'ben' });
  const { id, ...fields } = record;
  return {
    table: 'cases',
    id,
    fields,
    clocks: Object.fromEntries(Object.keys(fields).map((field) => [field, stamp])),
    seq: String(++seq),
  };
}

describe('"assigned to you": what a pull moved', () => {
  it('applyPulled notes each case whose assignee a page moved', async () => {
    const db = freshDatabase();
    const { captured, given } = await bensCase();
    const first = await applyPulled(db, [pulled(captured, NOW - 60_000)], '1', NOW);
    expect(first.assignments).toEqual([
      expect.objectContaining({ caseId: captured.id, before: undefined, after: 'Ben', by: 'Ben' }),
    ]);
    const second = await applyPulled(db, [pulled(given, NOW)], '2', NOW);
    expect(second.assignments).toEqual([
      {
        caseId: captured.id,
        ref: captured.ref,
        before: 'Ben',
        after: 'Ana',
        by: 'Ben',
        customer: 'Dana R (@dana_r)',
      },
    ]);
    // Pulled again with nothing new: nothing moved.
    expect((await applyPulled(db, [pulled(given, NOW)], '3', NOW)).assignments).toEqual([]);
  });

  it('the sync runner shows a notification for it, but not for what joining brings', async () => {
    const { captured, given } = await bensCase();
    let page: PulledChange[] = [pulled(captured, NOW - 60_000)];
    const notify = vi.fn<NonNullable<SyncRunnerDeps['notifyAssigned']>>(async () => undefined);
    const stored = new Map<string, unknown>();
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    const runner = new SyncRunner({
      db: freshDatabase(),
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
    expect(notify).not.toHaveBeenCalled();

    page = [pulled(given, NOW)];
    expect(await runner.runNow()).toMatchObject({ state: 'synced' });
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify.mock.calls[0]![0]).toEqual([
      expect.objectContaining({
        id: `assigned:${captured.id}`,
        title: `Case ${captured.ref} assigned to you`,
      }),
    ]);
  });
});
