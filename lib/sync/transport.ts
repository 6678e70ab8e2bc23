/**
 * The client's side of the wire: push and pull over fetch to the team's server, with the
 * token, a time limit, and every answer parsed with the protocol's schemas. Failures are
 * sorted into what the status line tells the agent: offline, not allowed, refused, broken.
 */
import type { z } from '../zod';
import {
  MeResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  type MeResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from './protocol';

export type SyncFailure = 'offline' | 'unauthorized' | 'refused' | 'server';

export class SyncTransportError extends Error {
  constructor(
    readonly failure: SyncFailure,
    message: string,
    /** The server's error code, when it gave one (clock_ahead, forbidden…). */
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

export interface SyncTransport {
  /** Who the token belongs to (GET /v1/me): the member's name and role, and the team. */
  me(): Promise<MeResponse>;
  push(request: PushRequest): Promise<PushResponse>;
  pull(cursor: string, limit: number): Promise<PullResponse>;
}

export interface HttpTransportOptions {
  serverUrl: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const ERROR_BODY = (value: unknown) => {
  const error = (value as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return {
    code: typeof error?.code === 'string' ? error.code.slice(0, 40) : null,
    message: typeof error?.message === 'string' ? error.message.slice(0, 300) : null,
  };
};

export function httpTransport(options: HttpTransportOptions): SyncTransport {
  const base = options.serverUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function call<T>(path: string, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${options.token}`, ...init.headers },
        signal: AbortSignal.timeout(timeoutMs),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new SyncTransportError('offline', `The sync server at ${base} cannot be reached`);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const { code, message } = ERROR_BODY(body);
      const said = message ?? `HTTP ${response.status}`;
      if (response.status === 401)
        throw new SyncTransportError('unauthorized', `The server refused the token: ${said}`, code);
      if (response.status >= 500)
        throw new SyncTransportError('server', `The sync server failed: ${said}`, code);
      throw new SyncTransportError('refused', said, code);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new SyncTransportError('server', 'The sync server answered in an unknown format');
    return parsed.data;
  }

  return {
    me: () => call('/v1/me', { method: 'GET' }, MeResponseSchema),
    push: (request) =>
      call(
        '/v1/sync/push',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request),
        },
        PushResponseSchema,
      ),
    pull: (cursor, limit) =>
      call(
        `/v1/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=${limit}`,
        { method: 'GET' },
        PullResponseSchema,
      ),
  };
}
