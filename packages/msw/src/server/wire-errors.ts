/**
 * Errors the server itself answers (before any handler): malformed requests, refused control
 * requests, bodies over the limit. Each is AWS-shaped like the handlers' errors: a JSON body
 * `{"message": ...}`, `X-Amzn-ErrorType` naming the error, an `x-amzn-RequestId`. Never a stack
 * trace or a file path: those go to the server's stderr, where the developer running it sees them.
 */

import type { ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';

export interface WireError {
  status: number;
  type: string;
  message: string;
}

/** Ids of answers no handler gave: `...-9000-...`, apart from the handlers' `...-8000-...`. */
export function createServerRequestIds(): () => string {
  let counter = 0;
  return () => `00000000-0000-4000-9000-${(++counter).toString(16).padStart(12, '0')}`;
}

export function errorHeaders(error: WireError, requestId: string, length: number): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-amzn-errortype': error.type,
    'x-amzn-requestid': requestId,
    'content-length': String(length),
  };
}

export function sendError(res: ServerResponse, error: WireError, requestId: string, extra: Readonly<Record<string, string>> = {}): void {
  const body = Buffer.from(JSON.stringify({ message: error.message }));
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(error.status, { ...errorHeaders(error, requestId, body.length), ...extra });
  res.end(body);
}

/** A whole HTTP/1.1 response for a socket whose request node's parser refused (no `ServerResponse` exists). */
export function rawErrorResponse(error: WireError, requestId: string): string {
  const body = JSON.stringify({ message: error.message });
  const head = Object.entries({ ...errorHeaders(error, requestId, Buffer.byteLength(body)), connection: 'close' })
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  return `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? 'Error'}\r\n${head}\r\n\r\n${body}`;
}

/** node's parser error codes (`err.code` of a `clientError`) → the answer. */
export function parserError(code: string | undefined): WireError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, type: 'RequestHeaderFieldsTooLargeException', message: 'the request headers are too large' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'ERR_HTTP_HEADERS_TIMEOUT':
      return { status: 408, type: 'RequestTimeoutException', message: 'the request did not arrive in time' };
    default:
      return { status: 400, type: 'BadRequestException', message: `malformed HTTP request (${code ?? 'unparsable'})` };
  }
}
