/**
 * node:http ⇄ the operation core's wire form (runtime/wire.ts), without Fetch objects: the request
 * is viewed, not copied (headers read from node's parsed ones, the body already buffered under the
 * size limit), and the answer is written straight to the socket. A Fetch `Request` is built only when
 * something needs one: the control routes, msw's `getResponse`, a resolver reading `context.request`.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestHandler } from 'msw';
import type { WireHeaders, WireRequest, WireResponse } from '../runtime/wire.js';

/** Headers as Fetch would give them: duplicates joined with ", " (node keeps only the first of some, e.g. Content-Type). */
function nodeHeaders(req: IncomingMessage): WireHeaders {
  let distinct: NodeJS.Dict<string[]> | undefined;
  const all = () => (distinct ??= req.headersDistinct);
  return {
    get(name) {
      const values = all()[name.toLowerCase()];
      return values === undefined ? null : values.join(', ');
    },
    forEach(callback) {
      const headers = all();
      for (const name of Object.keys(headers).sort()) callback(headers[name]!.join(', '), name);
    },
  };
}

export function nodeWireRequest(req: IncomingMessage, url: URL, body: Uint8Array): WireRequest {
  const method = req.method ?? 'GET';
  let fetchRequest: Request | undefined;
  return {
    method,
    url,
    headers: nodeHeaders(req),
    body,
    text: async () => new TextDecoder().decode(body),
    arrayBuffer: async () => body.slice().buffer as ArrayBuffer,
    fetchRequest() {
      if (fetchRequest) return fetchRequest;
      const headers = new Headers();
      const raw = req.rawHeaders;
      for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
      fetchRequest = new Request(url, { method, headers, ...(body.length ? { body: body.slice() } : {}) });
      // msw clones every request once (RequestHandler.cache) so that its body can still be read for
      // logging after a handler consumed it. A request without a body needs no copy: registering it
      // as its own clone skips Request.clone() (a new AbortSignal and body tee) on msw's path.
      if (body.length === 0) RequestHandler.cache.set(fetchRequest, fetchRequest);
      return fetchRequest;
    },
  };
}

/** Writes the answer: its status and headers, `extra` ones (CORS) on top, and the body's own length. */
export function writeWireResponse(res: ServerResponse, response: WireResponse, extra?: Readonly<Record<string, string>>): void {
  const headers: Record<string, string> = extra ? { ...response.headers, ...extra } : { ...response.headers };
  const body = response.body ?? '';
  headers['content-length'] ??= String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}
