// Test data for the server suites: teams with an admin and members of each role, made
// through the store (the same code the CLI and the admin routes use).
import type { Db } from '../../../server/src/db/db';
import type { Role } from '../../../server/src/teams/roles';
import { createMember, createTeam } from '../../../server/src/teams/store';

export interface SeededMember {
  memberId: string;
  tokenId: string;
  token: string;
}

export interface SeededTeam {
  teamId: string;
  teamName: string;
  admin: SeededMember;
  /** Adds a member with its first token. */
  add(role: Role, name?: string): Promise<SeededMember>;
}

let teams = 0;

export async function seedTeam(db: Db, teamName = `Team ${++teams}`): Promise<SeededTeam> {
  const { team, admin, token } = await createTeam(db, teamName, `${teamName} Admin`);
  return {
    teamId: team.id,
    teamName: team.name,
    admin: { memberId: admin.id, tokenId: token.id, token: token.token },
    add: async (role, name = `${teamName} ${role}`) => {
      const created = await createMember(db, team.id, { name, role });
      return { memberId: created.member.id, tokenId: created.token.id, token: created.token.token };
    },
  };
}

export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}
