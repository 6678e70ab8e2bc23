import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * Whether an element has come within a screen of the viewport (and from then on, true).
 * The dashboard's charts are drawn only then: each takes the page 50–100 ms to draw on a
 * slow machine, and most of them start below the fold.
 */
export function useNearViewport<T extends Element>(
  /** Near from the start: the first chart, at the top, need not wait a frame to be seen. */
  already = false,
): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  // Without IntersectionObserver (an old browser, a test DOM), everything is near.
  const [near, setNear] = useState(() => already || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        // Drawn as a transition: in slices, the page answering input between them.
        if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setNear(true));
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near];
}
