import { describe, expect, it, vi } from 'vitest';
import {
  SYNC_ALARM,
  SYNC_SOON_ALARM,
  SyncError,
  SyncRunner,
  type SyncRunnerDeps,
} from '@/lib/background/sync-runner';
import { capturePost } from '@/lib/cases/capture';
import { setCaseAssignee } from '@/lib/cases/edit';
import { createFollowUps } from '@/lib/followups/store';
import { readSettings } from '@/lib/settings';
import { SYNC_SETTINGS_KEY } from '@/lib/sync/settings';
import { freshDatabase, parsedPost } from '../support/factories';

const TOKEN = `cbk_${'a'.repeat(43)}`;

function runner(fetchImpl: typeof fetch, granted = true) {
  const stored = new Map<string, unknown>();
  const alarms: string[] = [];
  const deps: SyncRunnerDeps = {
    db: freshDatabase(),
    storage: {
      get: async (key) => stored.get(key),
      set: async (key, value) => void stored.set(key, value),
      remove: async (key) => void stored.delete(key),
    },
    alarms: {
      create: async (name) => void alarms.push(name),
      once: async (name) => void alarms.push(name),
      clear: async (name) => void alarms.splice(alarms.indexOf(name), 1),
    },
    hasPermission: async () => granted,
    fetch: fetchImpl,
    now: () => Date.UTC(2026, 10, 22, 12),
  };
  return { sync: new SyncRunner(deps), stored, alarms, db: deps.db, deps };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A server that knows the token as Ana's and has nothing to pull. */
const anasServer = async (input: RequestInfo | URL) => {
  const url = String(input);
  if (url.endsWith('/v1/me'))
    return json(200, {
      member: { name: 'Ana', role: 'agent' },
      team: {
        name: 'Desk',
        members: [
          { name: 'Ana', role: 'agent' },
          { name: 'Ben', role: 'agent' },
          { name: 'Mia', role: 'marketer' },
        ],
      },
    });
  if (url.includes('/v1/sync/pull'))
    return json(200, {
      changes: [],
      cursor: '0',
      more: false,
      clock: '000000000000000:00000:server',
    });
  if (url.includes('/v1/sync/push'))
    return json(200, { applied: 1, duplicate: false, clock: '000000000000000:00000:server' });
  return json(404, {});
};

describe('SyncRunner', () => {
  it('makes no request at all while sync is off', async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    const { sync } = runner(fetchSpy);
    expect(await sync.runNow()).toMatchObject({ state: 'off' });
    expect(await sync.status()).toMatchObject({ state: 'off' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('refuses to connect without the host permission, before any request', async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    const { sync, stored } = runner(fetchSpy, false);
    await expect(sync.connect('https://sync.acme.example', TOKEN)).rejects.toThrow(
      /may not reach https:\/\/sync\.acme\.example/,
    );
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(stored.has(SYNC_SETTINGS_KEY)).toBe(false);
  });

  it('says plainly when the token is wrong or the address is not a Casebook server', async () => {
    const wrong = runner(async () => json(401, { error: { code: 'unauthorized', message: 'x' } }));
    await expect(wrong.sync.connect('https://sync.acme.example', TOKEN)).rejects.toThrow(
      /does not know this token/,
    );
    const other = runner(async () => json(200, { hello: 'world' }));
    await expect(other.sync.connect('https://sync.acme.example', TOKEN)).rejects.toThrow(SyncError);
    expect(other.stored.has(SYNC_SETTINGS_KEY)).toBe(false);
  });

  it('connects, schedules its alarm, and reports offline with the reason when the server goes away', async () => {
    let up = true;
    const { sync, alarms, db } = runner(async (input) => {
      if (!up) throw new TypeError('Failed to fetch');
      const url = String(input);
      // An older server: no roster in its answer.
      if (url.endsWith('/v1/me'))
        return json(200, { member: { name: 'Ana', role: 'agent' }, team: { name: 'Desk' } });
      return anasServer(input);
    });
    const connected = await sync.connect('https://sync.acme.example', TOKEN);
    expect(connected).toMatchObject({ state: 'synced', pending: 0 });
    expect(alarms).toEqual([SYNC_ALARM]);
    expect((await sync.settings())?.member).toEqual({ name: 'Ana', role: 'agent' });
    up = false;
    const offline = await sync.runNow();
    expect(offline.state).toBe('offline');
    expect(offline.reason).toMatch(/cannot be reached/);
    expect(offline.pending).toBe(0);
    // A capture while the server is away: the status counts it as waiting to be sent.
    await capturePost(db, parsedPost(), { by: 'Ana', now: Date.now() });
    expect(await sync.runNow()).toMatchObject({ state: 'offline', pending: 1 });
    await sync.disconnect();
    expect(alarms).toEqual([]);
    expect(await sync.status()).toMatchObject({ state: 'off' });
  });

  it("records this browser's work under the member's name once connected, and as me after", async () => {
    const { sync, db, deps } = runner(anasServer);
    await sync.ready;
    expect(sync.agentName()).toBe('me');
    const now = Date.UTC(2026, 10, 22, 11);
    const { caseId } = await capturePost(db, parsedPost(), { by: 'me', now });
    await setCaseAssignee(db, caseId, 'me', { by: 'me', now });
    await createFollowUps(
      db,
      {
        caseId,
        customerKey: null,
        owner: 'me',
        text: 'We will call you back tomorrow.',
        source: 'reply',
        where: null,
        promises: [{ phrase: 'call you back tomorrow', dueAt: new Date(now + 86_400_000) }],
      },
      { by: 'me', now },
    );

    await sync.connect('https://sync.acme.example', TOKEN);
    expect(sync.agentName()).toBe('Ana');
    expect((await db.followUps.toArray()).map((f) => f.owner)).toEqual(['Ana']);
    const adopted = await db.cases.get(caseId);
    expect(adopted).toMatchObject({ assignee: 'Ana', updatedAt: deps.now() });
    // The team's agents can be assigned to; a marketer works no cases.
    expect((await readSettings(db)).agents).toEqual(['Ana', 'Ben']);

    // A worker started later knows the name before it handles anything.
    const restarted = new SyncRunner(deps);
    await restarted.ready;
    expect(restarted.agentName()).toBe('Ana');

    await sync.disconnect();
    expect(sync.agentName()).toBe('me');
  });

  it('shows refused changes in the status, and sends them again or lets them go on request', async () => {
    let allowed = false;
    const { sync, db } = runner(async (input) => {
      if (String(input).includes('/v1/sync/push') && !allowed)
        return json(403, {
          error: { code: 'forbidden', message: 'the agent role cannot change experts' },
        });
      return anasServer(input);
    });
    await sync.connect('https://sync.acme.example', TOKEN);
    await capturePost(db, parsedPost(), { by: 'Ana', now: Date.UTC(2026, 10, 22, 12) });
    const refused = await sync.runNow();
    expect(refused).toMatchObject({ state: 'synced', pending: 0 });
    expect(refused.refused).toBeGreaterThan(0);
    expect(refused.refusedReason).toMatch(/cannot change experts/);

    allowed = true; // the admin changed the role
    const retried = await sync.settleRefused('retry');
    expect(retried).toMatchObject({ refused: 0, pending: 0, refusedReason: null });

    allowed = false;
    await capturePost(db, parsedPost({ postId: '1900000000000000077' }), {
      by: 'Ana',
      now: Date.UTC(2026, 10, 22, 12),
    });
    expect((await sync.runNow()).refused).toBeGreaterThan(0);
    expect(await sync.settleRefused('discard')).toMatchObject({ refused: 0, pending: 0 });
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('after a local edit, asks for one round soon; none while off', async () => {
    const { sync, alarms } = runner(anasServer);
    await sync.soon();
    expect(alarms).toEqual([]);
    await sync.connect('https://sync.acme.example', TOKEN);
    await sync.soon();
    await sync.soon();
    expect(alarms.filter((name) => name === SYNC_SOON_ALARM)).toHaveLength(1);
    expect(await sync.runSoon()).toMatchObject({ state: 'synced' });
    await sync.soon();
    expect(alarms.filter((name) => name === SYNC_SOON_ALARM)).toHaveLength(2);
  });
});
