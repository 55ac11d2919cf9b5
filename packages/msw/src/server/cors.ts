/**
 * CORS for the operation routes, so a browser app on a dev server can call ota-mock with the AWS
 * SDK. Default origins: the usual front-end dev servers on loopback (Vite's 5173 and its preview
 * 4173, and 3000 for Next.js / Create React App / Remix), as `localhost` and `127.0.0.1`. Only
 * loopback origins, so no page on the internet can read the mock's answers; anything else is one
 * `--cors <origin>` away (`--cors '*'` for any origin, `--cors none` for no CORS at all).
 *
 * The control routes get CORS only for their own allowed origins (the guard's), never `*`.
 */

import type { IncomingHttpHeaders } from 'node:http';
import { normalizeOrigin } from './guard.js';

export const DEFAULT_CORS_ORIGINS: readonly string[] = [5173, 4173, 3000].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);

/** What the AWS SDK for JavaScript sends from a browser (SigV4, retries, content type). */
const SDK_HEADER = /^(?:authorization|content-type|x-amz-[!#$%&'*+.^_`|~0-9a-z-]+|amz-sdk-[!#$%&'*+.^_`|~0-9a-z-]+|x-amzn-[!#$%&'*+.^_`|~0-9a-z-]+)$/;
const CONTROL_HEADER = /^(?:content-type|x-ota-mock-token)$/;
const METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
/** Response headers a browser shows a page without being told (the CORS-safelisted ones). */
const SAFELISTED = new Set(['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']);

export interface CorsPolicy {
  /** Headers for an answer to `origin` whose own header names are `names`, or undefined (no CORS). */
  responseHeaders(origin: string | undefined, names: Iterable<string>, control: boolean): Record<string, string> | undefined;
  /** The answer to a preflight (`OPTIONS` with `Access-Control-Request-Method`). */
  preflight(headers: IncomingHttpHeaders, control: boolean): { status: number; headers: Record<string, string>; refused?: string };
}

export function createCorsPolicy(options: { origins: readonly string[]; controlAllows: (origin: string) => boolean }): CorsPolicy {
  const any = options.origins.includes('*');
  const none = options.origins.length === 1 && options.origins[0] === 'none';
  const origins = new Set(options.origins.map(normalizeOrigin));
  const allows = (origin: string, control: boolean) => (control ? options.controlAllows(origin) : !none && (any || origins.has(normalizeOrigin(origin))));
  const allowOrigin = (origin: string, control: boolean) => (any && !control ? '*' : origin);

  return {
    responseHeaders(origin, names, control) {
      if (origin === undefined || !allows(origin, control)) return undefined;
      // Every header of this answer is exposed (x-amzn-errortype, x-amzn-requestid, modeled headers),
      // so the SDK in the page reads the error type and request id as it does from AWS.
      const exposed = [...names].map((n) => n.toLowerCase()).filter((n) => !SAFELISTED.has(n));
      return {
        'access-control-allow-origin': allowOrigin(origin, control),
        vary: 'Origin',
        ...(exposed.length ? { 'access-control-expose-headers': exposed.join(', ') } : {}),
      };
    },
    preflight(headers, control) {
      const origin = headers.origin;
      if (origin === undefined || !allows(origin, control)) {
        const list = control ? 'this server (or --allow-origin)' : none ? 'nothing (--cors none)' : [...origins].join(', ');
        return { status: 403, headers: {}, refused: `CORS preflight refused: Origin ${JSON.stringify(origin ?? '')} is not allowed (allowed: ${list}); add it with ${control ? '--allow-origin' : '--cors'} <origin>` };
      }
      const pattern = control ? CONTROL_HEADER : SDK_HEADER;
      const requested = (headers['access-control-request-headers'] ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter((h) => h !== '');
      const refusedHeaders = requested.filter((h) => !pattern.test(h));
      if (refusedHeaders.length) {
        return { status: 403, headers: {}, refused: `CORS preflight refused: request headers ${refusedHeaders.join(', ')} are not allowed (allowed: ${pattern.source})` };
      }
      return {
        status: 204,
        headers: {
          'access-control-allow-origin': allowOrigin(origin, control),
          'access-control-allow-methods': METHODS,
          ...(requested.length ? { 'access-control-allow-headers': requested.join(', ') } : {}),
          'access-control-max-age': '600',
          vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
        },
      };
    },
  };
}
