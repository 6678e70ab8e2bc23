/**
 * Joining a team: what this browser did as its agent, "me" (lib/cases/actor.ts), becomes the
 * member's name, so a lead sees each agent's follow-ups and cases under that agent's name
 * instead of everyone's under "me". The settings' agents get the name as well, so it can be
 * assigned and reassigned to. One transaction; the records' updatedAt moves, so the next
 * scan pushes them. The team's roster joins the agents too, so a lead can reassign to them.
 */
import { THIS_AGENT } from '../cases/actor';
import type { CasebookDatabase } from '../db/database';
import { readSettings, saveSettings } from '../settings';
import type { MeResponse } from './protocol';

export interface Adopted {
  followUps: number;
  cases: number;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export async function adoptMemberName(
  db: CasebookDatabase,
  memberName: string,
  now: number,
): Promise<Adopted> {
  const name = memberName.trim().slice(0, 100);
  if (!name || sameName(name, THIS_AGENT)) return { followUps: 0, cases: 0 };
  return db.transaction('rw', [db.settings, db.followUps, db.cases], async () => {
    const settings = await readSettings(db);
    const agents = settings.agents.filter((agent) => !sameName(agent, name));
    const mine = agents.indexOf(THIS_AGENT);
    if (mine >= 0) agents[mine] = name;
    else agents.push(name);
    await saveSettings(db, { ...settings, agents });
    const followUps = await db.followUps
      .where('owner')
      .equals(THIS_AGENT)
      .modify((record) => {
        record.owner = name;
        record.updatedAt = now;
        record.version += 1;
      });
    const cases = await db.cases
      .filter((record) => record.assignee === THIS_AGENT)
      .modify((record) => {
        record.assignee = name;
        record.updatedAt = now;
        record.version += 1;
      });
    return { followUps, cases };
  });
}

/** Roles that own cases and follow-ups (a marketer works testimonials). */
const WORKS_CASES = new Set(['agent', 'lead', 'admin']);

/**
 * Adds the team's members to the agents cases and follow-ups can be assigned to; removes
 * no one (a name may still own open work). Returns how many were added.
 */
export async function addTeamAgents(
  db: CasebookDatabase,
  roster: MeResponse['team']['members'],
): Promise<number> {
  return db.transaction('rw', [db.settings], async () => {
    const settings = await readSettings(db);
    const agents = [...settings.agents];
    for (const member of roster) {
      const name = member.name.trim().slice(0, 100);
      if (!name || !WORKS_CASES.has(member.role) || agents.some((a) => sameName(a, name))) continue;
      if (agents.length >= 200) break;
      agents.push(name);
    }
    if (agents.length === settings.agents.length) return 0;
    await saveSettings(db, { ...settings, agents });
    return agents.length - settings.agents.length;
  });
}
