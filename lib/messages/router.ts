import type { z } from '../zod';
import {
  EnvelopeSchema,
  REQUESTS,
  type Access,
  type ErrorCode,
  type RequestType,
  type Response,
  type ResponseData,
} from './protocol';
import { SIDEBAR_PAGE } from './names';

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

/**
 * Where this extension's own pages are served from. Chromium's `use_dynamic_url` (the
 * sidebar's web-accessible entry) gives a page a second, per-session address
 * ("chrome-extension://<uuid>/sidebar.html", what runtime.getURL returns for it), so that a
 * web page cannot guess it; both addresses are ours.
 */
export interface ExtensionPages {
  /** This extension's id: messages from any other sender are refused. */
  extensionId: string;
  /** This extension's origin ("chrome-extension://<id>/"): its own pages live there. */
  extensionOrigin: string;
  /**
   * The per-session origin of the pages declared with use_dynamic_url
   * ("chrome-extension://<uuid>/"). Chromium 156 reports such a page's sender under
   * extensionOrigin all the same (the frame commits at the static address); a sender
   * under this one is ours too.
   */
  dynamicOrigin?: string;
}

export interface RouterOptions extends ExtensionPages {
  /** Whether a content script on this page URL is one of ours (a supported site). */
  isSupportedPage: (url: URL) => boolean;
  /** Maps a handler's thrown error to a code; unknown errors become "failed". */
  classify?: (error: unknown) => ErrorCode | null;
}

const fail = (code: ErrorCode, message: string): Response<never> => ({
  ok: false,
  error: { code, message },
});

const parseUrl = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** "chrome-extension://<host>", compared by hand: URL#origin is "null" outside the browser. */
const originOf = (url: URL) => `${url.protocol}//${url.host}`.toLowerCase();

/**
 * The path ("/sidebar.html") of our own extension page that sent this, or null when the
 * sender is not one of our pages. Our content scripts' senders carry our id too, but their
 * URL is the host page's (https://x.com/…), never one of our origins, so a content script
 * is never taken for one of our pages, whatever the page's address looks like.
 */
export function ownPagePath(sender: Sender, pages: ExtensionPages): string | null {
  if (sender.id !== pages.extensionId || !sender.url) return null;
  const url = parseUrl(sender.url);
  if (!url) return null;
  const ours = [pages.extensionOrigin, pages.dynamicOrigin].flatMap((origin) => {
    const parsed = origin ? parseUrl(origin) : null;
    return parsed ? [originOf(parsed)] : [];
  });
  return ours.includes(originOf(url)) ? url.pathname : null;
}

/**
 * The tab our sidebar page sits in, when the sender is that page framed in a tab's page;
 * null for our other pages, for the sidebar page opened as a tab of its own, and for
 * content scripts.
 */
export function sidebarTabOf(sender: Sender, pages: ExtensionPages): number | null {
  if (ownPagePath(sender, pages) !== SIDEBAR_PAGE) return null;
  const framed = typeof sender.frameId === 'number' && sender.frameId > 0;
  return framed && sender.tab?.id !== undefined ? sender.tab.id : null;
}

/**
 * Who sent this message, or null when it is not one of ours: our own pages ("extension"),
 * or our content script in a tab of a supported https site ("content").
 */
export function senderAccess(sender: Sender, options: RouterOptions): Access | null {
  if (ownPagePath(sender, options) !== null) return 'extension';
  if (sender.id !== options.extensionId || !sender.url || !sender.tab) return null;
  const url = parseUrl(sender.url);
  return url && url.protocol === 'https:' && options.isSupportedPage(url) ? 'content' : null;
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
