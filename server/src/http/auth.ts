// Bearer-token authentication for everything under /v1, and the role check routes add.
// The member found is the only source of a request's team: handlers scope every query by
// request.member.teamId and never by an id taken from the payload.
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Db } from '../db/db';
import type { Role } from '../teams/roles';
import { findTokenOwner, touchToken } from '../teams/store';
import { looksLikeToken } from '../teams/tokens';
import { forbidden, unauthorized } from './errors';

export interface AuthenticatedMember {
  memberId: string;
  teamId: string;
  role: Role;
  name: string;
  /** The token this request came with (a member may revoke it, or list it as current). */
  tokenId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the /v1 authentication hook before any /v1 handler runs; null elsewhere. */
    member: AuthenticatedMember | null;
  }
}

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (!header) throw unauthorized('Missing Authorization: Bearer <token> header');
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw unauthorized('Authorization header must be "Bearer <token>"');
  return match[1];
}

async function authenticate(db: Db, request: FastifyRequest): Promise<AuthenticatedMember> {
  const token = bearerToken(request);
  // One message for unknown and revoked alike would hide why a browser stopped syncing;
  // saying "revoked" tells an attacker nothing useful (the token no longer works).
  const owner = looksLikeToken(token) ? await findTokenOwner(db, token) : null;
  if (!owner) throw unauthorized('Unknown token');
  if (owner.revokedAt) throw unauthorized('Token revoked');
  await touchToken(db, owner);
  const { memberId, teamId, role, name, tokenId } = owner;
  return { memberId, teamId, role, name, tokenId };
}

/** Adds the authentication hook to `scope` (the /v1 plugin) and everything it registers. */
export function addAuthentication(scope: FastifyInstance, db: Db): void {
  scope.addHook('onRequest', async (request) => {
    request.member = await authenticate(db, request);
  });
}

/** The member of an authenticated request (a route outside /v1 has none: a bug, a 500). */
export function memberOf(request: FastifyRequest): AuthenticatedMember {
  if (!request.member) throw new Error(`${request.url}: route is not under the /v1 scope`);
  return request.member;
}

/** A preHandler refusing (403) members whose role is not among `roles`. */
export function requireRole(...roles: Role[]): preHandlerAsyncHookHandler {
  return async (request) => {
    const { role } = memberOf(request);
    if (!roles.includes(role)) {
      throw forbidden(`This needs the role ${roles.join(' or ')}; you are ${role}`);
    }
  };
}
