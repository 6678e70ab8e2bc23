/**
 * Yields to the event loop: the next macrotask, so the page keeps painting and answering
 * between chunks of long work. A message, not setTimeout: repeated timeouts are clamped to
 * 4 ms, and a hidden tab throttles them to one a second (or a minute), which would stretch
 * a 100,000-record export from seconds to an hour.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
