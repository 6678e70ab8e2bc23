// GET /v1/me: who this token belongs to. The extension's options page shows it after the
// user pastes a token, so a wrong token or team is caught at once. The team's roster (names
// and roles only) lets every member assign work to the others.
import type { FastifyPluginAsync } from 'fastify';
import { memberOf } from '../http/auth';
import { notFound } from '../http/errors';
import { findTeam, listRoster } from '../teams/store';
import type { V1PluginOptions } from './v1';

export const meRoutes: FastifyPluginAsync<V1PluginOptions> = async (app, { db }) => {
  app.get('/me', async (request) => {
    const member = memberOf(request);
    const team = await findTeam(db, member.teamId);
    if (!team) throw notFound('Team not found');
    return {
      member: { id: member.memberId, name: member.name, role: member.role },
      team: { id: team.id, name: team.name, members: await listRoster(db, team.id) },
      role: member.role,
      tokenId: member.tokenId,
    };
  });
};
