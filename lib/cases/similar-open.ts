import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { CasebookDatabase } from '../db/database';
import { isOpenStatus, OPEN_STATUSES, type Case } from '../db/schema';
import {
  createSimilarIndex,
  documentOf,
  rankSimilar,
  SIMILAR_LIMIT,
  type SimilarIndex,
} from './similar';

/**
 * The open cases a case is compared with, kept as a MiniSearch index in memory and
 * brought up to date from Dexie's change notifications.
 *
 * Why a kept index (test/bench/similar.ts, 6,000 open cases, Node with fake-indexeddb):
 * reading the candidates, indexing them and ranking costs about 1.3 s per question; with
 * the kept index, a question after a new capture costs about 35 ms. The sidebar asks on
 * every change of focus, so it must not pay the build each time. A service worker that is
 * stopped loses the index: the next question builds it again (once).
 */

/** Newest open cases per status that are compared: bounded reads on a UI path. */
export const CANDIDATES_PER_STATUS = 2000;

export interface SimilarCase {
  record: Case;
  shared: string[];
  score: number;
}

/** The newest open cases, one [status+updatedAt] index range per open status. */
export async function readOpenCandidates(
  db: CasebookDatabase,
  perStatus = CANDIDATES_PER_STATUS,
): Promise<Case[]> {
  const ranges = await Promise.all(
    OPEN_STATUSES.map((status) =>
      db.cases
        .where('[status+updatedAt]')
        .between([status, -Infinity], [status, Infinity])
        .reverse()
        .limit(perStatus)
        .toArray(),
    ),
  );
  return ranges.flat().filter((record) => !record.deleted);
}

/**
 * The single keys in a Dexie range set, or null when it holds a range (a bulk change:
 * rebuild). Walks Dexie's documented IntervalTree shape; across contexts the set
 * arrives as a plain object (structured clone), so no RangeSet methods are used.
 */
export function changedKeys(tree: IntervalTree | undefined): string[] | null {
  const keys: string[] = [];
  const visit = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (node.from !== node.to || typeof node.from !== 'string') return false;
    keys.push(node.from);
    return visit(node.l) && visit(node.r);
  };
  return visit(tree) ? keys : null;
}

export class OpenCaseIndex {
  private index: SimilarIndex | null = null;
  /** Set when a change cannot be followed case by case: the next question rebuilds. */
  private stale = true;
  private readonly changed = new Set<string>();
  private work: Promise<unknown> = Promise.resolve();
  private readonly casesPart: string;
  private buildCount = 0;

  constructor(
    private readonly db: CasebookDatabase,
    private readonly perStatus = CANDIDATES_PER_STATUS,
  ) {
    this.casesPart = `idb://${db.name}/cases/`;
    // Dexie reports every committed write, here and (by BroadcastChannel) in the
    // extension's pages, with the primary keys it touched.
    Dexie.on('storagemutated', this.onMutated);
    // A connection the browser closed may have missed changes: start again next time.
    db.on('close', () => void (this.stale = true));
  }

  private readonly onMutated = (parts: ObservabilitySet) => {
    if (!Object.keys(parts).some((part) => part.startsWith(this.casesPart))) return;
    const keys = changedKeys(parts[this.casesPart]);
    if (keys === null) this.stale = true;
    else for (const key of keys) this.changed.add(key);
  };

  /** How many cases the index holds now (for tests and measurements). */
  get size(): number {
    return this.index?.documentCount ?? 0;
  }

  /** How many times the index was built from the database (for tests and measurements). */
  get builds(): number {
    return this.buildCount;
  }

  /**
   * Open cases similar to `target`, best first, read fresh from the database (a match
   * that is no longer open is dropped). Questions run one after another, so two
   * sidebars asking at once never build the index twice.
   */
  similarTo(
    target: Case,
    options: { limit?: number; exclude?: (record: Case) => boolean } = {},
  ): Promise<SimilarCase[]> {
    const next = this.work.then(() => this.answer(target, options));
    this.work = next.catch(() => undefined);
    return next;
  }

  private async answer(
    target: Case,
    { limit = SIMILAR_LIMIT, exclude }: { limit?: number; exclude?: (record: Case) => boolean },
  ): Promise<SimilarCase[]> {
    const index = await this.refresh();
    // A few more than needed: some may be excluded or no longer open.
    const matches = rankSimilar(index, target, { limit: limit + 10 });
    const records = await this.db.cases.bulkGet(matches.map((match) => match.id));
    const found: SimilarCase[] = [];
    matches.forEach((match, i) => {
      const record = records[i];
      if (!record || record.deleted || !isOpenStatus(record.status)) return;
      if (exclude?.(record)) return;
      found.push({ record, shared: match.shared, score: match.score });
    });
    return found.slice(0, limit);
  }

  private async refresh(): Promise<SimilarIndex> {
    if (this.stale || !this.index) return this.rebuild();
    const index = this.index;
    if (this.changed.size) {
      const ids = [...this.changed];
      this.changed.clear();
      const records = await this.db.cases.bulkGet(ids);
      ids.forEach((id, i) => {
        const record = records[i];
        const keep = record && !record.deleted && isOpenStatus(record.status);
        if (index.has(id)) index.discard(id);
        if (keep) index.add(documentOf(record));
      });
    }
    // New captures only add: past a bound, start again from the newest per status.
    if (index.documentCount > this.perStatus * OPEN_STATUSES.length * 1.25) return this.rebuild();
    return index;
  }

  private async rebuild(): Promise<SimilarIndex> {
    // Changes from now on are applied to the index being built, on the next question.
    this.stale = false;
    this.changed.clear();
    const index = createSimilarIndex();
    index.addAll((await readOpenCandidates(this.db, this.perStatus)).map(documentOf));
    this.index = index;
    this.buildCount += 1;
    return index;
  }
}

const indexes = new WeakMap<CasebookDatabase, OpenCaseIndex>();

/** The one kept index of this database's open cases, in this context. */
export function openCaseIndexOf(db: CasebookDatabase): OpenCaseIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new OpenCaseIndex(db);
    indexes.set(db, index);
  }
  return index;
}
