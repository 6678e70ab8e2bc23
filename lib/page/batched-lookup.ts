/** How long posts arriving in a burst are collected before one lookup message. */
export const LOOKUP_WAIT_MS = 150;
/** The protocol's limit of ids per lookup request ('posts.captured', 'testimonials.savedOf'). */
export const MAX_LOOKUP = 500;

export interface BatchedLookupOptions<T> {
  /** Asks the background about these post ids; answers only for the ones it knows. */
  lookUp: (postIds: string[]) => Promise<Record<string, T>>;
  onFound: (postId: string, value: T) => void;
  /** Ids already known need no question. */
  known: (postId: string) => boolean;
  setTimeout: (run: () => void, ms: number) => unknown;
  waitMs?: number;
  max?: number;
}

/**
 * What the background knows about the posts on screen (captured? saved?), asked in one
 * message for all the posts that arrived within `waitMs`, since each message costs the
 * page's thread about as much as handling a few dozen posts. A failed lookup is dropped:
 * the buttons keep their idle state, and acting again is harmless (never a duplicate).
 */
export function batchedLookup<T>(options: BatchedLookupOptions<T>): (postIds: string[]) => void {
  const { lookUp, onFound, known } = options;
  const waitMs = options.waitMs ?? LOOKUP_WAIT_MS;
  const max = options.max ?? MAX_LOOKUP;
  const queued = new Set<string>();
  let waiting = false;

  const run = async () => {
    waiting = false;
    const postIds = [...queued].slice(0, max);
    for (const id of postIds) queued.delete(id);
    if (queued.size) later();
    try {
      const found = await lookUp(postIds);
      for (const [postId, value] of Object.entries(found)) onFound(postId, value);
    } catch {
      // Buttons stay idle; see above.
    }
  };
  const later = () => {
    waiting = true;
    options.setTimeout(() => void run(), waitMs);
  };
  return (postIds) => {
    for (const id of postIds) if (!known(id)) queued.add(id);
    if (queued.size && !waiting) later();
  };
}
