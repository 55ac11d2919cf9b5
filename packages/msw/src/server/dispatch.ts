/**
 * Which handler answers a request, in handler order like msw. When every handler was built by
 * this package's runtime (`isDirect`), the server calls each one's predicate and resolver itself:
 * the same answer, without msw's per-request clone, cookie lookup and AbortController, which were
 * over half of ota-mock's CPU per request (BENCHMARKS.md, "ota-mock over HTTP"). Any other handler
 * in the list (the caller's own, `once`, generators) makes the whole list go through msw's
 * `getResponse`, so msw's semantics hold exactly wherever they could differ.
 */

import { getResponse, type HttpHandler, type RequestHandler } from 'msw';
import { isDirect } from '../runtime/direct.js';

type Predicate = (args: { request: Request; cookies: Record<string, string> }) => unknown;
type Resolver = (args: { request: Request; params: Record<string, string>; cookies: Record<string, string>; requestId: string }) => unknown;

interface DirectHandler {
  method: string;
  predicate: Predicate;
  resolver: Resolver;
}

function unwrap(handler: HttpHandler): DirectHandler | undefined {
  const { method, path } = handler.info;
  // `resolver` is protected in msw's types; it is the function given to `new HttpHandler`.
  const resolver = (handler as unknown as { resolver: Resolver }).resolver;
  if (typeof method !== 'string' || typeof path !== 'function' || typeof resolver !== 'function') return undefined;
  return { method: method.toUpperCase(), predicate: path as unknown as Predicate, resolver };
}

export type Dispatch = (request: Request) => Promise<Response | undefined>;

export function createDispatch(handlers: readonly RequestHandler[]): Dispatch {
  const direct = handlers.every(isDirect) ? handlers.map((h) => unwrap(h as HttpHandler)) : [];
  if (direct.length === 0 || direct.some((d) => d === undefined)) return (request) => getResponse([...handlers], request);
  const table = direct as DirectHandler[];
  let ids = 0;
  return async (request) => {
    const method = request.method.toUpperCase();
    for (const { method: accepts, predicate, resolver } of table) {
      if (accepts !== method) continue;
      const match = (await predicate({ request, cookies: {} })) as boolean | { matches: boolean; params?: Record<string, string> };
      const params = typeof match === 'boolean' ? (match ? {} : undefined) : match.matches ? (match.params ?? {}) : undefined;
      if (params === undefined) continue;
      let response: unknown;
      try {
        response = await resolver({ request, params, cookies: {}, requestId: `direct-${++ids}` });
      } catch (thrown) {
        // As msw: a thrown Response is the answer; anything else is an error of the handler.
        if (thrown instanceof Response) return thrown;
        throw thrown;
      }
      if (response instanceof Response) return response;
    }
    return undefined;
  };
}
