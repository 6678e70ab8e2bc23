import type { Actor } from '../cases/actor';
import type { CasebookDatabase } from '../db/database';
import type { ErrorCode } from '../messages/protocol';
import type { Handlers } from '../messages/router';
import { routeExistingCase, RoutingOffError } from '../routing/route-existing';
import type { SidebarHub } from './sidebar-hub';

/** Routing on demand (issue 11): the "Route" button beside a case's assignee. */
export function routingHandlers(
  db: CasebookDatabase,
  hub: Pick<SidebarHub, 'pushAll'>,
  actor: () => Actor,
): Pick<Handlers, 'case.route'> {
  return {
    'case.route': async ({ caseId }) => {
      const routed = await routeExistingCase(db, caseId, actor());
      await hub.pushAll();
      return routed;
    },
  };
}

export function routingErrorCode(error: unknown): ErrorCode | null {
  return error instanceof RoutingOffError ? 'bad-request' : null;
}
