import { useCallback, useEffect, useRef, useState } from 'react';
import type { Platform, SavedReply } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';

export type SavedRepliesState =
  | { kind: 'loading' }
  /** `agent`: the name {agent} is filled with, null while the agent has none. */
  | { kind: 'ready'; replies: SavedReply[]; agent: string | null }
  | { kind: 'error'; message: string };

/** Asked again at most this often, when the agent comes back to the list. */
const FRESH_MS = 5_000;

/**
 * The saved replies for a channel, asked of the background (the sidebar never opens the
 * database). `refresh` asks again, so replies edited in the dashboard meanwhile show up.
 */
export function useSavedReplies(channel: Platform) {
  const [state, setState] = useState<SavedRepliesState>({ kind: 'loading' });
  const [asked, setAsked] = useState(0);
  const loadedAt = useRef(0);

  useEffect(() => {
    let live = true;
    loadedAt.current = Date.now();
    request('replies.list', { channel }).then(
      ({ replies, agent }) => live && setState({ kind: 'ready', replies, agent }),
      (cause: unknown) =>
        live &&
        setState({
          kind: 'error',
          message: cause instanceof Error ? cause.message : 'Saved replies could not be loaded.',
        }),
    );
    return () => {
      live = false;
    };
  }, [channel, asked]);

  const refresh = useCallback(() => {
    if (Date.now() - loadedAt.current > FRESH_MS) setAsked((n) => n + 1);
  }, []);

  return { state, refresh };
}
