import type { z } from '@/lib/zod';

/**
 * A zod error as short sentences for a form, naming the field the agent knows
 * ("Contact 2: an http(s), mailto: or tel: link"), not the schema path.
 */
export function issueMessages(error: z.ZodError, names: Record<string, string>): string[] {
  return error.issues.slice(0, 5).map((issue) => {
    const [field, index] = issue.path;
    const name = names[String(field)] ?? String(field ?? '');
    const where = typeof index === 'number' ? `${name} ${index + 1}` : name;
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
