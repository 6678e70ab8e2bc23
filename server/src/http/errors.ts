// Every error leaves the server as JSON, { error: { code, message } }, so a client (the
// extension's sync status line) can show the reason and branch on the code.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'clock_ahead'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'service_unavailable'
  | 'internal';

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** Thrown by handlers and hooks; the error handler turns it into its status and body. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string) => new HttpError(400, 'bad_request', message);
export const unauthorized = (message: string) => new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Fastify's own client errors (body parsing, limits) by status. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

const MESSAGE_BY_FASTIFY_CODE: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'Request body is larger than the 5 MB limit',
  FST_ERR_CTP_INVALID_JSON_BODY: 'Request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Request body is empty but its Content-Type is application/json',
};

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpError) {
    if (error.statusCode === 401) reply.header('www-authenticate', 'Bearer');
    return reply.status(error.statusCode).send(errorBody(error.code, error.message));
  }
  const status = error.statusCode ?? 500;
  const code = CODE_BY_STATUS[status];
  if (status < 500 && code) {
    const message = MESSAGE_BY_FASTIFY_CODE[error.code] ?? error.message;
    return reply.status(status).send(errorBody(code, message));
  }
  // Internals (SQL, stack traces) go to the log, never to the client.
  request.log.error({ err: error }, 'request failed');
  return reply.status(500).send(errorBody('internal', 'Internal server error'));
}
