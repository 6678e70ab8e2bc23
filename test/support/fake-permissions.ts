import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (permissions: { origins?: string[] }) => void;

/**
 * An in-memory permissions API for unit tests (WXT's fakeBrowser leaves it out): origins
 * are granted by request() at once — as if the agent pressed Allow — and given back by
 * remove(), and the change events fire like the browser's.
 */
export function installFakePermissions(granted = new Set<string>()) {
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const event = (listeners: Set<Listener>) => ({
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
  });
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins = [] }: { origins?: string[] }) =>
      origins.every((origin) => granted.has(origin)),
    getAll: async () => ({ origins: [...granted], permissions: [] }),
    request: async ({ origins = [] }: { origins?: string[] }) => {
      for (const origin of origins) granted.add(origin);
      for (const listener of added) listener({ origins });
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      for (const origin of origins) granted.delete(origin);
      for (const listener of removed) listener({ origins });
      return true;
    },
    onAdded: event(added),
    onRemoved: event(removed),
  });
  return granted;
}
