import { useState } from 'react';

/**
 * Runs one request at a time for a piece of UI: `busy` names what is running (so only
 * that button shows it), `done` what last succeeded (for a short "Recorded."), and a
 * failure's message stays on screen until the next try.
 */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (
    key: string,
    work: () => Promise<unknown>,
    fallback = 'That did not work.',
  ): Promise<boolean> => {
    setBusy(key);
    setDone(null);
    setError(null);
    try {
      await work();
      setDone(key);
      return true;
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : fallback);
      return false;
    } finally {
      setBusy(null);
    }
  };
  /** Forgets the last outcome (the input it was about changed). */
  const reset = () => {
    setDone(null);
    setError(null);
  };
  return { busy, done, error, run, reset, clearError: () => setError(null) };
}
