/** Yields to the event loop between chunks, so the page keeps painting and answering. */
export function yieldToEventLoop(): Promise<void> {
  // A message, not setTimeout: a hidden tab throttles timers to one a second (or a
  // minute), which would stretch a 100,000-record export from seconds to an hour.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
