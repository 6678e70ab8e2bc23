import type { ReplyInsertAnswer, TabCommand } from '../messages/names';

/** What to put where: the reply's text, the case it answers, the post to answer under. */
export interface ReplyTarget {
  caseId: string;
  text: string;
  /** The site's id of the post to reply to; null: the post the tab shows. */
  postId: string | null;
}

/** Why a reply could not be put into the page, in words the sidebar shows as they are. */
export class ReplyInsertError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplyInsertError';
  }
}

/** A "reply sent" report for a case Casebook did not just insert a reply for in that tab. */
export class ReplyNotPendingError extends Error {
  constructor() {
    super('Casebook did not insert a reply for this case in this tab, or it was long ago.');
    this.name = 'ReplyNotPendingError';
  }
}

/** The part of storage.session this needs (a fake in tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** How long after an insert the agent's press of the site's Reply button still counts. */
export const PENDING_TTL_MS = 30 * 60_000;
/** Inserts remembered per tab; an agent works a handful of cases in one tab at once. */
const PER_TAB = 20;
const KEY_PREFIX = 'pendingReplies:';

/** One reply Casebook put into a tab's reply box: when, and its words (for their promises). */
export interface PendingInsert {
  at: number;
  text: string;
}

/** A stored entry: older workers kept only the time. */
const asInsert = (value: unknown): PendingInsert | null =>
  typeof value === 'number'
    ? { at: value, text: '' }
    : value && typeof value === 'object' && typeof (value as PendingInsert).at === 'number'
      ? { at: (value as PendingInsert).at, text: String((value as PendingInsert).text ?? '') }
      : null;

/**
 * The replies Casebook put into each tab's reply box and that the agent has not sent yet:
 * per tab, case id → when and what. Only these may be reported as sent (a page cannot make us
 * record a reply for any case it names). Kept in memory and mirrored to storage.session:
 * the agent may take minutes to review, and the service worker stops after ~30 s idle.
 */
export class PendingReplies {
  private readonly byTab = new Map<number, Record<string, PendingInsert>>();
  /** Reports being recorded now ("tab:case"): a second one at the same time is refused. */
  private readonly reporting = new Set<string>();
  /** When each tab's insert for a case was last reported sent (in memory: seconds matter). */
  private readonly reported = new Map<string, number>();

  constructor(
    private readonly storage: SessionArea | undefined,
    private readonly ttlMs = PENDING_TTL_MS,
  ) {}

  private async read(tabId: number): Promise<Record<string, PendingInsert>> {
    const known = this.byTab.get(tabId);
    if (known) return known;
    const key = KEY_PREFIX + tabId;
    const stored = (await this.storage?.get(key))?.[key];
    const entries: Record<string, PendingInsert> = {};
    if (stored && typeof stored === 'object') {
      for (const [caseId, value] of Object.entries(stored)) {
        const insert = asInsert(value);
        if (insert) entries[caseId] = insert;
      }
    }
    // An add() may have landed while we read: it is newer than what was stored.
    if (!this.byTab.has(tabId)) this.byTab.set(tabId, { ...entries });
    return this.byTab.get(tabId)!;
  }

  private async write(tabId: number, entries: Record<string, PendingInsert>): Promise<void> {
    this.byTab.set(tabId, entries);
    if (Object.keys(entries).length) await this.storage?.set({ [KEY_PREFIX + tabId]: entries });
    else await this.storage?.remove(KEY_PREFIX + tabId);
  }

  async add(tabId: number, caseId: string, now: number, text = ''): Promise<void> {
    const entries = { ...(await this.read(tabId)) };
    delete entries[caseId]; // re-inserting makes it the newest
    entries[caseId] = { at: now, text };
    const kept = Object.entries(entries)
      .filter(([, insert]) => now - insert.at < this.ttlMs)
      .slice(-PER_TAB);
    await this.write(tabId, Object.fromEntries(kept));
  }

  /** Whether a recent reply for this case is pending in this tab (nothing is consumed). */
  async has(tabId: number, caseId: string, now: number): Promise<boolean> {
    return (await this.pendingInsert(tabId, caseId, now)) !== null;
  }

  private async pendingInsert(
    tabId: number,
    caseId: string,
    now: number,
  ): Promise<PendingInsert | null> {
    const insert = (await this.read(tabId))[caseId];
    return insert && now - insert.at >= 0 && now - insert.at < this.ttlMs ? insert : null;
  }

  /**
   * A report that the reply pending for this case in this tab was sent: runs `record`
   * with what was inserted,
   * and only once it is stored forgets the pending entry (take after record: a service
   * worker stopped in between leaves the entry, never a lost reply). One report at a
   * time per case; false, recording nothing, when none is pending. When `record` fails
   * the entry stays, so the report can be tried again.
   */
  async report(
    tabId: number,
    caseId: string,
    now: number,
    record: (insert: PendingInsert) => Promise<void>,
  ): Promise<boolean> {
    const key = `${tabId}:${caseId}`;
    // Claimed before the first await, so two reports at once cannot both pass the check.
    if (this.reporting.has(key)) return false;
    this.reporting.add(key);
    try {
      const insert = await this.pendingInsert(tabId, caseId, now);
      if (!insert) return false;
      await record(insert);
      // Known as sent before it stops being pending: the watcher's report of the same send
      // may arrive in between, and must still see an insert.
      this.reported.set(key, now);
      const entries = { ...(await this.read(tabId)) };
      delete entries[caseId];
      await this.write(tabId, entries);
      return true;
    } finally {
      this.reporting.delete(key);
    }
  }

  /**
   * Whether the reply just sent in this tab for this case was one Casebook inserted: still
   * pending, or reported sent in the last `withinMs` (the two reports of one send arrive
   * in either order).
   */
  async insertedRecently(
    tabId: number,
    caseId: string,
    now: number,
    withinMs: number,
  ): Promise<boolean> {
    const reportedAt = this.reported.get(`${tabId}:${caseId}`);
    if (reportedAt !== undefined && now - reportedAt < withinMs) return true;
    return this.has(tabId, caseId, now);
  }

  async forget(tabId: number): Promise<void> {
    this.byTab.delete(tabId);
    await this.storage?.remove(KEY_PREFIX + tabId);
  }
}

export interface ReplyInserterDeps {
  /** Sends a command to the tab's top frame; rejects when no content script answers there. */
  send: (tabId: number, command: TabCommand) => Promise<unknown>;
  /** Opens a new tab at this URL and gives its id. */
  openTab: (url: string) => Promise<number>;
  pending: PendingReplies;
  now: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const NOT_RUNNING = 'Casebook is not running in this tab. Reload the page and try again.';
/** A new tab: the page loads, then the content script; ask this often until it answers. */
const RETRY_MS = 250;
const NEW_TAB_TIMEOUT_MS = 20_000;

const isAnswer = (value: unknown): value is ReplyInsertAnswer =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { ok?: unknown }).ok === 'boolean';

/**
 * Puts a reply into a page's own reply box for the agent to review and send: the one
 * "insert a reply for case Y into tab X" of the background, used by the sidebar's Reply
 * section and by anything that answers several cases (opening each post in a new tab).
 */
export function createReplyInserter(deps: ReplyInserterDeps) {
  const sleep = deps.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));

  const finish = async (tabId: number, target: ReplyTarget, answer: unknown) => {
    if (!isAnswer(answer)) throw new ReplyInsertError(NOT_RUNNING);
    if (!answer.ok) throw new ReplyInsertError(answer.message);
    await deps.pending.add(tabId, target.caseId, deps.now(), target.text);
  };

  const command = (target: ReplyTarget): TabCommand => ({
    type: 'reply.insert',
    text: target.text,
    postId: target.postId,
    caseId: target.caseId,
  });

  return {
    /** Into the reply box of a tab already showing the post (or a list holding it). */
    async insertInTab(tabId: number, target: ReplyTarget): Promise<void> {
      let answer: unknown;
      try {
        answer = await deps.send(tabId, command(target));
      } catch {
        throw new ReplyInsertError(NOT_RUNNING);
      }
      await finish(tabId, target, answer);
    },

    /** Opens the post in a new tab and inserts once its content script is ready. */
    async insertInNewTab(
      url: string,
      target: ReplyTarget,
      timeoutMs = NEW_TAB_TIMEOUT_MS,
    ): Promise<number> {
      const tabId = await deps.openTab(url);
      const deadline = deps.now() + timeoutMs;
      for (;;) {
        let answer: unknown;
        try {
          answer = await deps.send(tabId, command(target));
        } catch {
          // No content script yet: the page is still loading.
          if (deps.now() >= deadline) {
            throw new ReplyInsertError('The post did not open in time to insert the reply.');
          }
          await sleep(RETRY_MS);
          continue;
        }
        await finish(tabId, target, answer);
        return tabId;
      }
    },
  };
}

export type ReplyInserter = ReturnType<typeof createReplyInserter>;
