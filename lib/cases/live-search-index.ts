import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import { yieldToEventLoop } from '../next-task';
import type { CasebookDatabase } from '../db/database';
import type { Case } from '../db/schema';
import { CaseSearchIndex } from './search-index';

/** Cases read per step of a load: one bulk read (about 30 ms), then the page may draw. */
const LOAD_CHUNK = 500;

export interface SearchIndexState {
  /** The index searches use; null until the first load has ended. */
  index: CaseSearchIndex | null;
  /** Cases read so far by a load under way; null when none is. */
  loading: number | null;
  /** Changes whenever the index did: lists ask it again. */
  version: number;
}

/**
 * Keeps a CaseSearchIndex of every case current in a page (the dashboard): loads it in
 * chunks, then follows every write to the cases, whoever makes it (the background, another
 * page), through Dexie's storage-mutated events, which reach every extension page. A write
 * of one case names its id and only that case is read again; a bulk write (an import, an
 * SLA pass) names no ids, so the index is loaded afresh beside the one in use, which
 * serves searches until the new one is complete.
 */
export class LiveSearchIndex {
  private state: SearchIndexState = { index: null, loading: null, version: 0 };
  private readonly listeners = new Set<() => void>();
  private readonly changedIds = new Set<string>();
  private reloadWanted = false;
  private working = false;
  private stopped = false;
  private readonly casesPart: string;

  constructor(
    private readonly db: CasebookDatabase,
    /** Between load chunks: lets the page handle input (tests pass a quicker one). */
    private readonly pause: () => Promise<void> = yieldToEventLoop,
  ) {
    this.casesPart = `idb://${db.name}/cases/`;
  }

  /** Loads the index and follows writes until the returned function is called. */
  start(): () => void {
    this.stopped = false;
    Dexie.on('storagemutated', this.onMutated);
    this.reloadWanted = true;
    void this.work();
    return () => {
      this.stopped = true;
      Dexie.on.storagemutated.unsubscribe(this.onMutated);
    };
  }

  /** For React's useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SearchIndexState => this.state;

  /** Resolves once every write seen so far is in the index (tests, the benchmark). */
  async settled(): Promise<void> {
    while (this.working || this.reloadWanted || this.changedIds.size) await yieldToEventLoop();
  }

  private readonly onMutated = (parts: ObservabilitySet) => {
    const tree = parts[this.casesPart];
    if (!tree) return;
    for (const range of RangeSet(tree)) {
      if (typeof range.from === 'string' && range.from === range.to) {
        this.changedIds.add(range.from);
      } else {
        this.reloadWanted = true;
      }
    }
    void this.work();
  };

  private async work() {
    if (this.working) return;
    this.working = true;
    try {
      while (!this.stopped && (this.reloadWanted || this.changedIds.size)) {
        if (this.reloadWanted) {
          // Writes seen from here on are applied after the load, over what it read.
          this.reloadWanted = false;
          this.changedIds.clear();
          await this.reload();
        } else {
          await this.applyChanges();
        }
      }
    } catch (error) {
      // Searches go on from IndexedDB's own indexes; the next write tries again.
      console.warn('Casebook: the search index could not be updated', error);
      this.reloadWanted = true;
    } finally {
      this.working = false;
    }
  }

  private async reload() {
    const index = new CaseSearchIndex();
    index.beginBulk();
    let read = 0;
    let after: string | null = null;
    this.publish({ loading: 0 });
    while (!this.stopped) {
      const rest =
        after === null ? this.db.cases.toCollection() : this.db.cases.where(':id').above(after);
      const chunk: Case[] = await rest.limit(LOAD_CHUNK).toArray();
      for (const record of chunk) index.put(record);
      read += chunk.length;
      if (chunk.length < LOAD_CHUNK) break;
      after = chunk.at(-1)!.id;
      this.publish({ loading: read });
      await this.pause();
    }
    index.endBulk();
    this.publish({ index, loading: null, version: this.state.version + 1 });
  }

  private async applyChanges() {
    const index = this.state.index;
    const ids = [...this.changedIds];
    this.changedIds.clear();
    if (!index) return;
    const records = await this.db.cases.bulkGet(ids);
    ids.forEach((id, i) => {
      const record = records[i];
      if (record) index.put(record);
      else index.remove(id);
    });
    this.publish({ version: this.state.version + 1 });
  }

  private publish(change: Partial<SearchIndexState>) {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
