import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { recordReply, setCaseStatus } from '@/lib/cases/edit';
import { SlaRecomputer } from '@/lib/background/sla-recompute';
import {
  readRecompute,
  recomputeBatch,
  recomputeOpenCaseDueTimes,
  slaRulesChanged,
  startRecompute,
  type RecomputeProgress,
} from '@/lib/cases/recompute-sla';
import { DEFAULT_SLA_POLICIES, type SlaPolicy } from '@/lib/cases/sla-policy';
import { DEFAULT_SETTINGS, readSettings, saveSettings, type Settings } from '@/lib/settings';
import { quietHub, testRoute } from '../support/fake-background';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const MINUTE = 60_000;
const START = actor().now;

/** The default policies with the public one's first-response target changed. */
const withPublicFirstResponse = (minutes: number): SlaPolicy[] =>
  DEFAULT_SLA_POLICIES.map((p) =>
    p.kind === 'public' ? { ...p, firstResponseMinutes: minutes } : { ...p },
  );

async function deskWithCases(count: number) {
  const db = freshDatabase();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const post = parsedPost({ postId: String(1850000000000000001n + BigInt(i)) });
    ids.push((await capturePost(db, post, actor(START + i * MINUTE))).caseId);
  }
  return { db, ids };
}

describe('recomputing due times when the SLA rules change', () => {
  it('moves the stored response due time of open cases and leaves closed ones alone', async () => {
    const { db, ids } = await deskWithCases(3);
    const [waitingForReply, answered, closed] = ids as [string, string, string];
    await recordReply(db, answered, 'reply', actor(START + 5 * MINUTE));
    await setCaseStatus(db, closed, 'closed', actor(START + 6 * MINUTE), 'duplicate');
    const before = await db.cases.bulkGet(ids);
    expect(before[0]?.responseDueAt).toBe(START + 60 * MINUTE); // default: 1 h

    await saveSettings(db, { ...DEFAULT_SETTINGS, slaPolicies: withPublicFirstResponse(20) });
    const result = await recomputeOpenCaseDueTimes(db, START + 10 * MINUTE);

    const after = await db.cases.bulkGet(ids);
    expect(after[0]).toMatchObject({
      responseDueAt: START + 20 * MINUTE,
      slaDueAt: START + 20 * MINUTE,
      // Not an agent's edit: no history entry, no new version, same updatedAt.
      version: before[0]!.version,
      updatedAt: before[0]!.updatedAt,
      history: before[0]!.history,
    });
    expect(after[0]?.id).toBe(waitingForReply);
    // Answered already: its first-response target no longer matters.
    expect(after[1]).toEqual(before[1]);
    expect(after[2]).toEqual(before[2]);
    expect(result).toEqual({ checked: 2, changed: 1, total: 2 });
  });

  it('follows a changed resolution target and a shorter SLA for high priorities', async () => {
    const { db, ids } = await deskWithCases(1);
    const before = (await db.cases.get(ids[0]!))!;
    expect(before.priority).toBe('P3'); // negative post, no followers
    const longer = DEFAULT_SLA_POLICIES.map((p) => ({ ...p, resolutionMinutes: 48 * 60 }));
    await saveSettings(db, { ...DEFAULT_SETTINGS, slaPolicies: longer });
    await recomputeOpenCaseDueTimes(db, START);
    expect((await db.cases.get(ids[0]!))?.resolutionDueAt).toBe(START + 48 * 60 * MINUTE);

    // Halving the targets up to P3 now covers this case.
    const settings = await readSettings(db);
    const priority = { ...settings.priority, shortenSla: { upTo: 'P3' as const, share: 0.5 } };
    await saveSettings(db, { ...settings, priority });
    await recomputeOpenCaseDueTimes(db, START);
    expect(await db.cases.get(ids[0]!)).toMatchObject({
      resolutionDueAt: START + 24 * 60 * MINUTE,
      responseDueAt: START + 30 * MINUTE,
    });
  });

  it('works in batches, reporting progress, and a case closed meanwhile is skipped', async () => {
    const { db, ids } = await deskWithCases(5);
    await saveSettings(db, { ...DEFAULT_SETTINGS, slaPolicies: withPublicFirstResponse(15) });
    const progress: RecomputeProgress[] = [];
    const result = await recomputeOpenCaseDueTimes(db, START, {
      batchSize: 2,
      onProgress: async (p) => {
        progress.push(p);
        // Closing a case between batches: the next batch must not touch it.
        if (progress.length === 1) await setCaseStatus(db, ids[4]!, 'closed', actor(), 'spam');
      },
    });
    // The closed case left the open range: the pass ends after the other four.
    expect(progress.map((p) => p.checked)).toEqual([2, 4]);
    expect(result.total).toBe(5);
    const last = (await db.cases.get(ids[4]!))!;
    expect(last.status).toBe('closed');
    expect(last.responseDueAt).toBeNull();
    expect(result.changed).toBe(4);
  });

  it('only a change of policies or of the shorter SLA counts as new SLA rules', () => {
    const base: Settings = DEFAULT_SETTINGS;
    const withPriority = (change: Partial<Settings['priority']>): Settings => ({
      ...base,
      priority: { ...base.priority, ...change },
    });
    expect(slaRulesChanged(base, { ...base, agents: ['me', 'Priya'] })).toBe(false);
    expect(slaRulesChanged(base, { ...base, checklistTemplates: [] })).toBe(false);
    expect(slaRulesChanged(base, { ...base, slaPolicies: withPublicFirstResponse(5) })).toBe(true);
    // Scoring rules apply to new cases; stored priorities, and so due times, stay.
    expect(slaRulesChanged(base, withPriority({ thresholds: { P1: 9, P2: 4, P3: 2 } }))).toBe(
      false,
    );
    expect(slaRulesChanged(base, withPriority({ followerTiers: [{ min: 1, points: 9 }] }))).toBe(
      false,
    );
    expect(slaRulesChanged(base, withPriority({ severityWords: [] }))).toBe(false);
    expect(slaRulesChanged(base, withPriority({ vipPoints: 10 }))).toBe(false);
    expect(slaRulesChanged(base, withPriority({ shortenSla: { upTo: 'P2', share: 0.5 } }))).toBe(
      true,
    );
  });

  it('keeps its place in the database, batch by batch, and a new worker resumes it', async () => {
    const { db, ids } = await deskWithCases(5);
    await saveSettings(db, { ...DEFAULT_SETTINGS, slaPolicies: withPublicFirstResponse(15) });
    await startRecompute(db, START);
    expect(await readRecompute(db)).toMatchObject({ total: 5, checked: 0, cursor: null });
    // One batch, then the service worker stops.
    expect(await recomputeBatch(db, START, 2)).toMatchObject({ checked: 2, done: false });
    const left = (await readRecompute(db))!;
    expect(left).toMatchObject({ total: 5, checked: 2, changed: 2 });
    expect(left.cursor?.id).toBeTruthy();
    const moved = async () =>
      (await db.cases.bulkGet(ids)).filter((c) => c!.responseDueAt === c!.createdAt + 15 * MINUTE);
    expect(await moved()).toHaveLength(2);

    // The next worker goes on from there: three more cases, not five.
    const batches: RecomputeProgress[] = [];
    const next = new SlaRecomputer(db, () => START, {
      batchSize: 2,
      onBatch: (p) => void batches.push(p),
    });
    next.run();
    await next.idle();
    expect(batches.map((b) => b.checked)).toEqual([4]);
    expect(await moved()).toHaveLength(5);
    expect(await readRecompute(db)).toBeNull();
  });

  it('cases tied on updatedAt are each done once across batches', async () => {
    const { db, ids } = await deskWithCases(5);
    // Same updatedAt for all (a bulk change): the cursor tells them apart by id.
    await db.cases.toCollection().modify({ updatedAt: START });
    await saveSettings(db, { ...DEFAULT_SETTINGS, slaPolicies: withPublicFirstResponse(15) });
    const result = await recomputeOpenCaseDueTimes(db, START, { batchSize: 2 });
    expect(result).toEqual({ checked: 5, changed: 5, total: 5 });
    for (const record of await db.cases.bulkGet(ids)) {
      expect(record!.responseDueAt).toBe(record!.createdAt + 15 * MINUTE);
    }
  });

  it('a big pass: settings.save answers before it ends, and the sidebars refresh after', async () => {
    const { db, ids } = await deskWithCases(5);
    const hub = quietHub();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const sla = new SlaRecomputer(db, () => START, { batchSize: 2, onBatch: () => held });
    const route = testRoute(
      db,
      {
        extensionId: 'ext',
        extensionOrigin: 'chrome-extension://ext/',
        isSupportedPage: () => false,
      },
      { hub, now: () => START, sla },
    );
    const sender = { id: 'ext', url: 'chrome-extension://ext/options.html' };
    const settings = { ...DEFAULT_SETTINGS, slaPolicies: withPublicFirstResponse(25) };
    const response = await route({ type: 'settings.save', payload: { settings } }, sender);
    expect(response).toMatchObject({ ok: true });
    // Answered with the pass under way: its progress is where the options page reads it.
    expect(await readRecompute(db)).toMatchObject({ total: 5, checked: 2 });
    expect(hub.pushes).toBe(1);

    // A follower tier is not an SLA rule: saving it starts no pass.
    const tiers = { ...settings.priority, followerTiers: [{ min: 10, points: 1 }] };
    release();
    await sla.idle();
    expect(await readRecompute(db)).toBeNull();
    expect(hub.pushes).toBe(2);
    const again = await route(
      { type: 'settings.save', payload: { settings: { ...settings, priority: tiers } } },
      sender,
    );
    expect(again).toMatchObject({ ok: true });
    expect(await readRecompute(db)).toBeNull();
    for (const record of await db.cases.bulkGet(ids)) {
      expect(record!.responseDueAt).toBe(record!.createdAt + 25 * MINUTE);
    }
  });

  it('settings.recomputeStatus says where a pass stands, and wakes it to go on', async () => {
    const { db, ids } = await deskWithCases(3);
    await saveSettings(db, { ...DEFAULT_SETTINGS, slaPolicies: withPublicFirstResponse(15) });
    await startRecompute(db, START); // left by a worker that stopped
    const sla = new SlaRecomputer(db, () => START, { batchSize: 2 });
    const route = testRoute(
      db,
      {
        extensionId: 'ext',
        extensionOrigin: 'chrome-extension://ext/',
        isSupportedPage: () => false,
      },
      { now: () => START, sla },
    );
    const sender = { id: 'ext', url: 'chrome-extension://ext/options.html' };
    const status = await route({ type: 'settings.recomputeStatus', payload: {} }, sender);
    expect(status).toMatchObject({ ok: true, data: { total: 3 } });
    await sla.idle();
    for (const record of await db.cases.bulkGet(ids)) {
      expect(record!.responseDueAt).toBe(record!.createdAt + 15 * MINUTE);
    }
    expect(await route({ type: 'settings.recomputeStatus', payload: {} }, sender)).toEqual({
      ok: true,
      data: null,
    });
    // Only the extension's own pages may ask.
    const fromPage = await route(
      { type: 'settings.recomputeStatus', payload: {} },
      { id: 'ext', url: 'https://x.com/home', tab: { id: 1 } },
    );
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('new rules during a pass start it again from the first case', async () => {
    const { db } = await deskWithCases(3);
    await startRecompute(db, START);
    await recomputeBatch(db, START, 2);
    expect((await readRecompute(db))?.checked).toBe(2);
    await startRecompute(db, START);
    expect(await readRecompute(db)).toMatchObject({ checked: 0, cursor: null, total: 3 });
  });

  it('settings.save recomputes open cases and refreshes the sidebars', async () => {
    const { db, ids } = await deskWithCases(1);
    const hub = quietHub();
    const route = testRoute(
      db,
      {
        extensionId: 'ext',
        extensionOrigin: 'chrome-extension://ext/',
        isSupportedPage: () => false,
      },
      { hub, now: () => START + MINUTE },
    );
    const sender = { id: 'ext', url: 'chrome-extension://ext/options.html' };
    const settings = { ...DEFAULT_SETTINGS, slaPolicies: withPublicFirstResponse(25) };
    const response = await route({ type: 'settings.save', payload: { settings } }, sender);
    expect(response).toMatchObject({ ok: true });
    expect((await db.cases.get(ids[0]!))?.responseDueAt).toBe(START + 25 * MINUTE);
    expect(hub.pushes).toBe(1);

    const invalid = await route(
      {
        type: 'settings.save',
        payload: {
          settings: {
            ...settings,
            slaPolicies: [{ ...settings.slaPolicies[0]!, firstResponseMinutes: 0 }],
          },
        },
      },
      sender,
    );
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect((await db.cases.get(ids[0]!))?.responseDueAt).toBe(START + 25 * MINUTE);
  });
});
