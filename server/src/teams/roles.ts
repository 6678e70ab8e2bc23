// The four roles of issue 8. Agents work cases; leads review every agent's follow-ups;
// marketers see every testimonial; admins manage the team's members and tokens. What each
// may sync is lib/sync/policy.ts, shared with the extension.
import { z } from 'zod';
import { ROLES } from '../../../lib/sync/policy';

export { ROLES };
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
