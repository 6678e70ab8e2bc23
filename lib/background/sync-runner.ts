/**
 * Team sync in the service worker: connecting to the team's server, a round of sync on an
 * alarm (alarms outlive the worker; timers die with it) and on demand, and the status the
 * options page and the sidebar show. Off until connected: without settings it makes no
 * request of its own.
 */
import { THIS_AGENT } from '../cases/actor';
import type { CasebookDatabase } from '../db/database';
import { addTeamAgents, adoptMemberName } from '../sync/adopt-member';
import { queueEditsOffline, syncRound, type SyncRound } from '../sync/engine';
import {
  originPatternOf,
  SYNC_OFF,
  SYNC_SETTINGS_KEY,
  SYNC_STATUS_KEY,
  SyncSettingsSchema,
  SyncStatusSchema,
  type SyncSettings,
  type SyncStatus,
} from '../sync/settings';
import { httpTransport, SyncTransportError, type SyncTransport } from '../sync/transport';
import { assignmentNotices, type AssignmentNotice } from '../sync/assigned-to-me';
import { hotCaptureNotices, type PulledCapture } from '../activity/alerts';
import { readSettings } from '../settings';

export const SYNC_ALARM = 'casebook-sync';
export const SYNC_PERIOD_MINUTES = 1;
/** A round soon after a local edit (Chromium runs no alarm sooner than 30 s). */
export const SYNC_SOON_ALARM = 'casebook-sync-soon';
export const SYNC_SOON_MS = 30_000;

export interface SyncRunnerDeps {
  db: CasebookDatabase;
  storage: {
    get(key: string): Promise<unknown>;
    set(key: string, value: unknown): Promise<void>;
    remove(key: string): Promise<void>;
  };
  alarms: {
    create(name: string, minutes: number): Promise<void>;
    /** One firing, `delayMs` from now. */
    once(name: string, delayMs: number): Promise<void>;
    clear(name: string): Promise<void>;
  };
  /** Whether the host permission for the server's origin is granted. */
  hasPermission(originPattern: string): Promise<boolean>;
  fetch: typeof fetch;
  now(): number;
  /** Tells the agent of cases the team gave them (browser notifications); none when absent. */
  notifyAssigned?(notices: readonly AssignmentNotice[]): Promise<void>;
}

export class SyncError extends Error {}

export class SyncRunner {
  private running: Promise<SyncStatus> | null = null;
  private soonPending = false;
  private memberName: string | null = null;
  /** Settled once the member's name (if connected) is known: requests wait for it. */
  readonly ready: Promise<void>;

  constructor(private readonly deps: SyncRunnerDeps) {
    this.ready = this.settings().then(
      (settings) => void (this.memberName = settings?.member.name ?? null),
      () => undefined,
    );
  }

  /** Who this browser's agent is in what they record: the member's name in a team, else "me". */
  agentName(): string {
    return this.memberName?.trim() || THIS_AGENT;
  }

  async settings(): Promise<SyncSettings | null> {
    return (
      SyncSettingsSchema.safeParse(await this.deps.storage.get(SYNC_SETTINGS_KEY)).data ?? null
    );
  }

  async status(): Promise<SyncStatus> {
    if (!(await this.settings())) return SYNC_OFF;
    return (
      SyncStatusSchema.safeParse(await this.deps.storage.get(SYNC_STATUS_KEY)).data ?? {
        ...SYNC_OFF,
        state: 'pending',
      }
    );
  }

  /** Checks the server and the token (GET /v1/me), then turns sync on and runs a round. */
  async connect(serverUrl: string, token: string): Promise<SyncStatus> {
    if (!(await this.deps.hasPermission(originPatternOf(serverUrl))))
      throw new SyncError(
        `Casebook may not reach ${new URL(serverUrl).origin}: allow it when asked.`,
      );
    const me = await this.whoAmI(serverUrl, token);
    const settings = SyncSettingsSchema.parse({ serverUrl, token, ...me });
    // Another server or team: what was stamped for the old one means nothing to it.
    const before = await this.settings();
    if (before && (before.serverUrl !== serverUrl || before.team.name !== me.team.name))
      await this.forgetSyncState();
    await this.deps.storage.set(SYNC_SETTINGS_KEY, settings);
    await adoptMemberName(this.deps.db, me.member.name, this.deps.now());
    await addTeamAgents(this.deps.db, me.team.members);
    this.memberName = me.member.name;
    await this.deps.alarms.create(SYNC_ALARM, SYNC_PERIOD_MINUTES);
    return this.runNow();
  }

  async disconnect(): Promise<SyncStatus> {
    await this.deps.alarms.clear(SYNC_ALARM);
    await this.deps.storage.remove(SYNC_SETTINGS_KEY);
    await this.deps.storage.remove(SYNC_STATUS_KEY);
    await this.forgetSyncState();
    this.memberName = null;
    return SYNC_OFF;
  }

  /**
   * What to do with the changes the server refused: send them again (a role was changed
   * meanwhile), or let them go (the edits stay in this browser, the team never gets them).
   */
  async settleRefused(action: 'retry' | 'discard'): Promise<SyncStatus> {
    const { db } = this.deps;
    await db.transaction('rw', db.syncOutbox, async () => {
      const refused = db.syncOutbox.filter((entry) => entry.refused !== undefined);
      if (action === 'discard') await refused.delete();
      else
        await refused.modify((entry) => {
          delete entry.refused;
        });
    });
    return this.runNow();
  }

  /**
   * A local edit was written: a round within about half a minute instead of at the next
   * minute. Once per pending alarm; nothing while sync is off or a round is writing.
   */
  async soon(): Promise<void> {
    if (this.soonPending || this.running || !(await this.settings())) return;
    this.soonPending = true;
    await this.deps.alarms.once(SYNC_SOON_ALARM, SYNC_SOON_MS);
  }

  /** The soon alarm fired: its round. */
  runSoon(): Promise<SyncStatus> {
    this.soonPending = false;
    return this.runNow();
  }

  /** One round now, or the one already running. */
  runNow(): Promise<SyncStatus> {
    this.running ??= this.round().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async round(): Promise<SyncStatus> {
    const settings = await this.settings();
    if (!settings) return SYNC_OFF;
    const before = await this.status();
    await this.save({ ...before, state: 'syncing' });
    try {
      if (!(await this.deps.hasPermission(originPatternOf(settings.serverUrl))))
        throw new SyncTransportError(
          'unauthorized',
          `Casebook is no longer allowed to reach ${new URL(settings.serverUrl).origin}: connect again in options.`,
        );
      const transport = this.transportFor(settings);
      // Someone may have joined the team since: they can be assigned work from now on.
      await addTeamAgents(this.deps.db, (await transport.me()).team.members);
      const result: SyncRound = await syncRound(this.deps.db, transport, this.deps.now);
      await this.tellAssigned(result, settings);
      const conflicts = await this.deps.db.syncConflicts.count();
      return await this.save({
        state: result.pending > 0 ? 'pending' : 'synced',
        reason: null,
        lastSyncedAt: this.deps.now(),
        pending: result.pending,
        conflicts,
        refused: result.refused,
        refusedReason: result.refusedReason,
      });
    } catch (error) {
      const offline = error instanceof SyncTransportError && error.failure === 'offline';
      // What waits to be sent is counted even when the server could not be asked.
      await queueEditsOffline(this.deps.db, this.deps.now()).catch(() => undefined);
      return this.save({
        ...before,
        state: offline ? 'offline' : 'error',
        reason: error instanceof Error ? error.message : 'Sync failed',
        pending: await this.deps.db.syncOutbox.filter((entry) => !entry.refused).count(),
      });
    }
  }

  /**
   * "Case C-… assigned to you" for what the round's pulls gave this agent (issue 11), and
   * "P1 case C-… captured" for VIP or P1 cases the team captured (issue 12); each kind
   * unless the agent turned it off (settings, Alerts).
   */
  private async tellAssigned(round: SyncRound, settings: SyncSettings | null) {
    const { alerts } = await readSettings(this.deps.db);
    const me = this.agentName();
    const assigned = alerts.assignedToMe
      ? assignmentNotices(round.assignments, {
          me,
          syncOn: settings !== null,
          joining: round.joining,
        })
      : [];
    const captured = hotCaptureNotices(await this.capturesOf(round), {
      me,
      joining: round.joining,
      settings: alerts,
    });
    const notices = [...assigned, ...captured];
    // A notification that cannot be shown is no reason to call the round failed.
    if (notices.length) await this.deps.notifyAssigned?.(notices).catch(() => undefined);
  }

  /** The round's pulled captures, with their cases' ref, priority and customer. */
  private async capturesOf(round: SyncRound): Promise<PulledCapture[]> {
    if (round.joining || !round.captured.length) return [];
    const ids = round.captured.map((event) => event.caseId ?? '');
    const cases = await this.deps.db.cases.bulkGet(ids);
    return round.captured.map((event, index) => {
      const record = cases[index];
      return {
        event,
        ref: record?.ref ?? null,
        priority: record?.priority ?? null,
        vip: false,
        customer: record ? `@${record.customer.handle}` : null,
      };
    });
  }

  private transportFor(settings: Pick<SyncSettings, 'serverUrl' | 'token'>): SyncTransport {
    return httpTransport({
      serverUrl: settings.serverUrl,
      token: settings.token,
      fetch: this.deps.fetch,
    });
  }

  /** GET /v1/me through the transport, its failures said the way connecting needs. */
  private async whoAmI(serverUrl: string, token: string) {
    try {
      return await this.transportFor({ serverUrl, token }).me();
    } catch (error) {
      const failure = error instanceof SyncTransportError ? error.failure : 'server';
      if (failure === 'offline')
        throw new SyncError(
          `No answer from ${serverUrl}: is the address right and the server running?`,
        );
      if (failure === 'unauthorized')
        throw new SyncError('The server does not know this token (wrong or revoked).');
      throw new SyncError(`${serverUrl} is not a Casebook sync server.`);
    }
  }

  private async forgetSyncState() {
    const { db } = this.deps;
    await db.transaction(
      'rw',
      [db.syncShadows, db.syncOutbox, db.syncConflicts, db.syncMeta],
      async () => {
        await db.syncShadows.clear();
        await db.syncOutbox.clear();
        await db.syncConflicts.clear();
        await db.syncMeta.where('key').anyOf('cursor', 'scanMark').delete();
      },
    );
  }

  private async save(status: SyncStatus): Promise<SyncStatus> {
    await this.deps.storage.set(SYNC_STATUS_KEY, status);
    return status;
  }
}
