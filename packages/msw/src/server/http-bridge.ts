/**
 * node:http ⇄ Fetch, the parts the direct path (node-wire.ts) does not cover: a Fetch `Response`
 * (from the control routes or msw's `getResponse`) is written back byte for byte (status, every
 * header, body), and a request body is read under the size limit. A body is
 * read only up to the size limit: a declared `Content-Length` above it is refused before one byte
 * is read, a chunked body as soon as it crosses it (a 600 MB upload used to take 2.3 GB of RSS).
 */

import type { IncomingMessage, ServerResponse } from 'node:http';

const BODYLESS = new Set(['GET', 'HEAD']);

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** The body is larger than the limit: answer 413 and close the connection. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the request body is larger than ${limit} bytes (ota-mock --max-body-bytes)`);
  }
}

/** The body, at most `limit` bytes; rejects with `BodyTooLargeError` (and stops reading) past it. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) return Promise.reject(new BodyTooLargeError(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * After a 413: node closes the socket as soon as the answer is written, and a peer still sending
 * then gets a TCP reset that often destroys the answer before the client reads it. So, like
 * nginx's lingering close, send FIN, discard (never buffer) what still arrives for `ms`, then close.
 */
export function lingerAfterRefusal(req: IncomingMessage, ms = 1000): void {
  const socket = req.socket;
  req.resume(); // body chunks the parser still delivers are dropped, not queued
  socket.destroySoon = function lingeringClose(this: typeof socket) {
    this.end();
    const timer = setTimeout(() => this.destroy(), ms);
    timer.unref();
    this.once('close', () => clearTimeout(timer));
  };
}

const NO_BODY = new Uint8Array(0);

/** The body of a request that may have one (under the limit), else an empty one without reading. */
export async function readRequestBody(req: IncomingMessage, maxBodyBytes: number): Promise<Uint8Array> {
  if (BODYLESS.has(req.method ?? 'GET')) return NO_BODY;
  const body = await readBody(req, maxBodyBytes);
  return new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length);
}

export async function writeFetchResponse(res: ServerResponse, response: Response, extra?: Readonly<Record<string, string>>): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  if (extra) Object.assign(headers, extra);
  const body = response.body === null ? Buffer.alloc(0) : Buffer.from(await response.arrayBuffer());
  headers['content-length'] = String(body.length);
  res.writeHead(response.status, response.statusText || undefined, headers);
  res.end(body);
}
