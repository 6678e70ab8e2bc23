import type { CasebookDatabase } from '../db/database';
import { agentSignature, replyContextOf } from './context';
import type { ReplyContext } from './fill';

/** A case to preview saved replies with: the latest one the desk touched, or a sample. */
export interface ExampleCase {
  /** "C-3F9A2B (@dana_r)", or "a sample case" when the desk has none yet. */
  label: string;
  context: ReplyContext;
}

export const SAMPLE_CASE: ExampleCase = {
  label: 'a sample case',
  context: {
    name: 'Dana R',
    handle: 'dana_r',
    caseRef: 'C-3F9A2B',
    link: 'https://x.com/dana_r/status/1850000000000000001',
    agent: null,
  },
};

/** The most recently changed case (one indexed read), as an example to fill replies for. */
export async function exampleCase(db: CasebookDatabase, agent: string): Promise<ExampleCase> {
  const latest = await db.cases
    .orderBy('updatedAt')
    .reverse()
    .filter((c) => !c.deleted)
    .first();
  if (!latest) {
    return { ...SAMPLE_CASE, context: { ...SAMPLE_CASE.context, agent: agentSignature(agent) } };
  }
  return {
    label: `${latest.ref} (@${latest.customer.handle})`,
    context: replyContextOf(latest, agent),
  };
}
