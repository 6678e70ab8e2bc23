import { browser } from 'wxt/browser';
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
 * Sends one typed request to the background and returns its data. Imports only types
 * from the protocol, so zod never lands in a content script bundle.
 */
export async function request<K extends RequestType>(
  type: K,
  payload: RequestPayload<K>,
): Promise<ResponseData[K]> {
  const response = (await browser.runtime.sendMessage({ type, payload })) as
    Response<ResponseData[K]> | undefined;
  if (!response) throw new RequestError('failed', 'Casebook did not answer. Reload the page.');
  if (!response.ok) throw new RequestError(response.error.code, response.error.message);
  return response.data;
}
