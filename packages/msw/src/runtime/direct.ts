/**
 * Handlers this runtime builds (one per operation) carry their transport-free core
 * (`OperationCore`, operation.ts), so the standalone mock server can answer a request without msw's
 * per-request machinery and without Fetch objects (a request clone, cookie-store lookup, an
 * AbortController, a `Request` and `Response` per call: most of a call's CPU over HTTP,
 * bench/msw-http.ts). The core gives the very same answer the handler gives; handlers from
 * anywhere else go through msw's `getResponse` as before.
 */

import type { HttpHandler } from 'msw';
import type { OperationCore } from './operation.js';

const cores = new WeakMap<HttpHandler, OperationCore>();

/** Marks a handler whose whole behaviour is `core` (no `once` option, nothing read but the request). */
export function markDirect(handler: HttpHandler, core: OperationCore): HttpHandler {
  cores.set(handler, core);
  return handler;
}

/** The core behind a handler this runtime built, else `undefined`. */
export const directCore = (handler: unknown): OperationCore | undefined => cores.get(handler as HttpHandler);
