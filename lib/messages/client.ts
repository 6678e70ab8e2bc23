import { browser, type Browser } from 'wxt/browser';
import { REQUEST_PORT } from './names';
import type { RequestPayload, RequestType, Response, ResponseData } from './protocol';

/** Thrown in the caller when the background refuses or fails a request. */
export class RequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

const NO_ANSWER = 'Casebook did not answer. Reload the page.';

function unwrap<T>(response: Response<T> | undefined): T {
  if (!response) throw new RequestError('failed', NO_ANSWER);
  if (!response.ok) throw new RequestError(response.error.code, response.error.message);
  return response.data;
}

/**
 * Sends one typed request to the background and returns its data. Imports only types
 * from the protocol, so zod never lands in a content script bundle. Used by extension
 * pages; content scripts use a RequestPort, which is cheaper per message.
 */
export async function request<K extends RequestType>(
  type: K,
  payload: RequestPayload<K>,
): Promise<ResponseData[K]> {
  return unwrap(
    (await browser.runtime.sendMessage({ type, payload })) as Response<ResponseData[K]>,
  );
}

export type Requester = <K extends RequestType>(
  type: K,
  payload: RequestPayload<K>,
) => Promise<ResponseData[K]>;

/**
 * Requests over one long-lived port. runtime.sendMessage opens a new channel per call,
 * which cost the host page's main thread about a millisecond each in the benchmark; a
 * port's message costs a fraction of that. The service worker may stop at any time, which
 * drops the port: the next request opens a new one, and a request cut off on the way is
 * sent once more (every request is idempotent: capturing twice never duplicates).
 */
export function createRequestPort(
  connect: () => Browser.runtime.Port = () => browser.runtime.connect({ name: REQUEST_PORT }),
): Requester {
  let port: Browser.runtime.Port | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();

  const open = () => {
    const opened = connect();
    opened.onMessage.addListener((message: unknown) => {
      const { id, response } = message as { id: number; response: unknown };
      waiting.get(id)?.resolve(response);
      waiting.delete(id);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      for (const pending of waiting.values()) pending.reject(new RequestError('failed', NO_ANSWER));
      waiting.clear();
    });
    return opened;
  };

  const send = (type: RequestType, payload: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      try {
        port ??= open();
        port.postMessage({ id, type, payload });
      } catch (error) {
        waiting.delete(id);
        port = null;
        reject(error instanceof Error ? error : new RequestError('failed', NO_ANSWER));
      }
    });

  return async (type, payload) => {
    let response: unknown;
    try {
      response = await send(type, payload);
    } catch {
      response = await send(type, payload); // the worker restarted: one more try
    }
    return unwrap(response as Response<ResponseData[typeof type]>);
  };
}
