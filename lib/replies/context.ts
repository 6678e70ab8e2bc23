import { THIS_AGENT } from '../cases/actor';
import type { Case } from '../db/schema';
import { fillReply, replyProblems, type ReplyContext } from './fill';

/** No values at all: filling with it only finds what is left to fill, and typos. */
export const NO_VALUES: ReplyContext = {
  name: null,
  handle: null,
  caseRef: null,
  link: null,
  agent: null,
};

/**
 * The name to sign a reply with ({agent}): the agent's display name, or null when they
 * have none (THIS_AGENT, "me", the default): then {agent} stays and is flagged for them to fill, and
 * no customer ever reads "Best, me".
 */
export function agentSignature(agent: string | null | undefined): string | null {
  const name = agent?.trim() ?? '';
  return name && name.toLowerCase() !== THIS_AGENT ? name : null;
}

/**
 * What a reply for this case is filled with, the same in the sidebar, the dashboard's
 * preview and the group view: the customer's name and @handle, the case and the link to
 * the post, and the agent's name (see agentSignature).
 */
export function replyContextOf(
  record: Pick<Case, 'customer' | 'ref' | 'permalink'>,
  agent: string | null,
): ReplyContext {
  return {
    name: record.customer.name,
    handle: record.customer.handle,
    caseRef: record.ref,
    link: record.permalink,
    agent: agentSignature(agent),
  };
}

/**
 * What stands between a reply's text as it is now (filled, maybe edited by hand) and
 * putting it into the site's reply box: placeholders left in it, and typos in braces.
 */
export const problemsIn = (text: string): string[] => replyProblems(fillReply(text, NO_VALUES));
