/** How long posts arriving in a burst are collected before one lookup message. */
export const LOOKUP_WAIT_MS = 150;
/**
 * The least time between two lookups. A fast scroll adds rows every frame or two for
 * seconds; one message per 150 ms was a tenth of the content script's time on a timeline
 * (each port message costs the page's thread 0.1-0.3 ms), and a button turning "captured"
 * half a second after its row appears is soon enough.
 */
export const LOOKUP_GAP_MS = 500;
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
  gapMs?: number;
  max?: number;
  now?: () => number;
}

/**
 * What the background knows about the posts on screen (captured? saved?), asked in one
 * message for all the posts that arrived within `waitMs` (and at most one per `gapMs`),
 * since each message costs the page's thread about as much as handling a few dozen posts. A failed lookup is dropped:
 * the buttons keep their idle state, and acting again is harmless (never a duplicate).
 */
export function batchedLookup<T>(options: BatchedLookupOptions<T>): (postIds: string[]) => void {
  const { lookUp, onFound, known } = options;
  const waitMs = options.waitMs ?? LOOKUP_WAIT_MS;
  const gapMs = options.gapMs ?? LOOKUP_GAP_MS;
  const max = options.max ?? MAX_LOOKUP;
  const now = options.now ?? (() => performance.now());
  const queued = new Set<string>();
  let waiting = false;
  let lastAskedAt = -Infinity;

  const run = async () => {
    waiting = false;
    lastAskedAt = now();
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
    options.setTimeout(() => void run(), Math.max(waitMs, lastAskedAt + gapMs - now()));
  };
  return (postIds) => {
    for (const id of postIds) if (!known(id)) queued.add(id);
    if (queued.size && !waiting) later();
  };
}
