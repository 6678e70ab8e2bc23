// Admin routes: the team's members and their tokens. Every query is scoped by the admin's
// own team, so an id of another team is a 404 and changes nothing (issue 8, item 2).
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { memberOf, requireRole } from '../http/auth';
import { notFound } from '../http/errors';
import { parse } from '../http/validation';
import { Role } from '../teams/roles';
import { createMember, issueToken, listMembers, revokeToken } from '../teams/store';
import type { V1PluginOptions } from './v1';

const Name = z.string().trim().min(1).max(200);
const Label = z.string().trim().min(1).max(200);

/** Strict objects: a field the server does not know (a teamId, say) is refused, not ignored. */
const MembersQuery = z.strictObject({ role: Role.optional() });
const NewMember = z.strictObject({ name: Name, role: Role });
/** No body at all is the same as {}: a token without a label. */
const NewToken = z.strictObject({ label: Label.optional() }).optional();
const IdParams = z.strictObject({ id: z.uuid() });

export const memberRoutes: FastifyPluginAsync<V1PluginOptions> = async (app, { db }) => {
  const adminOnly = { preHandler: requireRole('admin') };

  app.get('/members', adminOnly, async (request) => {
    const { role } = parse(MembersQuery, request.query, 'query');
    return { members: await listMembers(db, memberOf(request).teamId, { role }) };
  });

  app.post('/members', adminOnly, async (request, reply) => {
    const input = parse(NewMember, request.body, 'body');
    const created = await createMember(db, memberOf(request).teamId, input);
    return reply.status(201).send(created);
  });

  app.post('/members/:id/tokens', adminOnly, async (request, reply) => {
    const { id } = parse(IdParams, request.params, 'path');
    const { label } = parse(NewToken, request.body, 'body') ?? {};
    const token = await issueToken(db, memberOf(request).teamId, id, label ?? null);
    if (!token) throw notFound(`No member ${id} in your team`);
    return reply.status(201).send({ token });
  });

  app.delete('/tokens/:id', adminOnly, async (request) => {
    const { id } = parse(IdParams, request.params, 'path');
    const token = await revokeToken(db, memberOf(request).teamId, id);
    if (!token) throw notFound(`No token ${id} in your team`);
    return { token };
  });
};
