/**
 * Handlers this runtime builds (one per operation) are marked so that the standalone mock server
 * can run them without msw's per-request machinery (a request clone, cookie-store lookup, an
 * AbortController per call: over half of a call's CPU over HTTP, bench/msw-http.ts). Their
 * predicate and resolver use only `request` and `params`, so calling them directly gives the very
 * same answer. Handlers from anywhere else go through msw's `getResponse` as before.
 */

import type { HttpHandler } from 'msw';

const direct = new WeakSet<HttpHandler>();

/** Marks a handler whose predicate and resolver read only `request` and `params`, and that has no `once` option. */
export function markDirect(handler: HttpHandler): HttpHandler {
  direct.add(handler);
  return handler;
}

export const isDirect = (handler: unknown): handler is HttpHandler => direct.has(handler as HttpHandler);
