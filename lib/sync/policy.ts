/**
 * Which role reads and writes which shared table. Leads and admins see everything; agents
 * work cases and their own follow-ups; marketers work testimonials and the customers and
 * posts they quote. The server enforces it on every push and pull (the client only hides).
 */
import type { SyncTable } from './protocol';

export const ROLES = ['agent', 'lead', 'marketer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const EVERYONE: readonly Role[] = ROLES;
const DESK: readonly Role[] = ['agent', 'lead', 'admin'];

const ACCESS: Record<SyncTable, { read: readonly Role[]; write: readonly Role[] }> = {
  cases: { read: DESK, write: DESK },
  posts: { read: EVERYONE, write: EVERYONE },
  customers: { read: EVERYONE, write: EVERYONE },
  followUps: { read: DESK, write: DESK },
  testimonials: { read: EVERYONE, write: EVERYONE },
  savedReplies: { read: EVERYONE, write: ['lead', 'admin', 'agent'] },
  experts: { read: DESK, write: ['lead', 'admin'] },
  articles: { read: DESK, write: DESK },
  events: { read: DESK, write: EVERYONE },
};

export const canRead = (role: Role, table: SyncTable) => ACCESS[table].read.includes(role);
export const canWrite = (role: Role, table: SyncTable) => ACCESS[table].write.includes(role);

/** Tables of which a role sees only the records it created (an agent's own follow-ups). */
export const ownOnly = (role: Role, table: SyncTable) => role === 'agent' && table === 'followUps';
