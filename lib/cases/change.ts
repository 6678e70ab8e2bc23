import type { Table } from 'dexie';
import type { CasebookDatabase } from '../db/database';
import { CaseSchema, type Case } from '../db/schema';
import { readSettings } from '../settings';
import { slaRulesOf, withDerivedFields } from './derive';
import { assignedEvent } from '../activity/record';

export class CaseNotFoundError extends Error {
  constructor(caseId: string) {
    super(`No case with id ${caseId}`);
    this.name = 'CaseNotFoundError';
  }
}

/**
 * Reads, changes and re-validates one case in a transaction; throws when it is missing.
 * `change` returns null for "nothing to do". Derived fields (search terms, SLA due
 * times) are recomputed here, so no caller can forget them. `after` runs in the same
 * transaction (events, counters) and may use the extra `tables`.
 */
export async function changeCase(
  db: CasebookDatabase,
  caseId: string,
  now: number,
  change: (record: Case) => Case | null,
  after?: (before: Case, afterChange: Case) => Promise<void>,
  tables: readonly Table[] = [],
): Promise<Case> {
  const all = [db.cases, db.events, db.counters, db.settings, ...tables];
  return db.transaction('rw', all, async () => {
    const before = await db.cases.get(caseId);
    if (!before || before.deleted) throw new CaseNotFoundError(caseId);
    const changed = change(before);
    if (!changed) return before;
    const rules = slaRulesOf(await readSettings(db));
    const next = CaseSchema.parse(
      withDerivedFields({ ...changed, version: before.version + 1 }, now, rules),
    );
    await db.cases.put(next);
    // Issue 12: every change of assignee is in the event log (the team's activity stream).
    if (before.assignee !== next.assignee) await db.events.add(assignedEvent(before, next));
    await after?.(before, next);
    return next;
  });
}
