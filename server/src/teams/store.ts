// Teams, members and tokens in SQL. Every function but createTeam and the token lookup
// takes the caller's teamId and puts it in the WHERE clause: an id of another team finds
// nothing (null), whatever else the request says.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db';
import type { Role } from './roles';
import { generateToken, hashToken } from './tokens';

export interface Team {
  id: string;
  name: string;
  createdAt: Date;
}

export interface Member {
  id: string;
  name: string;
  role: Role;
  createdAt: Date;
}

/** What the API shows of a token: never the secret, never the hash. */
export interface TokenInfo {
  id: string;
  memberId: string;
  label: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A token just created: the only moment its secret exists outside its owner's hands. */
export interface IssuedToken extends TokenInfo {
  token: string;
}

const MEMBER_COLUMNS = 'id, name, role, created_at as "createdAt"';
const TOKEN_COLUMNS = `id, member_id as "memberId", label, created_at as "createdAt",
  last_used_at as "lastUsedAt", revoked_at as "revokedAt"`;

async function insertMember(db: Db, teamId: string, name: string, role: Role): Promise<Member> {
  const { rows } = await db.query<Member>(
    `insert into members (id, team_id, name, role) values ($1, $2, $3, $4)
     returning ${MEMBER_COLUMNS}`,
    [randomUUID(), teamId, name, role],
  );
  return rows[0]!;
}

async function insertToken(
  db: Db,
  teamId: string,
  memberId: string,
  label: string | null,
): Promise<IssuedToken> {
  const token = generateToken();
  const { rows } = await db.query<TokenInfo>(
    `insert into tokens (id, team_id, member_id, hash, label) values ($1, $2, $3, $4, $5)
     returning ${TOKEN_COLUMNS}`,
    [randomUUID(), teamId, memberId, hashToken(token), label],
  );
  return { ...rows[0]!, token };
}

/** A new team and its first admin, with the admin's first token (the CLI shows it once). */
export function createTeam(db: Db, teamName: string, adminName: string) {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<Team>(
      `insert into teams (id, name) values ($1, $2) returning id, name, created_at as "createdAt"`,
      [randomUUID(), teamName],
    );
    const team = rows[0]!;
    const admin = await insertMember(tx, team.id, adminName, 'admin');
    const token = await insertToken(tx, team.id, admin.id, 'created with the team');
    return { team, admin, token };
  });
}

export async function findTeam(db: Db, teamId: string): Promise<Team | null> {
  const { rows } = await db.query<Team>(
    'select id, name, created_at as "createdAt" from teams where id = $1',
    [teamId],
  );
  return rows[0] ?? null;
}

export function createMember(db: Db, teamId: string, input: { name: string; role: Role }) {
  return db.transaction(async (tx) => {
    const member = await insertMember(tx, teamId, input.name, input.role);
    const token = await insertToken(tx, teamId, member.id, 'first token');
    return { member, token };
  });
}

export async function listMembers(
  db: Db,
  teamId: string,
  filter: { role?: Role } = {},
): Promise<Array<Member & { tokens: TokenInfo[] }>> {
  const members = await db.query<Member>(
    `select ${MEMBER_COLUMNS} from members
     where team_id = $1 and ($2::text is null or role = $2)
     order by created_at, id`,
    [teamId, filter.role ?? null],
  );
  const tokens = await db.query<TokenInfo>(
    `select ${TOKEN_COLUMNS} from tokens where team_id = $1 order by created_at, id`,
    [teamId],
  );
  return members.rows.map((member) => ({
    ...member,
    tokens: tokens.rows.filter((token) => token.memberId === member.id),
  }));
}

/** The team's members as every member may see them: names and roles, for assigning work. */
export async function listRoster(
  db: Db,
  teamId: string,
): Promise<Array<{ name: string; role: Role }>> {
  const { rows } = await db.query<{ name: string; role: Role }>(
    'select name, role from members where team_id = $1 order by created_at, id limit 1000',
    [teamId],
  );
  return rows;
}

/** A further token for a member of the team (a second browser, a replacement); null if none. */
export async function issueToken(
  db: Db,
  teamId: string,
  memberId: string,
  label: string | null,
): Promise<IssuedToken | null> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query('select 1 from members where team_id = $1 and id = $2', [
      teamId,
      memberId,
    ]);
    if (rows.length === 0) return null;
    return insertToken(tx, teamId, memberId, label);
  });
}

/** Revokes a token of the team; revoking twice keeps the first time. Null if no such token. */
export async function revokeToken(
  db: Db,
  teamId: string,
  tokenId: string,
): Promise<TokenInfo | null> {
  const { rows } = await db.query<TokenInfo>(
    `update tokens set revoked_at = coalesce(revoked_at, now())
     where team_id = $1 and id = $2
     returning ${TOKEN_COLUMNS}`,
    [teamId, tokenId],
  );
  return rows[0] ?? null;
}

export interface TokenOwner {
  tokenId: string;
  memberId: string;
  teamId: string;
  role: Role;
  name: string;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export async function findTokenOwner(db: Db, token: string): Promise<TokenOwner | null> {
  const { rows } = await db.query<TokenOwner>(
    `select t.id as "tokenId", m.id as "memberId", m.team_id as "teamId", m.role, m.name,
            t.revoked_at as "revokedAt", t.last_used_at as "lastUsedAt"
     from tokens t join members m on m.team_id = t.team_id and m.id = t.member_id
     where t.hash = $1`,
    [hashToken(token)],
  );
  return rows[0] ?? null;
}

/** How stale last_used_at may be: one write per token a minute at most, not one a request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export async function touchToken(db: Db, owner: TokenOwner, now = new Date()): Promise<void> {
  const last = owner.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - last < LAST_USED_RESOLUTION_MS) return;
  await db.query('update tokens set last_used_at = now() where id = $1', [owner.tokenId]);
}
