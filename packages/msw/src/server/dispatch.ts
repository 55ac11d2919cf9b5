/**
 * Which handler answers a request, in handler order like msw. When every handler was built by
 * this package's runtime (it carries an `OperationCore`, runtime/direct.ts), the server asks each
 * core whether the path is its own and calls it with the node:http view of the request: the same
 * answer the handler gives, without msw's per-request clone, cookie lookup and AbortController and
 * without building Fetch objects, which were most of ota-mock's CPU per request (BENCHMARKS.md,
 * "ota-mock over HTTP"). Any other handler in the list (the caller's own, `once`, generators) makes
 * the whole list go through msw's `getResponse` with a Fetch `Request`, so msw's semantics hold
 * exactly wherever they could differ.
 */

import { getResponse, type RequestHandler } from 'msw';
import { directCore } from '../runtime/direct.js';
import type { OperationCore } from '../runtime/operation.js';
import type { WireRequest, WireResponse } from '../runtime/wire.js';

/** The answer: the core's wire form, a Fetch `Response` (msw's path), or `undefined` when nothing matches. */
export type Dispatch = (request: WireRequest) => Promise<WireResponse | Response | undefined>;

export function createDispatch(handlers: readonly RequestHandler[]): Dispatch {
  const cores = handlers.map(directCore);
  if (cores.length === 0 || cores.some((c) => c === undefined)) return (request) => getResponse([...handlers], request.fetchRequest());
  const table = cores as OperationCore[];
  return async (request) => {
    const method = request.method.toUpperCase();
    for (const core of table) {
      if (core.method !== method) continue;
      const labels = core.match(request.url);
      if (labels !== undefined) return core.call(request, labels);
    }
    return undefined;
  };
}
