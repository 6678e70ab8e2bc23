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

/**
 * The code of a request whose answer never came: the service worker stopped while it ran
 * (twice, for a port's request). Whether its work was saved is unknown to the caller, who
 * must look before saying either (see lib/page/lost-capture.ts).
 */
export const NO_ANSWER_CODE = 'no-answer';
const NO_ANSWER = 'Casebook stopped before it answered. Reload the page.';
const noAnswer = () => new RequestError(NO_ANSWER_CODE, NO_ANSWER);

/** Extension pages show the database live, so what they show after a lost answer is true. */
const PAGE_NO_ANSWER =
  'Casebook stopped before it answered: what this page shows now is what was saved. ' +
  'Try again if your change is missing.';

function unwrap<T>(response: Response<T> | undefined): T {
  if (!response) throw noAnswer();
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
  let response: unknown;
  try {
    response = await browser.runtime.sendMessage({ type, payload });
  } catch {
    // The worker stopped mid-request (the channel closed). Not sent again: a page's
    // requests (a note added) are not all idempotent.
    throw new RequestError(NO_ANSWER_CODE, PAGE_NO_ANSWER);
  }
  return unwrap(response as Response<ResponseData[K]>);
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
      for (const pending of waiting.values()) pending.reject(noAnswer());
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
      } catch {
        // A port the browser already closed: the worker stopped.
        waiting.delete(id);
        port = null;
        reject(noAnswer());
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
