/** What the background knows of some posts: their cases, and which are testimonials. */
export interface KnownPosts {
  captured: Record<string, { caseId: string; ref: string }>;
  saved: Record<string, string>;
}

/**
 * One 'posts.known' message for the questions asked together: the capture buttons'
 * "captured?" and the testimonial buttons' "saved?" lookups fire on timers set at the same
 * moment (consecutive tasks), and each message costs the page's thread (batched-lookup.ts).
 * `defer` runs after those tasks (a zero timeout).
 */
export function knownPostsClient(
  ask: (postIds: string[]) => Promise<KnownPosts>,
  defer: (run: () => void) => void,
) {
  let next: { postIds: Set<string>; answer: Promise<KnownPosts> } | null = null;
  const known = (postIds: readonly string[]): Promise<KnownPosts> => {
    if (!next) {
      const asked = new Set<string>();
      next = {
        postIds: asked,
        answer: new Promise<void>((ready) => defer(ready)).then(() => {
          next = null;
          return ask([...asked]);
        }),
      };
    }
    for (const id of postIds) next.postIds.add(id);
    return next.answer;
  };
  return {
    captured: async (postIds: string[]) => (await known(postIds)).captured,
    savedOf: async (postIds: string[]) => Object.keys((await known(postIds)).saved),
  };
}
