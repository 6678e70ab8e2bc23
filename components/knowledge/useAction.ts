import { useState } from 'react';

/**
 * Runs one request at a time for a piece of UI: `busy` names what is running (so only
 * that button shows it), and a failure's message stays on screen until the next try.
 */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (
    key: string,
    work: () => Promise<unknown>,
    fallback = 'That did not work.',
  ) => {
    setBusy(key);
    setError(null);
    try {
      await work();
      return true;
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : fallback);
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, run, clearError: () => setError(null) };
}
