// The four roles of issue 8. Agents work cases; leads review every agent's follow-ups;
// marketers see every testimonial; admins manage the team's members and tokens.
import { z } from 'zod';

export const ROLES = ['agent', 'lead', 'marketer', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
