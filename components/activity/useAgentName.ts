import { useEffect, useState } from 'react';
import { THIS_AGENT } from '@/lib/cases/actor';
import { request } from '@/lib/messages/client';

/**
 * This browser's agent as the records name them: the team member's name with sync on,
 * else "me" (the background's agentName). "Me" in the activity filter means them.
 */
export function useAgentName(): string {
  const [name, setName] = useState(THIS_AGENT);
  useEffect(() => {
    let live = true;
    void request('sync.status', {})
      .then((view) => live && setName(view.account?.member.name.trim() || THIS_AGENT))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return name;
}
