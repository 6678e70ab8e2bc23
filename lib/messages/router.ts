import type { z } from 'zod';
import {
  EnvelopeSchema,
  REQUESTS,
  type Access,
  type ErrorCode,
  type RequestType,
  type Response,
  type ResponseData,
} from './protocol';

/** The parts of a runtime.MessageSender the router looks at. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type Handlers = {
  [K in RequestType]: (
    payload: z.output<(typeof REQUESTS)[K]['payload']>,
    sender: Sender,
  ) => Promise<ResponseData[K]>;
};

/** The tab a request came from; a request that needs one and has none is refused. */
export function tabOf(sender: Sender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('This request must come from a tab.');
  return tabId;
}

export interface RouterOptions {
  /** This extension's id: messages from any other sender are refused. */
  extensionId: string;
  /** This extension's origin ("chrome-extension://<id>/"): its own pages live there. */
  extensionOrigin: string;
  /** Whether a content script on this page URL is one of ours (a supported site). */
  isSupportedPage: (url: URL) => boolean;
  /** Maps a handler's thrown error to a code; unknown errors become "failed". */
  classify?: (error: unknown) => ErrorCode | null;
}

const fail = (code: ErrorCode, message: string): Response<never> => ({
  ok: false,
  error: { code, message },
});

/** Who sent this message, or null when it is not one of ours. */
export function senderAccess(sender: Sender, options: RouterOptions): Access | null {
  if (sender.id !== options.extensionId || !sender.url) return null;
  if (sender.url.startsWith(options.extensionOrigin)) return 'extension';
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  return sender.tab && url.protocol === 'https:' && options.isSupportedPage(url) ? 'content' : null;
}

/**
 * Builds the background's message handler: checks the envelope, the sender, the
 * sender's right to this request, then the payload, and only then calls the handler.
 * Anything refused changes nothing and gets an error saying why.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async function route(message: unknown, sender: Sender): Promise<Response<unknown>> {
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return fail('bad-request', 'Not a Casebook request.');
    const type = envelope.data.type;
    if (!Object.hasOwn(REQUESTS, type)) {
      return fail('bad-request', `Unknown request "${type.slice(0, 64)}".`);
    }
    const spec = REQUESTS[type as RequestType];
    const access = senderAccess(sender, options);
    if (!access) return fail('forbidden', 'The sender is not part of Casebook.');
    if (spec.access === 'extension' && access !== 'extension') {
      return fail('forbidden', `"${type}" may only be sent by Casebook's own pages.`);
    }
    const payload = spec.payload.safeParse(envelope.data.payload ?? {});
    if (!payload.success) {
      return fail(
        'invalid-payload',
        `Invalid "${type}" request: ${summarizeIssues(payload.error)}`,
      );
    }
    try {
      const handler = handlers[type as RequestType] as (p: unknown, s: Sender) => Promise<unknown>;
      return { ok: true, data: await handler(payload.data, sender) };
    } catch (error) {
      const code = options.classify?.(error) ?? 'failed';
      return fail(code, error instanceof Error ? error.message : 'The request failed.');
    }
  };
}

function summarizeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`)
    .join('; ');
}
