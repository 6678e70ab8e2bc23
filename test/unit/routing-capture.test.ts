import { afterEach, describe, expect, it, vi } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { setCaseStatus } from '@/lib/cases/edit';
import type { CasebookDatabase } from '@/lib/db/database';
import { CaseSchema } from '@/lib/db/schema';
import { readCursors } from '@/lib/routing/cursor-store';
import type { RoutingRulesInput } from '@/lib/routing/rule-schema';
import { DEFAULT_SETTINGS, readSettings, saveSettings } from '@/lib/settings';
import { actor, freshDatabase, parsedPost } from '../support/factories';
import { ruleSet } from '../support/routing';

const AGENTS = ['Ana', 'Ben', 'Cleo'];

async function deskWith(routing: RoutingRulesInput, agents = AGENTS): Promise<CasebookDatabase> {
  const db = freshDatabase();
  await saveSettings(db, { ...DEFAULT_SETTINGS, agents, routing: ruleSet(routing) });
  return db;
}

let posts = 0;
/** A new post (a new case) by this author, with this text. */
const post = (text = 'Where is my parcel?', handle = 'dana_r') =>
  parsedPost({
    postId: String(1_900_000_000_000_000_000n + BigInt(++posts)),
    text,
    author: {
      ...parsedPost().author,
      handle,
      profileUrl: `https://x.com/${handle}`,
    },
  });

const stored = async (db: CasebookDatabase, caseId: string) =>
  CaseSchema.parse(await db.cases.get(caseId));

const BILLING_GROUP = (strategy: 'round-robin' | 'least-loaded') => ({
  groups: [{ id: 'billing', name: 'Billing', strategy, agents: AGENTS }],
  rules: [],
  default: { action: { kind: 'group' as const, group: 'billing' } },
});

afterEach(() => vi.restoreAllMocks());

describe('capture with routing (issue 11)', () => {
  it('gives a new case to the agent of the first rule that fires, and says so in its history', async () => {
    const db = await deskWith({
      rules: [
        {
          id: 'r-vip',
          name: 'VIP',
          conditions: { customer: { vip: true } },
          action: { kind: 'agent', agent: 'Cleo' },
        },
        {
          id: 'r-billing',
          name: 'VIP billing',
          conditions: { keywords: ['invoice'] },
          action: { kind: 'agent', agent: 'Ben' },
          acknowledgementReplyId: 'reply-thanks',
        },
      ],
      default: { action: { kind: 'agent', agent: 'Ana' } },
    });
    const result = await capturePost(db, post('My invoice is wrong'), actor());
    expect(result.routing).toEqual({
      assignee: 'Ben',
      rule: "rule 2 'VIP billing'",
      acknowledgementReplyId: 'reply-thanks',
      note: "Routed by rule 2 'VIP billing'",
      summary: "Assigned to Ben by rule 2 'VIP billing'",
    });
    const record = await stored(db, result.caseId);
    expect(record.assignee).toBe('Ben');
    expect(record.history).toEqual([
      { at: actor().now, by: 'me', type: 'created', from: null, to: 'new' },
      {
        at: actor().now,
        by: 'me',
        type: 'assignee',
        from: null,
        to: 'Ben',
        note: "Routed by rule 2 'VIP billing'",
      },
    ]);

    // No rule fires: the default's entry names it.
    const other = await capturePost(db, post('Hello there'), actor());
    expect(other.routing).toMatchObject({ assignee: 'Ana', acknowledgementReplyId: null });
    expect((await stored(db, other.caseId)).history.at(-1)?.note).toBe(
      'Routed by the default rule',
    );
  });

  it('reads the customer: a VIP customer is routed by the VIP rule', async () => {
    const db = await deskWith({
      rules: [
        {
          id: 'r-vip',
          name: 'VIP',
          conditions: { customer: { vip: true, segments: ['Enterprise'] } },
          action: { kind: 'agent', agent: 'Cleo' },
        },
      ],
      default: { action: { kind: 'agent', agent: 'Ana' } },
    });
    const first = await capturePost(db, post('Hi', 'vip_val'), actor());
    expect(first.routing?.assignee).toBe('Ana');
    await db.customers
      .where('identityKeys')
      .equals('x:vip_val')
      .modify({ vip: true, segment: 'Enterprise' });
    const second = await capturePost(db, post('Hi again', 'vip_val'), actor());
    expect(second.routing?.summary).toBe("Assigned to Cleo by rule 1 'VIP'");
  });

  it('round-robin takes turns across captures, and the turns survive a settings save', async () => {
    const db = await deskWith(BILLING_GROUP('round-robin'));
    const assignees: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      assignees.push((await capturePost(db, post(), actor())).routing?.assignee ?? null);
      // The options page writes the settings whole; the turns are not in them.
      if (i === 1) await saveSettings(db, await readSettings(db));
    }
    expect(assignees).toEqual(['Ana', 'Ben', 'Cleo', 'Ana']);
    expect(await readCursors(db)).toEqual({ billing: 'Ana' });

    // Fair over many: each agent gets the same share.
    for (let i = 0; i < 8; i++) await capturePost(db, post(), actor());
    const counts = await Promise.all(
      AGENTS.map((agent) => db.cases.filter((c) => c.assignee === agent).count()),
    );
    expect(counts).toEqual([4, 4, 4]);
  });

  it('least-loaded counts open cases only', async () => {
    const db = await deskWith(BILLING_GROUP('least-loaded'));
    // Ana has two open cases, Ben none open but three closed, Cleo one open.
    const load: [string, 'new' | 'closed'][] = [
      ['Ana', 'new'],
      ['Ana', 'new'],
      ['Ben', 'closed'],
      ['Ben', 'closed'],
      ['Ben', 'closed'],
      ['Cleo', 'new'],
    ];
    for (const [agent, status] of load) {
      const { caseId } = await capturePost(db, post(), actor());
      await db.cases.update(caseId, { assignee: agent });
      if (status === 'closed') await setCaseStatus(db, caseId, 'closed', actor(), 'test');
    }
    const result = await capturePost(db, post(), actor());
    expect(result.routing?.assignee).toBe('Ben');
    // Now Ben and Cleo have one each: the next goes to whichever comes first in turn.
    expect((await capturePost(db, post(), actor())).routing?.assignee).toBe('Cleo');
  });

  it('an expert action reads the experts covering the case topics', async () => {
    const db = await deskWith({
      rules: [
        {
          id: 'r-expert',
          name: 'Experts',
          action: { kind: 'expert', fallback: { kind: 'agent', agent: 'Ana' } },
        },
      ],
      default: { action: { kind: 'unassigned' } },
    });
    const meta = { createdAt: 1, updatedAt: 1, version: 1, deleted: false };
    await db.experts.bulkAdd([
      {
        ...meta,
        id: 'e1',
        name: 'Cleo',
        role: 'Billing',
        topics: ['invoice'],
        contacts: [],
        notes: '',
      },
      { ...meta, id: 'e2', name: 'Ben', role: 'Ops', topics: ['order'], contacts: [], notes: '' },
    ]);
    const billing = await capturePost(db, post('My invoice was charged twice'), actor());
    expect(billing.routing?.assignee).toBe('Cleo');
    const nobody = await capturePost(db, post('Hello'), actor());
    expect(nobody.routing?.assignee).toBe('Ana'); // no topic an expert covers: the fallback
  });

  it('does not route a post captured again into its existing case', async () => {
    const db = await deskWith(BILLING_GROUP('round-robin'));
    const again = post();
    const first = await capturePost(db, again, actor());
    const second = await capturePost(db, again, actor(actor().now + 60_000));
    expect(second).toMatchObject({ caseId: first.caseId, created: false, routing: null });
    const record = await stored(db, first.caseId);
    expect(record.assignee).toBe('Ana');
    expect(record.history.filter((e) => e.type === 'assignee')).toHaveLength(1);
    expect(await readCursors(db)).toEqual({ billing: 'Ana' });
  });

  it('a desk without routing rules keeps the capturing agent, as before', async () => {
    const db = freshDatabase();
    const result = await capturePost(db, post(), actor());
    expect(result.routing).toBeNull();
    const record = await stored(db, result.caseId);
    expect(record.assignee).toBe('me');
    expect(record.history.map((e) => e.type)).toEqual(['created']);
    expect(await db.routingState.count()).toBe(0);
  });

  it('a rule that leaves the case unassigned says so', async () => {
    const db = await deskWith({
      rules: [{ id: 'r-q', name: 'Queue', action: { kind: 'unassigned' } }],
      default: { action: { kind: 'agent', agent: 'Ana' } },
    });
    const result = await capturePost(db, post(), actor());
    expect(result.routing?.summary).toBe("Left unassigned by rule 1 'Queue'");
    expect((await stored(db, result.caseId)).assignee).toBeNull();
  });

  it('a routing failure never fails the capture: the case is stored unassigned, and why', async () => {
    const db = await deskWith(BILLING_GROUP('round-robin'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(db.routingState, 'get').mockRejectedValue(new Error('the disk is on fire'));
    const result = await capturePost(db, post(), actor());
    expect(result.created).toBe(true);
    expect(result.routing).toMatchObject({
      assignee: null,
      rule: null,
      acknowledgementReplyId: null,
      summary: 'Not routed: the disk is on fire',
    });
    const record = await stored(db, result.caseId);
    expect(record.assignee).toBeNull();
    expect(record.history.at(-1)).toMatchObject({
      type: 'assignee',
      to: null,
      note: 'Not routed: the disk is on fire',
    });
    expect(await db.posts.count()).toBe(1);
  });
});
