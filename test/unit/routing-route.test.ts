import { beforeEach, describe, expect, it } from 'vitest';
import { classifyError } from '@/lib/background';
import type { CasebookDatabase } from '@/lib/db/database';
import { CaseSchema } from '@/lib/db/schema';
import type { createRouter, RouterOptions, Sender } from '@/lib/messages/router';
import { readCursors } from '@/lib/routing/cursor-store';
import type { RoutingRulesInput } from '@/lib/routing/rule-schema';
import { DEFAULT_SETTINGS, saveSettings } from '@/lib/settings';
import { quietHub, testRoute } from '../support/fake-background';
import { freshDatabase, parsedPost } from '../support/factories';
import { ruleSet } from '../support/routing';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const options: RouterOptions = {
  extensionId: EXT_ID,
  extensionOrigin: ORIGIN,
  isSupportedPage: (url) => url.hostname === 'x.com',
  classify: classifyError,
};
const contentScript: Sender = { id: EXT_ID, url: 'https://x.com/home', tab: { id: 7 }, frameId: 0 };
const dashboard: Sender = { id: EXT_ID, url: `${ORIGIN}dashboard.html` };
const sidebar: Sender = { id: EXT_ID, url: `${ORIGIN}sidebar.html`, tab: { id: 7 }, frameId: 3 };
const NOW = Date.UTC(2026, 10, 22, 10);

let db: CasebookDatabase;
let hub: ReturnType<typeof quietHub>;
let route: ReturnType<typeof createRouter>;

beforeEach(() => {
  db = freshDatabase();
  hub = quietHub();
  route = testRoute(db, options, { hub, now: () => NOW, agent: 'Ana' });
});

const useRules = (routing: RoutingRulesInput) =>
  saveSettings(db, { ...DEFAULT_SETTINGS, agents: ['Ana', 'Ben'], routing: ruleSet(routing) });

/** Captures a post (before any rule: the capturing agent, Ana, has it). */
async function captureCase(text = 'Where is my parcel?'): Promise<string> {
  const response = await route(
    { type: 'capture.post', payload: { post: parsedPost({ text }) } },
    contentScript,
  );
  if (!response.ok) throw new Error(response.error.message);
  return (response.data as { caseId: string }).caseId;
}

const routeCase = (payload: unknown, sender: Sender = sidebar) =>
  route({ type: 'case.route', payload }, sender);

const stored = async (caseId: string) => CaseSchema.parse(await db.cases.get(caseId));

describe("'case.route': routing a case on demand", () => {
  it('moves the case to whoever the rules pick now, and records the rule', async () => {
    const caseId = await captureCase();
    expect((await stored(caseId)).assignee).toBe('Ana');
    // Tagged by an agent: the rules see the tags as topics.
    await db.cases.update(caseId, { tags: ['billing'] });
    await useRules({
      rules: [
        {
          id: 'r1',
          name: 'Billing',
          conditions: { topics: ['billing'] },
          action: { kind: 'agent', agent: 'Ben' },
        },
      ],
      default: { action: { kind: 'unassigned' } },
    });
    hub.pushes = 0;
    const response = await routeCase({ caseId });
    expect(response).toMatchObject({
      ok: true,
      data: {
        record: { id: caseId, assignee: 'Ben' },
        outcome: { assignee: 'Ben', summary: "Assigned to Ben by rule 1 'Billing'" },
      },
    });
    expect((await stored(caseId)).history.at(-1)).toEqual({
      at: NOW,
      by: 'Ana',
      type: 'assignee',
      from: 'Ana',
      to: 'Ben',
      note: "Routed by rule 1 'Billing'",
    });
    expect(hub.pushes).toBe(1);
  });

  it('takes the next turn of a group, and changes nothing when the pick is the same', async () => {
    await useRules({
      groups: [{ id: 'g', name: 'Desk', strategy: 'round-robin', agents: ['Ana', 'Ben'] }],
      rules: [{ id: 'r1', name: 'Everyone', action: { kind: 'group', group: 'g' } }],
      default: { action: { kind: 'unassigned' } },
    });
    const caseId = await captureCase(); // routed on capture: Ana's turn
    expect((await stored(caseId)).assignee).toBe('Ana');
    await routeCase({ caseId }, dashboard);
    expect((await stored(caseId)).assignee).toBe('Ben');
    expect(await readCursors(db)).toEqual({ g: 'Ben' });

    await useRules({
      rules: [{ id: 'r1', name: 'Ben only', action: { kind: 'agent', agent: 'Ben' } }],
      default: { action: { kind: 'unassigned' } },
    });
    const before = await stored(caseId);
    const same = await routeCase({ caseId });
    expect(same).toMatchObject({
      ok: true,
      data: { outcome: { summary: "Stays with Ben: rule 1 'Ben only' picked the same" } },
    });
    expect(await stored(caseId)).toEqual(before);
  });

  it('says so when the team has no routing rules, and changes nothing', async () => {
    const caseId = await captureCase();
    const response = await routeCase({ caseId });
    expect(response).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringMatching(/no routing rules yet/) },
    });
    expect((await stored(caseId)).history.map((e) => e.type)).toEqual(['created']);
  });

  it('a missing case is "not found"', async () => {
    await useRules({ rules: [], default: { action: { kind: 'agent', agent: 'Ben' } } });
    expect(await routeCase({ caseId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('refuses a content script, and forged or invalid payloads, changing nothing', async () => {
    await useRules({ rules: [], default: { action: { kind: 'agent', agent: 'Ben' } } });
    const caseId = await captureCase();
    const before = await stored(caseId);

    expect(await routeCase({ caseId }, contentScript)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const forged: Sender = { ...dashboard, id: 'someotherextensionidxxxxxxxxxxxx' };
    expect(await routeCase({ caseId }, forged)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    for (const payload of [{}, { caseId: '' }, { caseId: 42 }, { caseId: 'x'.repeat(65) }, null]) {
      const response = await routeCase(payload);
      expect(response).toMatchObject({ ok: false });
      if (!response.ok) expect(response.error.code).toBe('invalid-payload');
    }
    expect(await stored(caseId)).toEqual(before);
  });
});
