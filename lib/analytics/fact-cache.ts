/**
 * The facts of the ranges read last, kept by the dashboard's analytics worker. Reading a
 * month of facts is most of a report's time (tens of thousands of objects out of
 * IndexedDB), and the worker reads the default month while the page is still loading, so
 * the page's first request finds it done. A range is served from memory only while the
 * stored facts are at the version it was read at: any refresh that rebuilds a day, in this
 * worker or another tab's, moves the version (rollup-store.ts).
 */
import type { CasebookDatabase } from '../db/database';
import { utcDay } from './days';
import type { Fact } from './facts';
import { factsVersion, readFacts } from './rollup-store';

export type FactReader = (from: number, to: number) => Promise<Fact[]>;

/** Ranges kept: the report's own and the forecast's eight weeks. */
const KEPT = 2;

export function cachedFactReader(db: CasebookDatabase): FactReader {
  let kept: { key: string; version: number; facts: Promise<Fact[]> }[] = [];
  return async (from, to) => {
    // readFacts reads whole UTC days: the same days are the same facts.
    const key = `${utcDay(from)}/${utcDay(to)}`;
    const version = await factsVersion(db);
    const hit = kept.find((entry) => entry.key === key && entry.version === version);
    const facts = hit?.facts ?? readFacts(db, from, to);
    // The range used last goes first; the one used longest ago goes when a third comes.
    kept = [{ key, version, facts }, ...kept.filter((entry) => entry.key !== key)].slice(0, KEPT);
    if (hit) return facts;
    // A failed read is not kept: the next request reads again.
    facts.catch(() => (kept = kept.filter((entry) => entry.facts !== facts)));
    return facts;
  };
}
