import type { Actor } from '../cases/actor';
import { CaseNotFoundError, changeCase } from '../cases/change';
import { customerByIdentity } from '../customers/capture-store';
import type { CasebookDatabase } from '../db/database';
import type { Case } from '../db/schema';
import { readSettings } from '../settings';
import { decideRouting, keepTurn, routingTables } from './apply';
import { outcomeOf, routingIsOn, withOutcome, type RoutingOutcome } from './outcome';

/** The team has no routing to run: said in words the agent can act on. */
export class RoutingOffError extends Error {
  constructor() {
    super('This team has no routing rules yet: a lead can write them in Settings, Routing.');
    this.name = 'RoutingOffError';
  }
}

/**
 * Runs the team's routing again for a case already there (the "Route" button, issue 11):
 * the rules see the case as it is now (its tags too) and the desk as it is now. The new
 * assignee is recorded in the history the way capture records it, naming the rule; when
 * the rules pick whoever has the case already, nothing changes and no turn is taken. One
 * transaction: a failure changes nothing, and is thrown for the agent to see.
 */
export async function routeExistingCase(
  db: CasebookDatabase,
  caseId: string,
  actor: Actor,
): Promise<{ record: Case; outcome: RoutingOutcome }> {
  const tables = [
    ...routingTables(db),
    db.events,
    db.counters,
    db.settings,
    db.customers,
    db.posts,
  ];
  return db.transaction('rw', tables, async () => {
    const record = await db.cases.get(caseId);
    if (!record || record.deleted) throw new CaseNotFoundError(caseId);
    const settings = await readSettings(db);
    if (!routingIsOn(settings.routing)) throw new RoutingOffError();
    const key = record.postKeys[0];
    const firstPost = key ? await db.posts.get({ key }) : undefined;
    const facts = {
      customer: (await customerByIdentity(db, record.customerKey)) ?? null,
      language: firstPost?.language ?? null,
    };
    const decision = await decideRouting(db, record, facts, settings, actor.now);
    const outcome = outcomeOf(decision);
    if (outcome.assignee === record.assignee) {
      const who = outcome.assignee === null ? 'Stays unassigned' : `Stays with ${outcome.assignee}`;
      return {
        record,
        outcome: { ...outcome, summary: `${who}: ${outcome.rule} picked the same` },
      };
    }
    await keepTurn(db, decision, actor.now);
    const next = await changeCase(db, caseId, actor.now, (current) =>
      withOutcome(current, outcome, actor),
    );
    return { record: next, outcome };
  });
}
