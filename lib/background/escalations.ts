/**
 * The escalations under way (issue 12), one per tab that was opened on a CRM's new-record
 * form, and the address of each CRM the agent uses. In storage (session for the pending
 * ones, local for the addresses) because the MV3 worker is stopped after ~30 s idle, and
 * the agent may take minutes to review and save the form.
 */
import type { CrmSystem } from '../db/constants';
import type { FieldStep } from '../crm/escalation/types';
import { CRM_ADDRESS_MAX } from '../crm/escalation/address';
import { z } from '../zod';
import type { KeyValueArea } from '../site-switches';

export interface PendingEscalation {
  caseId: string;
  ref: string;
  system: CrmSystem;
  /** The adapter's objectType of the record the form saves. */
  recordType: string;
  /** The new-record page opened: only a page of this host gets the fields. */
  url: string;
  fields: FieldStep[];
  openedAt: number;
  /** What the form filler said, in the agent's words; null until it ran. */
  report: string | null;
  /**
   * Whether this tab's last CRM page was the new-record form (no record yet): only a record
   * shown right after it is the one the agent saved, linked without asking. Any other record
   * is linked only when the agent says so in the tab's sidebar.
   */
  onForm: boolean;
}

/** An escalation not saved within a working day is forgotten (the tab was left open). */
export const ESCALATION_TTL_MS = 12 * 60 * 60 * 1000;

/** A storage area as used here (browser.storage.session / local, or a fake). */
export interface Area extends KeyValueArea {
  remove(key: string): Promise<void>;
}

/** A Map in memory: for tests, and where the browser has no session storage. */
export function memoryArea(): Area {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => (map.has(key) ? { [key]: map.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => map.set(k, v)),
    remove: async (key) => void map.delete(key),
  };
}

const PREFIX = 'escalation:';
const SEEN_KEY = 'casebook.crmAddresses';
const SeenAddressSchema = z.string().url().max(CRM_ADDRESS_MAX);

export class Escalations {
  constructor(
    private readonly session: Area,
    private readonly local: Area,
    private readonly now: () => number,
  ) {}

  /** Tabs being opened for an escalation, not stored yet: get() waits for them. */
  private readonly openings = new Set<Promise<unknown>>();

  /**
   * Opens an escalation's tab and stores its escalation (`open` does both) while every
   * reader waits: the CRM page's content script, however fast, asks only once it is stored.
   * `open` must not read escalations itself.
   */
  async opening<T>(open: () => Promise<T>): Promise<T> {
    const done = open();
    this.openings.add(done);
    try {
      return await done;
    } finally {
      this.openings.delete(done);
    }
  }

  async get(tabId: number): Promise<PendingEscalation | null> {
    if (this.openings.size) await Promise.allSettled([...this.openings]);
    const key = PREFIX + tabId;
    const found = (await this.session.get(key))[key] as PendingEscalation | undefined;
    if (!found) return null;
    if (this.now() - found.openedAt > ESCALATION_TTL_MS) {
      await this.session.remove(key);
      return null;
    }
    return found;
  }

  async set(tabId: number, pending: PendingEscalation): Promise<void> {
    await this.session.set({ [PREFIX + tabId]: pending });
  }

  /**
   * Changes a tab's pending escalation from what is stored now, one change at a time: the
   * page's fill report and its record changes arrive close together, and neither may undo
   * the other.
   */
  update(
    tabId: number,
    change: (pending: PendingEscalation) => PendingEscalation,
  ): Promise<PendingEscalation | null> {
    const next = this.updates.then(async () => {
      const pending = await this.get(tabId);
      if (!pending) return null;
      const changed = change(pending);
      if (changed !== pending) await this.set(tabId, changed);
      return changed;
    });
    this.updates = next.catch(() => undefined);
    return next;
  }

  private updates: Promise<unknown> = Promise.resolve();

  async clear(tabId: number): Promise<void> {
    await this.session.remove(PREFIX + tabId);
  }

  /** The page of each CRM the agent last used (its address tells the org). */
  async seen(): Promise<Record<string, string>> {
    const stored = (await this.local.get(SEEN_KEY))[SEEN_KEY];
    const found: Record<string, string> = {};
    if (!stored || typeof stored !== 'object') return found;
    // Entry by entry: one bad address (an older version's, a damaged store) loses only itself.
    for (const [system, address] of Object.entries(stored)) {
      if (SeenAddressSchema.safeParse(address).success) found[system] = address as string;
    }
    return found;
  }

  /**
   * Keeps the address of a CRM, one change at a time: every CRM page reports itself as it
   * loads, and the settings page may save one at the same moment; neither may drop the other.
   */
  remember(system: CrmSystem, url: string): Promise<void> {
    const next = this.updates.then(async () => {
      const seen = await this.seen();
      if (seen[system] === url || url.length > CRM_ADDRESS_MAX) return;
      await this.local.set({ [SEEN_KEY]: { ...seen, [system]: url } });
    });
    this.updates = next.catch(() => undefined);
    return next;
  }
}
